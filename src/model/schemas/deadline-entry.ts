import { z } from 'zod';
import { deadlineSchema } from './deadline.ts';

/** One deadline as it occurs in a document: the timeline and the recurring-duty calendar are built from these. */
export const deadlineEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  documentId: z.string(),
  /** The measure it belongs to; null for a deadline stated for the whole document (`2018年—2020年`). */
  measureId: z.string().nullable(),
  /** The units owing it (the measure's units). */
  units: z.array(z.string()),
  deadline: deadlineSchema,
  line: z.number().int().nonnegative(),
});

export type DeadlineEntry = z.output<typeof deadlineEntrySchema>;
