/**
 * The one place pages get their data: all five collections, loaded once per build and indexed.
 * Astro renders every page in one process, so the memo spares recomputing terms and related
 * measures per page. Pages look things up here rather than scan a collection: a scan per page
 * grows with the square of the library. (Everything else in src/site is pure; this file is the fetching glue.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectTerms, type Term } from './terms.ts';
import { unitLookupOf, type UnitLookup } from '../model/unit-lookup.ts';
import { relatedMeasuresOf, type Related } from './related.ts';
import { truncate } from './text.ts';
import { groupMeasuresByDocument } from './measure-groups.ts';
import { byDocumentOrder, byMeasureOrder } from './site-order.ts';
import { libraryFactsFile, rendersDocumentPages, sitePartOf, type SitePart } from './site-part.ts';
import { measureSchema, type MeasureSummary } from '../model/schemas/measure.ts';
import { frontmatterOf } from './frontmatter-loader.ts';
import { relatedRefsOf } from './library-facts.ts';
import { libraryFactsSchema, type LibraryFacts, type MeasureRef } from '../model/schemas/library-facts.ts';
import { collectionsDir } from './collections-dir.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type MeasureEntry = CollectionEntry<'measures'>;
export type UnitEntry = CollectionEntry<'units'>;

export interface SiteData {
  /** Which pages this build renders (site-part.ts); in a `documents` part the collections hold only its share of the library. */
  part: SitePart;
  /** Newest first; undated documents last. */
  documents: DocumentEntry[];
  /** Whole measures, for their pages: none in the library part, which loads summaries only. */
  measures: MeasureEntry[];
  units: UnitEntry[];
  goals: CollectionEntry<'goals'>['data'][];
  /** Deadline entries joined with their measure and document, for the timeline and calendar. */
  deadlines: DeadlineItem[];
  document: Map<string, DocumentEntry>;
  /** A document's place in `documents`, to put a few documents in the site's order without a scan. */
  documentRank: Map<string, number>;
  /** Document titles by id. */
  documentTitles: Map<string, string>;
  /** Every measure of this build by id, whole or (library part) summarised. */
  measure: Map<string, MeasureSummary>;
  /** 文号 → document URL, to link the 文号 one document cites to the document itself. */
  documentByNumber: Map<string, string>;
  /** A document's measures in document order. */
  measuresOf: Map<string, MeasureEntry[]>;
  unitLookup: UnitLookup;
  terms: Term[];
  /** Ids of the terms that have a page. */
  termIds: Set<string>;
  /** A document's goals in document order. */
  goalsOf: Map<string, CollectionEntry<'goals'>['data'][]>;
  related: Map<string, Related<MeasureRef>[]>;
}

export type DeadlineItem = CollectionEntry<'deadlines'>['data'] & {
  measureTitle: string | null;
  measureUrl: string | null;
  /** 文号, or the title cut short when there is none. */
  documentLabel: string;
  documentUrl: string;
};

/** A document with some of its measures, as unit and term pages list them. */
export interface MeasureGroup {
  doc: DocumentEntry['data'];
  measures: MeasureSummary[];
}

/**
 * The documents named, in the site's order (newest first), each with those of the measures named
 * that it holds, in the order given; a document named without measures gets an empty group.
 */
export function measureGroupsOf(data: SiteData, documentIds: string[], measureIds: string[]): MeasureGroup[] {
  return groupMeasuresByDocument(
    { rank: data.documentRank, at: (i) => data.documents[i]!.data },
    (id) => data.measure.get(id),
    documentIds,
    measureIds,
  );
}

/**
 * Each document's measure texts joined, in the site's order: what the search's common bigrams are
 * counted over. The library part loads no texts (measure summaries only): it reads them from the
 * collection's files, one at a time, so they are never all held at once.
 */
export function documentTextsOf(data: SiteData): string[] {
  if (rendersDocumentPages(data.part)) return data.documents.map((d) => (data.measuresOf.get(d.id) ?? []).map((m) => m.data.text).join('\n'));
  const dir = `${collectionsDir}measures`;
  const texts = new Map<string, { order: number; text: string }[]>();
  for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')) : []) {
    const file = join(dir, name);
    const m = measureTextSchema.parse(frontmatterOf(readFileSync(file, 'utf8'), file));
    const list = texts.get(m.documentId);
    if (list) list.push(m);
    else texts.set(m.documentId, [m]);
  }
  return data.documents.map((d) => (texts.get(d.id) ?? []).sort((a, b) => a.order - b.order).map((m) => m.text).join('\n'));
}

