/** Entries → one MDX file each: frontmatter validated by the collection's schema, body built as a syntax tree. */
import type { RootContent } from 'mdast';
import type { z } from 'zod';
import { documentSchema } from '../../model/schemas/document.ts';
import { measureSchema } from '../../model/schemas/measure.ts';
import { goalSchema } from '../../model/schemas/goal.ts';
import { unitSchema } from '../../model/schemas/unit.ts';
import { deadlineEntrySchema } from '../../model/schemas/deadline-entry.ts';
import type { Unit } from '../../model/schemas/unit.ts';
import type { Problem } from '../../model/schemas/problem.ts';
import type { SplitDocument } from '../split-document.ts';
import { writeMdx } from './write-mdx.ts';
import { documentToMdast } from './document-to-mdast.ts';
import { textToPhrasing } from './phrasing.ts';

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

const paragraphs = (text: string, termUrl: TermUrl): RootContent[] =>
  text.split('\n').filter(Boolean).map((t) => ({ type: 'paragraph', children: textToPhrasing(t, { goals: [], termUrl }) }));

function emitter(out: MdxResult) {
  return <S extends z.ZodType>(collection: MdxFile['collection'], schema: S, data: { id: string }, body: RootContent[], source: string) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      out.problems.push({ file: source, line: 0, id: 'schema', level: 'error', message: `${collection} 条目“${data.id}”不符合数据结构：${issues}` });
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
  emit('documents', documentSchema, doc, documentToMdast(split, { goals: split.goals.map((g) => ({ id: g.id, text: g.text })), termUrl }), doc.source);
  for (const m of split.measures) emit('measures', measureSchema, m, paragraphs(m.text, termUrl), doc.source);
  for (const g of split.goals) emit('goals', goalSchema, g, paragraphs(g.text, termUrl), doc.source);
  for (const d of split.deadlines) emit('deadlines', deadlineEntrySchema, d, [], doc.source);
  return out;
}

export function unitsToMdxFiles(units: Unit[]): MdxResult {
  const out: MdxResult = { files: [], problems: [] };
  const emit = emitter(out);
  for (const u of units) emit('units', unitSchema, u, [], u.name);
  return out;
}
