/**
 * The two streams of a Word 97–2003 (or WPS) file that its list numbering is read from, through
 * word-extractor's own OLE reader (the package exports no other way to it): WordDocument, and the
 * table stream its FIB names (fWhichTblStm: 1Table or 0Table).
 */
import OleCompoundDoc from 'word-extractor/lib/ole-compound-doc.js';
import BufferReader from 'word-extractor/lib/buffer-reader.js';

function streamBytes(doc: OleCompoundDoc, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.stream(name).on('data', (c: Buffer) => chunks.push(c)).on('error', reject).on('end', () => resolve(Buffer.concat(chunks)));
  });
}

export async function docStreams(bytes: Buffer): Promise<{ word: Buffer; table: Buffer }> {
  const doc = new OleCompoundDoc(new BufferReader(bytes));
  await doc.read();
  const word = await streamBytes(doc, 'WordDocument');
  const table = await streamBytes(doc, (word.readUInt16LE(0x0a) & 0x0200) !== 0 ? '1Table' : '0Table');
  return { word, table };
}
