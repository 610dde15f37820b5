/** A PDF → the pipeline's text. (Reader to come; until then a PDF is reported, not read.) */
import type { ReadResult } from '../reader.ts';

export async function pdfToText(_bytes: Uint8Array): Promise<ReadResult> {
  return { ok: false, id: 'undecodable', reason: 'PDF 暂不能读取' };
}
