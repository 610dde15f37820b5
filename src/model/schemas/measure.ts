import { z } from 'zod';
import { deadlineSchema } from './deadline.ts';
import { correctedFields } from './correction.ts';
import { sourceSchema } from './source.ts';

/** One task or measure (任务 / 措施): a lowest-level numbered item that prescribes action, or a task-table row. */
export const measureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  documentId: z.string(),
  /** Site path of the measure's own page. */
  url: z.string(),
  /** Outline path as written, levels joined by `.`: `四.（四）.3`; task-table rows: `任务清单.3`. */
  path: z.string(),
  /** The headings of the enclosing outline nodes, outermost first, for breadcrumbs. */
  trail: z.array(z.object({ path: z.string(), heading: z.string() })),
  /** Its bold lead or first sentence, without numbering. */
  title: z.string().min(1),
  /** Its full text, without numbering, as written. */
  text: z.string().min(1),
  /** Responsible units, lead units first, each as written. */
  units: z.array(z.string()),
  /** The unit id of each of `units`, in the same order (src/model/unit-identity.ts). */
  unitIds: z.array(z.string()),
  /** Where each of `units` is written, in the same order. */
  unitSources: z.array(sourceSchema),
  /** Units named as 牵头 (lead) and 配合 (supporting), where the document says so. */
  leadUnits: z.array(z.string()),
  supportUnits: z.array(z.string()),
  deadlines: z.array(deadlineSchema),
  /** Where each of `deadlines` is written, in the same order. */
  deadlineSources: z.array(sourceSchema),
  /** Where it came from: an outline item or a row of a task table. */
  origin: z.enum(['outline', 'table']),
  /** Position within its document, from 1. */
  order: z.number().int().positive(),
  /** 1-based line in the source file. */
  line: z.number().int().nonnegative(),
  /** Documents cited in its text (《…》) and quoted terms (“…”). */
  citedDocuments: z.array(z.string()),
  quotedTerms: z.array(z.string()),
  /** What an editor corrected (content/corrections/): the page marks the measure 已人工校对. */
  corrected: z.array(z.enum(correctedFields)),
});

export type Measure = z.output<typeof measureSchema>;

/**
 * What the library's pages (lists, units, terms, deadlines, home) show of a measure. A build of
 * those pages alone (src/site/site-part.ts) loads this much of each: at 10,000 documents the whole
 * measures were two thirds of the content store that build holds, their texts the largest part.
 */
export const measureSummarySchema = measureSchema.pick({
  id: true,
  documentId: true,
  url: true,
  title: true,
  order: true,
  units: true,
  unitIds: true,
  leadUnits: true,
  supportUnits: true,
  deadlines: true,
  citedDocuments: true,
  quotedTerms: true,
});

export type MeasureSummary = z.output<typeof measureSummarySchema>;
