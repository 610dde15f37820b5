/**
 * One document's text → its structured data: the facade over the pure stages.
 *   clean/      debris removed, lines numbered             (cleanText)
 *   structure/  header, paragraphs, outline and tables      (linesToHeader, linesToParagraphs, paragraphsToOutline)
 *   extract/    measures with units and deadlines, goals, document-level deadlines, groups, references
 * The cross-document steps are in library/, the MDX and JSON writers in emit/.
 */
import type { Document, DocumentFormat } from '../model/schemas/document.ts';
import type { Measure } from '../model/schemas/measure.ts';
import type { Goal } from '../model/schemas/goal.ts';
import type { DeadlineEntry } from '../model/schemas/deadline-entry.ts';
import { problemOf, type Problem, type ProblemId } from '../model/schemas/problem.ts';
import { documentId, shortHash } from '../model/ids.ts';
import { documentUrl } from '../model/urls.ts';
import { nameKey } from '../model/name-key.ts';
import { jurisdictionOf, unitIdsOf } from '../model/unit-identity.ts';
import { cleanText, type Removal } from './clean/clean-text.ts';
import { linesToHeader, type DocumentHeader } from './structure/document-header.ts';
import { linesToParagraphs } from './structure/paragraphs.ts';
import { paragraphsToOutline, type OutlineItem, type OutlineNode } from './structure/outline.ts';
import { unnumberedHeadings } from './structure/unnumbered-headings.ts';
import { visitOutline, nodeText, type NodeVisit } from './extract/outline-measures.ts';
import { outlineToMeasures, type NodeAnchor } from './extract/outline-to-measures.ts';
import { outlineToGoals } from './extract/outline-to-goals.ts';
import { documentDeadlines } from './extract/document-deadlines.ts';
import { documentUnits } from './extract/document-units.ts';
import { deadlineContextOf } from './extract/deadline-context.ts';
import { outlineToLeadingGroups, documentOffices } from './extract/leading-groups.ts';
import { textToCitedDocuments, textToQuotedTerms, textToDocNumbers } from './extract/cross-references.ts';

export interface SplitDocument {
  document: Document;
  measures: Measure[];
  goals: Goal[];
  deadlines: DeadlineEntry[];
  problems: Problem[];
  /** The text in reading order, for the document page. */
  body: OutlineItem[];
  /** Anchor and measure of each outline node. */
  anchors: Map<OutlineNode, NodeAnchor>;
  removals: Removal[];
  /** The text's length and hash: two files with the same fingerprint are the same document. */
  fingerprint: string;
}

/** “列第一位者为牵头单位” (and its variants): in this document the first unit of each list leads. */
const FIRST_LISTED_LEADS = /列(?:在)?第一位(?:者|的(?:单位|部门)?)?为牵头(?:单位|部门)/;

function dedupeNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(nameKey(n)) && (seen.add(nameKey(n)), true));
}

/**
 * Options: `format`, the format the text was read from (read/read-document.ts; the stages read the
 * same text form from every format, so it is only recorded); `id`, which overrides the id made from
 * the 文号 or title (the library gives a longer one when two different documents would share it:
 * library/cross-document.ts, resolveIds).
 */
