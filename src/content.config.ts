import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { measureSchema } from './schemas/measure.ts';
import { goalSchema } from './schemas/goal.ts';
import { unitSchema } from './schemas/unit.ts';
import { deadlineEntrySchema } from './schemas/deadline-entry.ts';

/** Where the split wrote its collections; absolute, or relative to the project root. */
const root = (process.env.POLICY_COLLECTIONS || 'content/collections').replace(/\/?$/, '/');

/** One collection per folder, `<id>.mdx` per entry; the entry id is the frontmatter `id`, which the URLs use. */
const fromFolder = (name: string) =>
  glob({ pattern: '**/*.mdx', base: root + name, generateId: ({ data }) => String(data.id) });

export const collections = {
  documents: defineCollection({ loader: fromFolder('documents'), schema: documentSchema }),
  measures: defineCollection({ loader: fromFolder('measures'), schema: measureSchema }),
  goals: defineCollection({ loader: fromFolder('goals'), schema: goalSchema }),
  units: defineCollection({ loader: fromFolder('units'), schema: unitSchema }),
  deadlines: defineCollection({ loader: fromFolder('deadlines'), schema: deadlineEntrySchema }),
};
