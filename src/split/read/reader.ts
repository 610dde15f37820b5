/**
 * The seam every input format goes through: a reader turns a file's bytes into the text form the
 * pipeline reads (paragraphs one a line; a bold lead as `**…**`; a table row as cells joined by
 * tabs, a merged cell repeated down the rows it covers), so no stage after it changes per format.
 */
import type { DocumentFormat } from '../../model/schemas/document.ts';

export type ReadFailure = 'undecodable' | 'scanned-pdf' | 'unsupported-format';

export type ReadResult =
  | { ok: true; text: string; format: DocumentFormat }
  | { ok: false; id: ReadFailure; reason: string };

export interface Reader {
  /** Whether the bytes are this reader's format (by content: magic bytes, zip entries). */
  recognises(bytes: Uint8Array): boolean;
  /** The file's name decides only what content cannot (.doc or .wps: the same OLE format). */
  read(bytes: Uint8Array, name: string): Promise<ReadResult>;
  /** What the bytes are and what to provide, when they look like this format but do not read. */
  damaged: string;
}

/** Whether `bytes` start with `magic` (a byte list or an ASCII string). */
export function startsWith(bytes: Uint8Array, magic: number[] | string): boolean {
  const m = typeof magic === 'string' ? [...magic].map((c) => c.charCodeAt(0)) : magic;
  return m.every((b, i) => bytes[i] === b);
}
