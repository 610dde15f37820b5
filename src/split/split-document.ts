/**
 * One document's text → its structured data: the facade over the pure stages
 * (clean → header → paragraphs → outline → measures, units, deadlines, goals, references).
 */
import type { Document, LeadingGroup, OutlineEntry } from '../model/schemas/document.ts';
import type { Measure } from '../model/schemas/measure.ts';
import type { Goal } from '../model/schemas/goal.ts';
import type { DeadlineEntry } from '../model/schemas/deadline-entry.ts';
import type { Deadline } from '../model/schemas/deadline.ts';
import type { Problem } from '../model/schemas/problem.ts';
import { cleanText, type Removal } from './clean/clean-text.ts';
import { linesToHeader } from './structure/document-header.ts';
import { linesToParagraphs } from './structure/paragraphs.ts';
import { paragraphsToOutline, type OutlineItem, type OutlineNode } from './structure/outline.ts';
import { visitOutline, nodeText, isArticle } from './extract/outline-measures.ts';
import { textToUnits, unitsInOrder, cellToUnits, type UnitAssignment } from './extract/units.ts';
import { textToDeadlines, type DeadlineContext } from './extract/deadlines.ts';
import { textToGoals, inlineGoalText, explicitTargets, GOAL_HEADING } from './extract/goals.ts';
import { textToCitedDocuments, textToQuotedTerms, textToDocNumbers } from './extract/cross-references.ts';
import { linesToLeadingGroup, textToOffice } from './extract/leading-groups.ts';
import { documentId, measureId, pathSlug } from '../model/ids.ts';
import { stripBold } from './text/text-utils.ts';
import { cellsOf } from './structure/task-table.ts';
import { nameKey } from '../model/name-key.ts';
// The one URL scheme that the data's `url` fields and the site's pages share.
import { documentUrl, measureUrl } from '../model/urls.ts';

export interface SplitDocument {
  document: Document;
  measures: Measure[];
  goals: Goal[];
  deadlines: DeadlineEntry[];
  problems: Problem[];
  /** The text in reading order, for the document page. */
  body: OutlineItem[];
  /** Anchor and measure of each outline node. */
  anchors: Map<OutlineNode, { anchor: string; measureId: string | null }>;
  removals: Removal[];
}


function contextYear(date: string | null, docNumber: string | null, title: string): number | null {
  const y = (date ?? docNumber ?? title).match(/(?:19|20)\d{2}/)?.[0];
  return y ? Number(y) : null;
}

function rowAssignment(node: OutlineNode): UnitAssignment {
  const row = node.row!;
  const columns = node.columns!;
  return {
    lead: cellsOf(row, columns, 'lead').flatMap(cellToUnits),
    assigned: cellsOf(row, columns, 'unit').flatMap(cellToUnits),
    support: cellsOf(row, columns, 'support').flatMap(cellToUnits),
  };
}

