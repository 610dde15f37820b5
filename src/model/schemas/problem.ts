import { z } from 'zod';

/**
 * The closed catalogue of content problems, with their level. Tests assert these ids, never the
 * wording; a new kind of problem is added here first.
 */
export const problemCatalogue = {
  /** The file is binary or in no encoding we read; it is skipped. */
  undecodable: 'error',
  /** A PDF without a text layer (a scan): there is no text to read, and no OCR is done. */
  'scanned-pdf': 'error',
  /** A format that is recognised but not read (OFD, RTF): the message says what to provide instead. */
  'unsupported-format': 'error',
  /** A spreadsheet or OpenDocument file, which holds no policy document the split reads; skipped. */
  'office-format': 'error',
  /** The file could not be read (dangling link, no permission, vanished); skipped. */
  unreadable: 'error',
  /** A FIFO, socket or device, not a file; skipped. */
  'not-a-file': 'error',
  /** A link that leads out of the input folder (or to a folder); not followed, skipped. */
  'link-outside': 'error',
  /** Larger than any policy document; skipped unread. */
  'too-large': 'error',
  /** The split failed on this file (a bug, reported with the file); skipped. */
  'split-failed': 'error',
  /** System or backup debris (Thumbs.db, ~$x.docx, x~, .swp, hidden files); ignored. */
  'junk-file': 'notice',
  /** A link to a folder inside the input folder: its files are read where they are, not twice. */
  'link-folder': 'notice',
  /** A folder that could not be listed; its files are skipped. */
  'unreadable-folder': 'error',
  /** The input folder does not exist or is not a folder: nothing can be split. */
  'no-input': 'error',
  /** The file holds no text. */
  empty: 'warning',
  /** No title was found; the file name stands in. */
  'no-title': 'warning',
  /** No numbered outline: the text is kept as one whole. */
  'no-outline': 'warning',
  /**
   * A Word 97–2003 or WPS file (.doc, .wps) with no outline whose paragraphs read as unnumbered
   * headings: its automatic numbering could not be read (numbered through styles only, or list
   * tables that do not parse). Saved as .docx, the numbering is read. Given instead of `no-outline`.
   */
  'word-numbering-lost': 'warning',
  /** An outline number occurs twice; ids are told apart by order. */
  'duplicate-path': 'warning',
  /** An outline but no measure in it. */
  'no-measures': 'warning',
  /** The same document (same text) twice; the one later in path order is not written. */
  'duplicate-id': 'error',
  /** Two different documents would share an id (文号 alike in pinyin, same title): both get a longer one. */
  'id-collision': 'warning',
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

/**
 * Problems after which the file is not written. The rest of the library is still written and the
 * run exits 0; `--strict` makes any of them fail the run.
 */
export const skippingProblems: ReadonlySet<ProblemId> = new Set<ProblemId>([
  'undecodable', 'office-format', 'unreadable', 'not-a-file', 'link-outside', 'too-large', 'split-failed',
  'unreadable-folder', 'duplicate-id', 'empty', 'scanned-pdf', 'unsupported-format',
]);
export const problemIds = Object.keys(problemCatalogue) as [ProblemId, ...ProblemId[]];

/** A content problem found while splitting: reported, never thrown. */
export const problemSchema = z.object({
  /** Input file name, relative to the input folder. */
  file: z.string(),
  /** 1-based line in the input file; 0 when the problem concerns the whole file. */
  line: z.number().int().nonnegative(),
  /** Which kind of problem, from the catalogue above, e.g. `no-outline`. */
  id: z.enum(problemIds),
  /** `notice`: ignored on purpose (junk files); `warning`: written anyway; `error`: not written. */
  level: z.enum(['notice', 'warning', 'error']),
  message: z.string(),
});

export type Problem = z.output<typeof problemSchema>;

/** A problem of the catalogue's kind, at its catalogue level. */
export const problemOf = (id: ProblemId, file: string, line: number, message: string): Problem => ({ file, line, id, level: problemCatalogue[id], message });
