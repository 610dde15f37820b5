import { z } from 'zod';

/** A content problem found while splitting: reported, never thrown. */
export const problemSchema = z.object({
  /** Input file name, relative to the input folder. */
  file: z.string(),
  /** 1-based line in the input file; 0 when the problem concerns the whole file. */
  line: z.number().int().nonnegative(),
  /** Stable identifier of the kind of problem, e.g. `no-outline`. */
  id: z.string(),
  level: z.enum(['warning', 'error']),
  message: z.string(),
});

export type Problem = z.output<typeof problemSchema>;
