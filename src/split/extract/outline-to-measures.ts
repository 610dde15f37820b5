/**
 * Outline → measures: every measure node gets its id, anchor, text, units and deadlines; every
 * other node an anchor of its own. A stage heading's span (“（一）动员部署阶段（3月—4月）”) applies
 * to every item under it.
 */
import type { Measure } from '../../model/schemas/measure.ts';
import type { DeadlineEntry } from '../../model/schemas/deadline-entry.ts';
import type { Deadline } from '../../model/schemas/deadline.ts';
import { measureId, pathSlug } from '../../model/ids.ts';
import { measureUrl } from '../../model/urls.ts';
import { unitIdsOf } from '../../model/unit-identity.ts';
import type { OutlineNode, RowNode } from '../structure/outline.ts';
import { cellsOf } from '../structure/task-table.ts';
import { stripBold } from '../text/text-utils.ts';
import { nodeText, isArticle, dutyListUnits, type NodeVisit } from './outline-measures.ts';
import { textToUnits, unitsInOrder, type UnitAssignment } from './units.ts';
import { cellToAssignment } from './cell-units.ts';
import { textToDeadlines, type DeadlineContext } from './deadlines.ts';
import { textToCitedDocuments, textToQuotedTerms } from './cross-references.ts';
import { nodeLines, sourcesOf } from './provenance.ts';

export interface NodeAnchor {
  anchor: string;
  measureId: string | null;
}

export interface MeasureExtraction {
  measures: Measure[];
  deadlines: DeadlineEntry[];
  /** Anchor and measure of each outline node. */
  anchors: Map<OutlineNode, NodeAnchor>;
  /** Outline paths that occur twice, with the line of the second. */
  duplicatePaths: { path: string; line: number }[];
}

/** Ids and anchors, unique within the document even where the source repeats a number. */
function anchorsOf(visits: NodeVisit[], docId: string): Pick<MeasureExtraction, 'anchors' | 'duplicatePaths'> {
  const anchors = new Map<OutlineNode, NodeAnchor>();
  const duplicatePaths: { path: string; line: number }[] = [];
  const seenIds = new Set<string>();
  const usedAnchors = new Set<string>();
  for (const { node, isMeasure } of visits) {
    let mid = isMeasure ? measureId(docId, node.path) : null;
    if (mid && seenIds.has(mid)) {
      duplicatePaths.push({ path: node.path, line: node.line });
      let k = 2;
      while (seenIds.has(`${mid}-${k}`)) k++;
      mid = `${mid}-${k}`;
    }
    if (mid) seenIds.add(mid);
    const anchor = `${mid ? 'm' : 's'}-${mid ? mid.slice(docId.length + 1) : pathSlug(node.path)}`;
    let unique = anchor;
    for (let k = 2; usedAnchors.has(unique); k++) unique = `${anchor}-${k}`;
    usedAnchors.add(unique);
    anchors.set(node, { anchor: unique, measureId: mid });
  }
  return { anchors, duplicatePaths };
}

/** A table row's task text: its task, measure and other cells, each once. */
function rowText(node: RowNode): string {
  const { columns, row } = node;
  const keep = columns.flatMap((role, i) => (['name', 'task', 'measure', 'other'].includes(role) && row.filled[i] ? [stripBold(row.filled[i])] : []));
  return [...new Set(keep)].join('\n');
}

/**
 * The row's unit columns, lead first; labels inside a cell give their own role. A row whose unit
 * cells are empty takes its units from its task text; otherwise the text only tells which of the
 * column's units leads (“区财政局牵头…”).
 */
function rowAssignment(node: RowNode, text: string): UnitAssignment {
  const out: UnitAssignment = { lead: [], assigned: [], support: [] };
  for (const role of ['lead', 'unit', 'support'] as const) {
    for (const cell of cellsOf(node.row, node.columns, role)) {
      const units = cellToAssignment(cell, role);
      const known = unitsInOrder(out);
      out.lead.push(...units.lead.filter((n) => !known.includes(n)));
      out.assigned.push(...units.assigned.filter((n) => !known.includes(n)));
      out.support.push(...units.support.filter((n) => !known.includes(n)));
    }
  }
  const fromText = textToUnits(text);
  if (!unitsInOrder(out).length) return fromText;
  const leads = fromText.lead.filter((n) => out.assigned.includes(n) || out.support.includes(n));
  return { lead: [...out.lead, ...leads], assigned: out.assigned.filter((n) => !leads.includes(n)), support: out.support.filter((n) => !leads.includes(n)) };
}