export function splitDocument(text: string, source: string, options: { format?: DocumentFormat; id?: string | null } = {}): SplitDocument {
  const format = options.format ?? 'txt';
  const problems: Problem[] = [];
  const warn = (line: number, id: ProblemId, message: string) => problems.push(problemOf(id, source, line, message));
  const clean = cleanText(text);
  const header = linesToHeader(clean.lines);
  const body = paragraphsToOutline(linesToParagraphs(header.lines, header.roles));
  const title = header.title ?? source.replace(/\.[^.]+$/, '');
  if (!header.title) warn(0, 'no-title', '未识别出标题，已用文件名代替');
  const id = options.id ?? documentId(header.docNumber, title, header.date);
  const ctx = deadlineContextOf(header.date, header.docNumber, title);

  const visits = visitOutline(body);
  if (!visits.length) warnNoOutline(format, body, warn);
  const jurisdiction = jurisdictionOf(header.issuers);
  const { measures, deadlines, anchors, duplicatePaths } = outlineToMeasures(visits, ctx, { documentId: id, jurisdiction, firstListedLeads: FIRST_LISTED_LEADS.test(text) });
  for (const d of duplicatePaths) warn(d.line, 'duplicate-path', `编号“${d.path}”重复出现，已按出现顺序区分`);
  const goals: Goal[] = outlineToGoals(visits, body).map((g, i) => ({ id: `${id}-g${i + 1}`, documentId: id, text: g.text, path: g.path, line: g.line, order: i + 1 }));
  documentDeadlines(body, visits, measures, ctx).forEach(({ deadline, line }, i) =>
    deadlines.push({ id: `${id}-d${i + 1}`, documentId: id, measureId: null, units: [], deadline, line }),
  );
  if (visits.length && !measures.length) warn(0, 'no-measures', '未识别出任何任务措施');
  const document = toDocument({ id, source, format, title, jurisdiction, header, body, visits, anchors, measures, goals, problems });
  const fingerprint = `${text.length.toString(36)}-${shortHash(text, 7)}`;
  return { document, measures, goals, deadlines, problems, body, anchors, removals: clean.removals, fingerprint };
}

/** No outline; in a .doc or .wps that reads like one numbered by Word, say so and what to do. */
function warnNoOutline(format: DocumentFormat, body: OutlineItem[], warn: (line: number, id: ProblemId, message: string) => void): void {
  const headings = format === 'doc' || format === 'wps' ? unnumberedHeadings(body) : [];
  if (!headings.length) {
    warn(0, 'no-outline', '未识别出层次结构（一、（一）1. 等），全文作为一个整体保存');
    return;
  }
  const shown = headings.slice(0, 3).map((h) => `“${h.text}”`).join('、');
  warn(headings[0].line, 'word-numbering-lost', `未识别出层次结构：${shown}等段落像是 Word 自动编号的标题，但这份 .${format} 文件的自动编号没有读出；请在 Word 或 WPS 中另存为 .docx 后再放入`);
}

interface DocumentParts {
  id: string;
  format: DocumentFormat;
  jurisdiction: string | null;
  source: string;
  title: string;
  header: DocumentHeader;
  body: OutlineItem[];
  visits: NodeVisit[];
  anchors: Map<OutlineNode, NodeAnchor>;
  measures: Measure[];
  goals: Goal[];
  problems: Problem[];
}

/** The document record: its header, outline, the ids of its entries, and what its whole text names. */
function toDocument({ id, source, format, title, jurisdiction, header, body, visits, anchors, measures, goals, problems }: DocumentParts): Document {
  const leadingGroups = outlineToLeadingGroups(visits, body);
  const allText = [...body.flatMap((i) => (i.type === 'paragraph' ? [i.paragraph.text] : [])), ...visits.map((v) => nodeText(v.node))].join('\n');
  const offices = documentOffices(leadingGroups, allText.split('\n'));
  const ownNumber = header.docNumber?.replace(/\s/g, '');
  const units = dedupeNames([...measures.flatMap((m) => m.units), ...documentUnits(body, visits), ...offices]);
  return {
    id, source, format, original: source.replace(/^.*[\\/]/, ''), title, docNumber: header.docNumber, issuer: header.issuers.length ? header.issuers.join('、') : null,
    issuers: header.issuers, jurisdiction, date: header.date, recipients: header.recipients, disclosure: header.disclosure,
    signature: header.signature, attachments: header.attachments, leadingGroups,
    outline: visits.map(({ node }) => ({
      path: node.path, depth: node.depth, marker: node.marker.text || node.label, heading: node.heading,
      anchor: anchors.get(node)?.anchor ?? '', measureId: anchors.get(node)?.measureId ?? null,
    })),
    measureIds: measures.map((m) => m.id), goalIds: goals.map((g) => g.id),
    units, unitIds: unitIdsOf(units, jurisdiction),
    citedDocuments: textToCitedDocuments(allText), quotedTerms: textToQuotedTerms(allText),
    citedDocNumbers: textToDocNumbers(allText).filter((n) => n.replace(/\s/g, '') !== ownNumber),
    warnings: problems.map((p) => ({ line: p.line, message: p.message })), url: documentUrl(id),
  };
}
