/**
 * Plans a site build in parts (src/site/site-part.ts): reads every collection entry's frontmatter
 * once, shares the documents out in the site's order, and gives each `documents` part a
 * collections folder of its own — hard links to its documents' files, nothing copied — with the
 * library facts its pages need (src/site/library-facts.ts). The library part reads the split's
 * folder itself.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hardLinkOrCopy } from './hard-link.ts';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { documentSchema } from '../../src/model/schemas/document.ts';
import { measureSchema } from '../../src/model/schemas/measure.ts';
import { goalSchema } from '../../src/model/schemas/goal.ts';
import { deadlineEntrySchema } from '../../src/model/schemas/deadline-entry.ts';
import { unitSchema } from '../../src/model/schemas/unit.ts';
import { libraryFactsSchema } from '../../src/model/schemas/library-facts.ts';
import { frontmatterOf } from '../../src/site/frontmatter-loader.ts';
import { libraryFactsOf, type FactsInput } from '../../src/site/library-facts.ts';
import { libraryFactsFile } from '../../src/site/site-part.ts';
import { byDocumentOrder, byMeasureOrder } from '../../src/site/site-order.ts';

/** A content problem: reported, and the entry left out of every part. */
export type Problem = { file: string; line: number; id: string; message: string };

/** Collections a documents part gets its share of; units are the library part's alone. */
const perDocument = ['documents', 'measures', 'goals', 'deadlines'] as const;

export type DocumentsPart = {
  /** Where its collections are written: inside the folder its build runs in (scripts/build/project-twin.ts), since Astro names content modules by their path under the root. */
  collections: string;
  documentIds: string[];
  measureIds: string[];
};

export type SitePlan = { parts: DocumentsPart[]; problems: Problem[] };

type Entry<T> = { file: string; data: T };

// Only what the facts are made of: at 10,000 documents whole entries held 2.8 GB at once.
const unitFields = unitSchema.pick({ id: true, name: true, url: true, jurisdiction: true });
const documentFields = documentSchema.pick({ id: true, title: true, docNumber: true, date: true, url: true, unitIds: true, citedDocuments: true, quotedTerms: true, citedDocNumbers: true });
const measureFields = measureSchema.pick({ id: true, documentId: true, url: true, title: true, text: true, order: true, units: true, unitIds: true, citedDocuments: true, quotedTerms: true });

function readFolder<S extends z.ZodType>(dir: string, schema: S, problems: Problem[]): Entry<z.output<S>>[] {
  if (!existsSync(dir)) return [];
  const entries: Entry<z.output<S>>[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = join(dir, name);
    try {
      const parsed = schema.safeParse(frontmatterOf(readFileSync(file, 'utf8'), file));
      if (parsed.success) entries.push({ file, data: parsed.data });
      else problems.push({ file, line: 1, id: name.replace(/\.mdx$/, ''), message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    } catch (error) {
      problems.push({ file, line: 1, id: name.replace(/\.mdx$/, ''), message: error instanceof Error ? error.message : String(error) });
    }
  }
  return entries;
}

/**
 * Where a build in parts of the site `dist` keeps its parts: inside the project, since Astro
 * writes a build's prerender modules in its output folder when that is under the working
 * directory, and otherwise in the project's one .astro/, which two builds at once would share;
 * one folder per site, so builds of two sites at once do not meet.
 */
export const partsWorkDir = (project: string, dist: string) =>
  join(project, '.site-parts', createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 12));

/**
 * Documents parts at once when POLICY_SITE_JOBS does not say: two (on two cores or more) from four
 * parts on, where two at a time saves minutes (10,000 documents: 20 parts of about 33 s) for about
 * 1 GB more; one below, where the saving is seconds and a small library builds in little memory.
 */
export const defaultPartJobs = (parts: number, cores = availableParallelism()) => (parts >= 4 ? Math.min(2, cores) : 1);

/** The folder a documents part builds in: a twin of the project (scripts/build/project-twin.ts). */
export const partRootOf = (work: string, k: number) => join(work, String(k), 'project');

/** Consecutive runs of at most `size`: the site's order keeps a part's documents near in time. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}


/**
 * Reads `collections`, writes `<part root>/collections/` for each part of at most
 * `documentsPerPart` documents, and says what each part holds.
 */
export function planSiteParts(collections: string, work: string, documentsPerPart: number): SitePlan {
  const problems: Problem[] = [];
  const documents = readFolder(join(collections, 'documents'), documentFields, problems);
  const measures = readFolder(join(collections, 'measures'), measureFields, problems);
  const goals = readFolder(join(collections, 'goals'), goalSchema.pick({ id: true, documentId: true }), problems);
  const deadlines = readFolder(join(collections, 'deadlines'), deadlineEntrySchema.pick({ id: true, documentId: true }), problems);
  const units = readFolder(join(collections, 'units'), unitFields, problems);

  const byDate = (a: Entry<FactsInput['documents'][number]>, b: Entry<FactsInput['documents'][number]>) => byDocumentOrder({ id: a.data.id, data: a.data }, { id: b.data.id, data: b.data });
  documents.sort(byDate);
  measures.sort((a, b) => byMeasureOrder(a, b));
  const input: FactsInput = { documents: documents.map((d) => d.data), measures: measures.map((m) => m.data), units: units.map((u) => u.data) };
  const shares = chunksOf(documents.map((d) => d.data.id), documentsPerPart);
  const facts = libraryFactsOf(input, shares);

  const filesOf = new Map<string, Map<(typeof perDocument)[number], string[]>>();
  const add = (documentId: string, kind: (typeof perDocument)[number], file: string) => {
    let kinds = filesOf.get(documentId);
    if (!kinds) filesOf.set(documentId, (kinds = new Map()));
    const list = kinds.get(kind);
    if (list) list.push(file);
    else kinds.set(kind, [file]);
  };
  for (const d of documents) add(d.data.id, 'documents', d.file);
  for (const m of measures) add(m.data.documentId, 'measures', m.file);
  for (const g of goals) add(g.data.documentId, 'goals', g.file);
  for (const e of deadlines) add(e.data.documentId, 'deadlines', e.file);
  const measureIdsOf = new Map<string, string[]>();
  for (const m of measures) {
    const list = measureIdsOf.get(m.data.documentId);
    if (list) list.push(m.data.id);
    else measureIdsOf.set(m.data.documentId, [m.data.id]);
  }

  const parts = shares.map((documentIds, k): DocumentsPart => {
    const dir = join(partRootOf(work, k), 'collections');
    rmSync(dir, { recursive: true, force: true });
    for (const kind of perDocument) mkdirSync(join(dir, kind), { recursive: true });
    for (const id of documentIds) {
      for (const [kind, files] of filesOf.get(id) ?? []) {
        for (const file of files) hardLinkOrCopy(file, join(dir, kind, file.slice(file.lastIndexOf('/') + 1)));
      }
    }
    writeFileSync(join(dir, libraryFactsFile), JSON.stringify(libraryFactsSchema.parse(facts[k])));
    return { collections: dir, documentIds, measureIds: documentIds.flatMap((id) => measureIdsOf.get(id) ?? []) };
  });
  return { parts, problems };
}