function uniqueByRaw(list: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  return list.filter((d) => !seen.has(d.raw) && (seen.add(d.raw), true));
}

/** What every measure of a document shares. */
export interface MeasureContext {
  documentId: string;
  jurisdiction: string | null;
  /** The document says “列第一位者为牵头单位”: in each list of units the first one leads. */
  firstListedLeads: boolean;
}

/** Where the document makes the first unit of each list the lead, and the list names no lead itself. */
function firstListedLeads(a: UnitAssignment): UnitAssignment {
  if (a.lead.length || !a.assigned.length) return a;
  return { lead: [a.assigned[0]], assigned: a.assigned.slice(1), support: a.support };
}

/** The measure a node stands for, given the deadlines its ancestors' headings state. */
function nodeToMeasure(node: OutlineNode, ancestors: OutlineNode[], inherited: Deadline[], ctx: DeadlineContext, ids: MeasureContext & { id: string; order: number }): Measure {
  const ownText = node.kind === 'row' ? rowText(node) : nodeText(node, isArticle(node));
  // A point of an article's duty list (“河长履行下列职责：（一）…”) belongs to the article's duty holder.
  const duties = node.kind === 'item' ? dutyListUnits(ancestors) : null;
  const assignment = node.kind === 'row' ? rowAssignment(node, ownText) : duties ? { lead: [], assigned: duties, support: [] } : textToUnits(ownText);
  const roles = ids.firstListedLeads ? firstListedLeads(assignment) : assignment;
  const units = unitsInOrder(roles);
  const timeText = node.kind === 'row' ? [...cellsOf(node.row, node.columns, 'deadline'), ownText].join('\n') : ownText;
  const deadlines = uniqueByRaw([...inherited, ...textToDeadlines(timeText, ctx)]);
  const lines = nodeLines(node, isArticle(node));
  const headings = ancestors.map((a) => ({ line: a.line, text: a.heading }));
  return {
    id: ids.id, documentId: ids.documentId, url: measureUrl(ids.id), path: node.path,
    trail: ancestors.filter((a) => a.kind === 'item' || a.kind === 'group').map((a) => ({ path: a.path, heading: a.heading })),
    title: node.heading || ownText.slice(0, 40), text: ownText, units, unitIds: unitIdsOf(units, ids.jurisdiction), unitSources: sourcesOf(units, lines, headings, node.line),
    leadUnits: roles.lead, supportUnits: roles.support, deadlines, deadlineSources: sourcesOf(deadlines.map((d) => d.raw), lines, headings, node.line),
    origin: node.kind === 'row' ? 'table' : 'outline', order: ids.order, line: node.line,
    citedDocuments: textToCitedDocuments(ownText), quotedTerms: textToQuotedTerms(ownText), corrected: [],
  };
}

export function outlineToMeasures(visits: NodeVisit[], ctx: DeadlineContext, context: MeasureContext): MeasureExtraction {
  const { documentId } = context;
  const { anchors, duplicatePaths } = anchorsOf(visits, documentId);
  const measures: Measure[] = [];
  const deadlines: DeadlineEntry[] = [];
  // Each heading's own deadlines, read once however many items sit under it.
  const headingDeadlines = new Map<OutlineNode, Deadline[]>();
  const stated = (a: OutlineNode) => headingDeadlines.get(a) ?? headingDeadlines.set(a, textToDeadlines(a.heading, ctx)).get(a) ?? [];
  for (const { node, ancestors } of visits) {
    const id = anchors.get(node)?.measureId;
    if (!id) continue;
    const measure = nodeToMeasure(node, ancestors, ancestors.flatMap(stated), ctx, { ...context, id, order: measures.length + 1 });
    measures.push(measure);
    measure.deadlines.forEach((deadline, i) => deadlines.push({ id: `${id}-d${i + 1}`, documentId, measureId: id, units: measure.units, deadline, line: node.line }));
  }
  return { measures, deadlines, anchors, duplicatePaths };
}
