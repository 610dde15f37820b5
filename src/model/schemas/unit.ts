import { z } from 'zod';

/** A responsible unit (责任单位) across all documents; names that differ only in spacing or width are one unit. */
export const unitSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The name as most often written. */
  name: z.string().min(1),
  /** Every spelling met in the documents. */
  aliases: z.array(z.string()),
  /** Measures assigned to it, in document order. */
  measures: z.array(z.object({ id: z.string(), documentId: z.string(), role: z.enum(['lead', 'support', 'assigned']) })),
  documents: z.array(z.string()),
  url: z.string(),
});

export type Unit = z.output<typeof unitSchema>;
