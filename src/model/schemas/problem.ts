import { z } from 'zod';

/**
 * The closed catalogue of content problems, with their level. Tests assert these ids, never the
 * wording; a new kind of problem is added here first.
 */
export const problemCatalogue = {
  /** The file is binary or in no encoding we read. */
  undecodable: 'error',
  /** A PDF without a text layer (a scan): there is no text to read, and no OCR is done. */
  'scanned-pdf': 'error',
  /** A format that is recognised but not read (OFD, RTF): the message says what to provide instead. */
  'unsupported-format': 'error',
  /** The file holds no text. */
  empty: 'warning',
  /** No title was found; the file name stands in. */
  'no-title': 'warning',
  /** No numbered outline: the text is kept as one whole. */
  'no-outline': 'warning',
  /** An outline number occurs twice; ids are told apart by order. */
  'duplicate-path': 'warning',
  /** An outline but no measure in it. */
  'no-measures': 'warning',
  /** Two documents share an id (same 文号 or title); the later one is not written. */
  'duplicate-id': 'error',
  /** An entry does not fit its schema; it is not written. */
  schema: 'error',
  /** A corrections file does not parse or fit its schema; the document is written uncorrected. */
  'correction-invalid': 'warning',
  /** A correction names an outline path the document no longer has. */
  'correction-stale': 'warning',
  /** A corrections file whose document is not in the input. */
  'correction-orphan': 'warning',
} as const;

export type ProblemId = keyof typeof problemCatalogue;
export const problemIds = Object.keys(problemCatalogue) as [ProblemId, ...ProblemId[]];

/** A content problem found while splitting: reported, never thrown. */
export const problemSchema = z.object({
  /** Input file name, relative to the input folder. */
  file: z.string(),
  /** 1-based line in the input file; 0 when the problem concerns the whole file. */
  line: z.number().int().nonnegative(),
  /** Which kind of problem, from the catalogue above, e.g. `no-outline`. */
  id: z.enum(problemIds),
  level: z.enum(['warning', 'error']),
  message: z.string(),
});

export type Problem = z.output<typeof problemSchema>;

/** A problem of the catalogue's kind, at its catalogue level. */
export const problemOf = (id: ProblemId, file: string, line: number, message: string): Problem => ({ file, line, id, level: problemCatalogue[id], message });