const measureTextSchema = measureSchema.pick({ documentId: true, order: true, text: true });

/** How a document is named in lists: its 文号, else its title cut short. */
export const documentLabelOf = (d: DocumentEntry['data']) => d.docNumber ?? truncate(d.title, 18);

let loading: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  return (loading ??= load());
}

function readLibraryFacts(): LibraryFacts {
  const file = `${collectionsDir}${libraryFactsFile}`;
  return libraryFactsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

async function load(): Promise<SiteData> {
  const part = sitePartOf(process.env.POLICY_SITE_PART);
  const facts = part === 'documents' ? readLibraryFacts() : null;
  const [documents, measures, summaries, units, goals, deadlines] = await Promise.all([
    getCollection('documents'),
    rendersDocumentPages(part) ? getCollection('measures') : [],
    rendersDocumentPages(part) ? [] : getCollection('measureSummaries'),
    // A documents part links to units through its facts: it has no units collection to ask for.
    part === 'documents' ? [] : getCollection('units'),
    getCollection('goals'),
    getCollection('deadlines'),
  ]);
  documents.sort(byDocumentOrder);
  measures.sort(byMeasureOrder);
  const measuresOf = new Map<string, MeasureEntry[]>(documents.map((d) => [d.id, []]));
  for (const m of measures) measuresOf.get(m.data.documentId)?.push(m);
  // Only measure pages show related measures: a library part has none to render.
  const related: SiteData['related'] = facts
    ? new Map(facts.related)
    : part === 'whole'
      ? new Map([...relatedMeasuresOf(measures.map((m) => m.data))].map(([id, list]) => [id, relatedRefsOf(list)]))
      : new Map();
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const measureList: MeasureSummary[] = rendersDocumentPages(part)
    ? measures.map((m) => m.data)
    : summaries.map((m) => m.data).sort((a, b) => byMeasureOrder({ data: a }, { data: b }));
  const measureById = new Map(measureList.map((m) => [m.id, m]));
  const deadlineItems = deadlines.map(({ data: e }): DeadlineItem => {
    const m = e.measureId ? measureById.get(e.measureId) : undefined;
    const d = documentById.get(e.documentId)?.data;
    return {
      ...e,
      measureTitle: m?.title ?? null,
      measureUrl: m?.url ?? null,
      documentLabel: d ? documentLabelOf(d) : e.documentId,
      documentUrl: d?.url ?? '/',
    };
  });
  const goalList = goals.map((g) => g.data).sort((a, b) => a.documentId.localeCompare(b.documentId) || a.order - b.order);
  const goalsOf = new Map<string, CollectionEntry<'goals'>['data'][]>();
  for (const g of goalList) {
    const list = goalsOf.get(g.documentId);
    if (list) list.push(g);
    else goalsOf.set(g.documentId, [g]);
  }
  const terms = collectTerms(documents.map((d) => d.data), measureList);
  const documentTitles = new Map(documents.map((d) => [d.id, d.data.title]));
  for (const [id, title] of facts?.documentTitles ?? []) documentTitles.set(id, title);
  return {
    part,
    documents,
    measures,
    units: units.sort((a, b) => b.data.measures.length - a.data.measures.length || a.data.name.localeCompare(b.data.name, 'zh-CN')),
    goals: goalList,
    goalsOf,
    deadlines: deadlineItems,
    document: documentById,
    documentRank: new Map(documents.map((d, i) => [d.id, i])),
    documentTitles,
    measure: measureById,
    documentByNumber: facts
      ? new Map(facts.documentByNumber)
      : new Map(documents.filter((d) => d.data.docNumber).map((d) => [d.data.docNumber!, d.data.url])),
    measuresOf,
    unitLookup: unitLookupOf(facts ? facts.units : units.map((u) => u.data)),
    terms,
    termIds: new Set(facts ? facts.termIds : terms.map((t) => t.id)),
    related,
  };
}
