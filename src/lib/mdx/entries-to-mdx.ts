/** Collections → one MDX file per entry: validated frontmatter and a body built as a syntax tree. */
import type { RootContent } from 'mdast';
import { documentSchema } from '../../schemas/document.ts';
import { measureSchema } from '../../schemas/measure.ts';
import { goalSchema } from '../../schemas/goal.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { deadlineEntrySchema } from '../../schemas/deadline-entry.ts';
import type { Problem } from '../../schemas/problem.ts';
import type { Collections } from '../collections.ts';
import { writeMdx } from './write-mdx.ts';
import { documentToMdast } from './document-to-mdast.ts';
import { textToPhrasing } from './phrasing.ts';
import type { z } from 'zod';

export interface MdxFile {
  collection: 'documents' | 'measures' | 'goals' | 'units' | 'deadlines';
  id: string;
  mdx: string;
}

const paragraphs = (text: string, termUrl: Collections['termUrl']): RootContent[] =>
  text.split('\n').filter(Boolean).map((t) => ({ type: 'paragraph', children: textToPhrasing(t, { goals: [], termUrl }) }));

/** Every entry as MDX; an entry whose data fails its schema becomes an error and is not written. */
export function collectionsToMdx(c: Collections): { files: MdxFile[]; problems: Problem[] } {
  const files: MdxFile[] = [];
  const problems: Problem[] = [];
  const emit = <S extends z.ZodType>(collection: MdxFile['collection'], schema: S, data: unknown, body: RootContent[], source: string) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      problems.push({ file: source, line: 0, id: 'schema', level: 'error', message: `${collection} 条目不符合数据结构：${issues}` });
      return;
    }
    files.push({ collection, id: (data as { id: string }).id, mdx: writeMdx(parsed.data, body) });
  };
  for (const split of c.splits) {
    const { document: doc } = split;
    const marks = { goals: split.goals.map((g) => ({ id: g.id, text: g.text })), termUrl: c.termUrl };
    emit('documents', documentSchema, doc, documentToMdast(split, marks), doc.source);
    for (const m of split.measures) emit('measures', measureSchema, m, paragraphs(m.text, c.termUrl), doc.source);
    for (const g of split.goals) emit('goals', goalSchema, g, paragraphs(g.text, c.termUrl), doc.source);
    for (const d of split.deadlines) emit('deadlines', deadlineEntrySchema, d, [], doc.source);
  }
  for (const u of c.units) emit('units', unitSchema, u, [], u.name);
  return { files, problems };
}
