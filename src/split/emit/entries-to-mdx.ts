/**
 * Entries → one MDX file each: frontmatter validated by the collection's schema. Only a document
 * has a body (built as a syntax tree), since its page renders it; the site shows measures, goals,
 * units and deadlines from their frontmatter alone, so their files are frontmatter only.
 */
import type { RootContent } from 'mdast';
import type { z } from 'zod';
import { documentSchema } from '../../model/schemas/document.ts';
import { measureSchema } from '../../model/schemas/measure.ts';
import { goalSchema } from '../../model/schemas/goal.ts';
import { unitSchema } from '../../model/schemas/unit.ts';
import { deadlineEntrySchema } from '../../model/schemas/deadline-entry.ts';
import type { Unit } from '../../model/schemas/unit.ts';
import { problemOf, type Problem } from '../../model/schemas/problem.ts';
import type { SplitDocument } from '../split-document.ts';
import { writeMdx } from './write-mdx.ts';
import { documentToMdast } from './document-to-mdast.ts';

export interface MdxFile {
  collection: 'documents' | 'measures' | 'goals' | 'units' | 'deadlines';
  id: string;
  mdx: string;
}

export interface MdxResult {
  files: MdxFile[];
  problems: Problem[];
}

type TermUrl = (term: string) => string | null;

function emitter(out: MdxResult) {
  return <S extends z.ZodType>(collection: MdxFile['collection'], schema: S, data: { id: string }, source: string, body: RootContent[] = []) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      out.problems.push(problemOf('schema', source, 0, `${collection} 条目“${data.id}”不符合数据结构：${issues}`));
      return;
    }
    out.files.push({ collection, id: data.id, mdx: writeMdx(parsed.data, body) });
  };
}

/** A document's own entries; an entry whose data fails its schema becomes an error and is not written. */
export function documentToMdxFiles(split: SplitDocument, termUrl: TermUrl): MdxResult {
  const out: MdxResult = { files: [], problems: [] };
  const emit = emitter(out);
  const { document: doc } = split;
  emit('documents', documentSchema, doc, doc.source, documentToMdast(split, { goals: split.goals.map((g) => ({ id: g.id, text: g.text })), termUrl }));
  for (const m of split.measures) emit('measures', measureSchema, m, doc.source);
  for (const g of split.goals) emit('goals', goalSchema, g, doc.source);
  for (const d of split.deadlines) emit('deadlines', deadlineEntrySchema, d, doc.source);
  return out;
}

export function unitsToMdxFiles(units: Unit[]): MdxResult {
  const out: MdxResult = { files: [], problems: [] };
  const emit = emitter(out);
  for (const u of units) emit('units', unitSchema, u, u.name);
  return out;
}
