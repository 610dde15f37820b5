/**
 * Where Adobe's predefined CJK character maps are (UniGB-UCS2-H, GBK-EUC-H, Adobe-GB1-UCS2, and
 * the Japanese, Korean and Traditional ones): the packed copies that pdfjs-dist ships in cmaps/,
 * read from disk by pdf.js, never fetched. A PDF whose font is not embedded and names such a map
 * (STSong-Light with UniGB-UCS2-H, as older Chinese office tools and Acrobat write) has no text
 * without them: pdf.js cannot tell which character a code is.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/** An installation fault, not a fault of the file being read: the split stops on it. */
export class MissingCMaps extends Error {}

/** The folder, ending in a separator (pdf.js appends `<name>.bcmap`); throws when pdfjs-dist is missing. */
let found: string | undefined;

export function pdfjsCMapFolder(): string {
  try {
    // Looked up once a process: every PDF asks.
    found ??= join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + sep;
    return found;
  } catch (cause) {
    throw new MissingCMaps('PDF 的中文字符映射表（pdfjs-dist/cmaps）缺失：请运行 npm install', { cause });
  }
}
