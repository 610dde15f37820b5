import { z } from 'zod';

/**
 * An editor's correction of one measure, keyed by the measure's outline path in the document's
 * corrections file (content/corrections/<source file name without extension>.yaml or .json).
 * Every field is optional: what is not given stays as the split found it.
 */
export const measureCorrectionSchema = z
  .object({
    /** Not a measure at all (a principle, a scope statement): it is dropped from the measures. */
    notAMeasure: z.literal(true).optional(),
    title: z.string().trim().min(1).optional(),
    /** All responsible units, lead first; replaces what the split found. */
    units: z.array(z.string().trim().min(1)).optional(),
    /** Which of the units lead (牵头) and which support (配合). */
    leadUnits: z.array(z.string().trim().min(1)).optional(),
    supportUnits: z.array(z.string().trim().min(1)).optional(),
    /** Units the split found that are not units of this measure. */
    removeUnits: z.array(z.string().trim().min(1)).optional(),
    /** All deadlines, as written (`9月底前`, `每季度`); replaces what the split found. */
    deadlines: z.array(z.string().trim().min(1)).optional(),
    /** Deadlines the split found (as written) that are not deadlines of this measure. */
    removeDeadlines: z.array(z.string().trim().min(1)).optional(),
    /** Why, for the next editor. */
    note: z.string().optional(),
  })
  .strict();

export const correctionFileSchema = z.object({ measures: z.record(z.string(), measureCorrectionSchema) }).strict();

export type MeasureCorrection = z.output<typeof measureCorrectionSchema>;
export type CorrectionFile = z.output<typeof correctionFileSchema>;

/** What a correction changed on a measure; the page marks such measures 已人工校对. */
export const correctedFields = ['title', 'units', 'deadlines'] as const;
export type CorrectedField = (typeof correctedFields)[number];