export function splitDocument(text: string, source: string): SplitDocument {
  const problems: Problem[] = [];
  const warn = (line: number, id: string, message: string) => problems.push({ file: source, line, id, level: 'warning', message });
  const clean = cleanText(text);
  const header = linesToHeader(clean.lines);
  const body = paragraphsToOutline(linesToParagraphs(header.lines, header.roles));
  const title = header.title ?? source.replace(/\.[^.]+$/, '');
  if (!header.title) warn(0, 'no-title', '未识别出标题，已用文件名代替');
  const id = documentId(header.docNumber, title, header.date);
  const ctx: DeadlineContext = { year: contextYear(header.date, header.docNumber, title) };

  const visits = visitOutline(body);
  if (!visits.length) warn(0, 'no-outline', '未识别出层次结构（一、（一）1. 等），全文作为一个整体保存');
  const anchors = new Map<OutlineNode, { anchor: string; measureId: string | null }>();

  const measures: Measure[] = [];
  const deadlines: DeadlineEntry[] = [];
  const seenIds = new Set<string>();
  const usedAnchors = new Set<string>();
  const headingDeadlines = new Map<OutlineNode, Deadline[]>();
  for (const { node, ancestors, isMeasure } of visits) {
    let mid = isMeasure ? measureId(id, node.path) : null;
    if (mid && seenIds.has(mid)) {
      warn(node.line, 'duplicate-path', `编号“${node.path}”重复出现，已按出现顺序区分`);
      let k = 2;
      while (seenIds.has(`${mid}-${k}`)) k++;
      mid = `${mid}-${k}`;
    }
    const anchor = `${mid ? 'm' : 's'}-${mid ? mid.slice(id.length + 1) : pathSlug(node.path)}`;
    let unique = anchor;
    for (let k = 2; usedAnchors.has(unique); k++) unique = `${anchor}-${k}`;
    usedAnchors.add(unique);
    anchors.set(node, { anchor: unique, measureId: mid });
    if (!mid) continue;
    seenIds.add(mid);
    const table = node.kind === 'row';
    const ownText = table ? rowText(node) : nodeText(node, isArticle(node));
    const assignment = table ? mergeAssignments(rowAssignment(node), textToUnits(ownText)) : textToUnits(ownText);
    // A stage heading's span (“（一）动员部署阶段（3月—4月）”) applies to every item under it; each heading is read once.
    const inherited = ancestors.flatMap((a) => headingDeadlines.get(a) ?? headingDeadlines.set(a, textToDeadlines(a.heading, ctx)).get(a)!);
    const timeText = table ? [...cellsOf(node.row!, node.columns!, 'deadline'), ownText].join('\n') : ownText;
    const found = uniqueByRaw([...inherited, ...textToDeadlines(timeText, ctx)]);
    const units = unitsInOrder(assignment);
    measures.push({
      id: mid, documentId: id, url: measureUrl(mid), path: node.path,
      trail: ancestors.filter((a) => a.kind === 'item' || a.kind === 'group').map((a) => ({ path: a.path, heading: a.heading })),
      title: node.heading || ownText.slice(0, 40), text: ownText, units,
      leadUnits: assignment.lead, supportUnits: assignment.support, deadlines: found,
      origin: table ? 'table' : 'outline', order: measures.length + 1, line: node.line,
      citedDocuments: textToCitedDocuments(ownText), quotedTerms: textToQuotedTerms(ownText),
    });
    found.forEach((deadline, i) => deadlines.push({ id: `${mid}-d${i + 1}`, documentId: id, measureId: mid, units, deadline, line: node.line }));
  }

  const goalTexts = collectGoals(visits, body);
  const goals: Goal[] = goalTexts.map((g, i) => ({ id: `${id}-g${i + 1}`, documentId: id, text: g.text, path: g.path, line: g.line, order: i + 1 }));

  // Deadlines stated outside any measure (“工作时间：2018年—2020年”, “用三年时间”) belong to the document.
  const measureRaw = new Set(measures.flatMap((m) => m.deadlines.map((d) => d.raw)));
  const docLevel: { deadline: Deadline; line: number }[] = [];
  const scan = (t: string, line: number) => {
    for (const d of textToDeadlines(stripBold(t), ctx)) {
      if (!measureRaw.has(d.raw) && !docLevel.some((x) => x.deadline.raw === d.raw)) docLevel.push({ deadline: d, line });
    }
  };
  for (const item of body) if (item.type === 'paragraph' && item.paragraph.role === 'body') scan(item.paragraph.text, item.paragraph.line);
  for (const v of visits) if (!v.isMeasure && v.node.kind === 'item') scan(nodeText(v.node), v.node.line);
  docLevel.forEach(({ deadline, line }, i) => deadlines.push({ id: `${id}-d${i + 1}`, documentId: id, measureId: null, units: [], deadline, line }));

  const leadingGroups = collectLeadingGroups(visits, body);
  const offices = leadingGroups.flatMap((g) => (g.office ? [g.office] : []));
  const allText = [...body.flatMap((i) => (i.type === 'paragraph' ? [i.paragraph.text] : [])), ...visits.map((v) => nodeText(v.node))].join('\n');
  for (const t of allText.split('\n')) {
    const office = textToOffice(t);
    if (office && !offices.includes(office)) offices.push(office);
  }
  const units = dedupeNames([...measures.flatMap((m) => m.units), ...offices]);
  if (visits.length && !measures.length) warn(0, 'no-measures', '未识别出任何任务措施');

  const outline: OutlineEntry[] = visits.map(({ node }) => ({
    path: node.path, depth: node.depth, marker: node.marker.text || node.label, heading: node.heading,
    anchor: anchors.get(node)!.anchor, measureId: anchors.get(node)!.measureId,
  }));
  const document: Document = {
    id, source, title, docNumber: header.docNumber, issuer: header.issuers.length ? header.issuers.join('、') : null,
    issuers: header.issuers, date: header.date, recipients: header.recipients, disclosure: header.disclosure,
    signature: header.signature, attachments: header.attachments, leadingGroups, outline,
    measureIds: measures.map((m) => m.id), goalIds: goals.map((g) => g.id), units,
    citedDocuments: textToCitedDocuments(allText), quotedTerms: textToQuotedTerms(allText),
    citedDocNumbers: textToDocNumbers(allText).filter((n) => n.replace(/\s/g, '') !== header.docNumber?.replace(/\s/g, '')),
    warnings: problems.map((p) => ({ line: p.line, message: p.message })), url: documentUrl(id),
  };
  return { document, measures, goals, deadlines, problems, body, anchors, removals: clean.removals };
}

