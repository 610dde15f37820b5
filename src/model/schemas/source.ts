import { z } from 'zod';

/**
 * Where a measure's unit or deadline came from, so a reader can check a machine-made assignment
 * at a glance: the phrase of the source that names it and its line, or the editor's correction.
 */
export const sourceSchema = z.discriminatedUnion('from', [
  /** The measure's own text or table row: the tag, bracket, label or clause that names it. */
  z.object({ from: z.literal('text'), phrase: z.string(), line: z.number().int().nonnegative() }),
  /** A heading above the measure whose span or assignment applies to every item under it. */
  z.object({ from: z.literal('heading'), phrase: z.string(), line: z.number().int().nonnegative() }),
  /** An editor's corrections file (content/corrections/), at the line of the measure's entry. */
  z.object({ from: z.literal('correction'), file: z.string(), line: z.number().int().nonnegative() }),
]);

export type Source = z.output<typeof sourceSchema>;
