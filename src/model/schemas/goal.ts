import { z } from 'zod';

/** An explicit target statement of a document (主要目标 / 工作目标 / 力争… / 实现…). */
export const goalSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  documentId: z.string(),
  text: z.string().min(1),
  /** Outline path of the section it was found in, e.g. `一.2`; empty at the top level. */
  path: z.string(),
  /** 1-based line in the source file. */
  line: z.number().int().nonnegative(),
  /** Position among the document's goals, from 1. */
  order: z.number().int().positive(),
});

export type Goal = z.output<typeof goalSchema>;
