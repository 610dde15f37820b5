/**
 * A .docx (an OOXML zip) → the pipeline's text. The parts are unzipped with fflate and walked
 * (docx-blocks.ts), because what a general converter drops is what the split needs: Word's
 * automatic numbering as written, vertical merges, bold leads.
 *
 * Parts, each by a named rule:
 * - `body`: word/document.xml, in reading order (paragraphs, tables, text boxes).
 * - `page-furniture`: headers and footers (word/header*.xml, footer*.xml) are not read: page numbers
 *   and running titles are no part of the text.
 * - `notes-appended`: footnotes and endnotes are appended after the body, in the order they are
 *   referred to, each on a line `注N：…`.
 * - `comments-dropped`: reviewers' comments are not the document's text.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { parseXml, childrenNamed, child, type XmlElement } from './xml-tree.ts';
import { numberingDefinitions, createNumberer } from './docx-numbering.ts';
import { docxStyles } from './docx-styles.ts';
import { blocksToLines, type BlockContext } from './docx-blocks.ts';
import type { ReadResult } from '../reader.ts';

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

function notesById(root: XmlElement | undefined, element: string): Map<string, XmlElement> {
  const all = childrenNamed(root && child(root, `w:${element}s`), `w:${element}`);
  return new Map(all.filter((n) => !n.attrs['w:type'] || n.attrs['w:type'] === 'normal').map((n) => [n.attrs['w:id'], n]));
}

export function docxToText(bytes: Uint8Array): ReadResult {
  let parts: Record<string, XmlElement>;
  try {
    const files = unzipSync(bytes, { filter: (f) => PARTS.includes(f.name) });
    parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, parseXml(strFromU8(data))]));
  } catch (cause) {
    return { ok: false, id: 'undecodable', reason: `docx 文件已损坏，无法解压（${(cause as Error).message}）` };
  }
  const body = child(child(parts['word/document.xml'], 'w:document'), 'w:body');
  if (!body) return { ok: false, id: 'undecodable', reason: 'docx 文件缺少正文（word/document.xml）' };
  const ctx: BlockContext = {
    styles: docxStyles(parts['word/styles.xml']),
    number: createNumberer(numberingDefinitions(parts['word/numbering.xml'])),
    notes: [],
  };
  const lines = blocksToLines(body, ctx);
  const footnotes = notesById(parts['word/footnotes.xml'], 'footnote');
  const endnotes = notesById(parts['word/endnotes.xml'], 'endnote');
  ctx.notes.forEach((ref, i) => {
    const note = (ref[0] === 'e' ? endnotes : footnotes).get(ref.slice(1));
    const text = note ? blocksToLines(note, { ...ctx, notes: [] }).join(' ').trim() : '';
    if (text) lines.push(`注${i + 1}：${text}`);
  });
  return { ok: true, text: lines.join('\n'), format: 'docx' };
}
