import { z } from 'zod';
import { isoDate, deadlineSchema } from './deadline.ts';

/**
 * The split's one-file JSON (`npm run split -- --json FILE`; README “The split command”), as
 * tools read it back: the exports (src/exports) are made from it. Fields may be added to the file,
 * never removed, so every object here keeps fields it does not list (loose objects).
 */
export const splitMeasureJsonSchema = z.looseObject({
  id: z.string(),
  /** Site path of the measure's page, `/measures/x/`. */
  url: z.string(),
  /** Outline path as written: `四.（四）.3`, `任务清单.3`. */
  path: z.string(),
  title: z.string(),
  text: z.string(),
  /** Responsible units as written, lead units first. */
  units: z.array(z.string()),
  /** The unit id of each of `units`, in the same order. */
  unitIds: z.array(z.string()),
  /** Units the document names as 牵头 (lead) and 配合 (supporting), as written. */
  leadUnits: z.array(z.string()),
  supportUnits: z.array(z.string()),
  deadlines: z.array(deadlineSchema),
});

export const splitDocumentJsonSchema = z.looseObject({
  id: z.string(),
  source: z.string(),
  title: z.string(),
  /** 发文字号. */
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  /** 成文日期. */
  date: isoDate.nullable(),
  recipients: z.string().nullable(),
  url: z.string(),
  goals: z.array(z.looseObject({ id: z.string(), text: z.string() })),
  /** In document order. */
  measures: z.array(splitMeasureJsonSchema),
});

export const splitUnitJsonSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  aliases: z.array(z.string()),
  /** Ids of the measures assigned to it, in document order. */
  measures: z.array(z.string()),
});

export const splitJsonSchema = z.looseObject({
  documents: z.array(splitDocumentJsonSchema),
  units: z.array(splitUnitJsonSchema),
});

export type SplitJson = z.output<typeof splitJsonSchema>;
export type SplitDocumentJson = z.output<typeof splitDocumentJsonSchema>;
export type SplitMeasureJson = z.output<typeof splitMeasureJsonSchema>;
export type SplitUnitJson = z.output<typeof splitUnitJsonSchema>;