function rowText(node: OutlineNode): string {
  const cols = node.columns!;
  const row = node.row!;
  const keep = cols.flatMap((role, i) => (['task', 'measure', 'other'].includes(role) && row.filled[i] ? [stripBold(row.filled[i])] : []));
  return [...new Set(keep)].join('\n');
}

function mergeAssignments(a: UnitAssignment, b: UnitAssignment): UnitAssignment {
  const has = (n: string) => a.lead.includes(n) || a.assigned.includes(n) || a.support.includes(n);
  return { lead: a.lead, assigned: [...a.assigned, ...[...b.lead, ...b.assigned].filter((n) => !has(n))], support: a.support };
}

function uniqueByRaw(list: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  return list.filter((d) => !seen.has(d.raw) && (seen.add(d.raw), true));
}

function dedupeNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(nameKey(n)) && (seen.add(nameKey(n)), true));
}

function collectGoals(visits: ReturnType<typeof visitOutline>, body: OutlineItem[]): { text: string; path: string; line: number }[] {
  const out: { text: string; path: string; line: number }[] = [];
  const push = (texts: string[], path: string, line: number) => {
    for (const text of texts) if (!out.some((g) => g.text === text)) out.push({ text, path, line });
  };
  for (const { node } of visits) {
    if (node.kind !== 'item') continue;
    const text = nodeText(node);
    const body = text.startsWith(node.heading) ? text.slice(node.heading.length).replace(/^[。：:]/, '') : text;
    if (GOAL_HEADING.test(node.heading)) push(textToGoals(body), node.path, node.line);
    else {
      const inline = inlineGoalText(text);
      if (inline) push(textToGoals(inline), node.path, node.line);
      else push(explicitTargets(text), node.path, node.line);
    }
  }
  for (const item of body) if (item.type === 'paragraph' && item.paragraph.role === 'body') push(explicitTargets(item.paragraph.text), '', item.paragraph.line);
  return out;
}

function collectLeadingGroups(visits: ReturnType<typeof visitOutline>, body: OutlineItem[]): LeadingGroup[] {
  const groups: LeadingGroup[] = [];
  for (const { node } of visits) {
    const g = linesToLeadingGroup(node.paragraphs.map((p) => stripBold(p.text)), node.heading);
    if (g) groups.push(g);
  }
  // A group listed in an attachment is plain paragraphs after “附件：”.
  const loose = body.flatMap((i) => (i.type === 'paragraph' && i.paragraph.role === 'body' ? [i.paragraph.text] : []));
  const g = linesToLeadingGroup(loose, loose.find((t) => /小组.*名单/.test(t)) ?? '');
  if (g) groups.push(g);
  return groups;
}
