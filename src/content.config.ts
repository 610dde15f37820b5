import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './model/schemas/document.ts';
import { measureSchema, measureSummarySchema } from './model/schemas/measure.ts';
import { goalSchema } from './model/schemas/goal.ts';
import { unitSchema } from './model/schemas/unit.ts';
import { deadlineEntrySchema } from './model/schemas/deadline-entry.ts';
import { frontmatterLoader, noEntries } from './site/frontmatter-loader.ts';

import { collectionsDir as root } from './site/collections-dir.ts';
import { rendersDocumentPages, sitePartOf } from './site/site-part.ts';

/**
 * One collection per folder, `<id>.mdx` per entry; the entry id is the frontmatter `id`, which the
 * URLs use. The raw MDX body is not kept: pages render the compiled module, and keeping it put
 * 7 MB more (1,000 documents) into the data store the site build bundles and loads.
 */
const fromFolder = (name: string) =>
  glob({ pattern: '**/*.mdx', base: root + name, retainBody: false, generateId: ({ data }) => String(data.id) });
/** Collections shown from their data only: their MDX files are frontmatter alone (see frontmatter-loader.ts). */
const dataOf = (name: string) => frontmatterLoader(root + name);

// A build that renders no document page (the library part of a build in parts) needs the
// documents' data only, compiling and bundling their bodies was most of a build's memory; and of
// each measure only what lists show (measureSummarySchema), loaded as its own collection.
const library = !rendersDocumentPages(sitePartOf(process.env.POLICY_SITE_PART));

export const collections = {
  documents: defineCollection({ loader: library ? dataOf('documents') : fromFolder('documents'), schema: documentSchema }),
  measures: defineCollection({ loader: library ? noEntries() : dataOf('measures'), schema: measureSchema }),
  measureSummaries: defineCollection({ loader: library ? dataOf('measures') : noEntries(), schema: measureSummarySchema }),
  goals: defineCollection({ loader: dataOf('goals'), schema: goalSchema }),
  units: defineCollection({ loader: dataOf('units'), schema: unitSchema }),
  deadlines: defineCollection({ loader: dataOf('deadlines'), schema: deadlineEntrySchema }),
};
