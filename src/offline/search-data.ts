/**
 * The offline search data: one record per indexed page, written as a classic script
 * (`window.__policyOfflineSearch = {…}`) because file:// pages may load classic scripts but not
 * fetch JSON or import modules (NOTES.md). Kept compact: records are arrays, kinds and documents
 * are written once and referred to by number. Text in, data out: no fs.
 */
import { offlineSearchGlobal } from './files.ts';
import type { PageText } from './page-text.ts';

/** What the site calls each kind of page, from the first folder of its path. */
export const pageKinds = {
  home: '首页',
  document: '文件',
  measure: '措施',
  unit: '责任单位',
  term: '术语',
  deadlines: '时限',
  goals: '目标',
  search: '搜索',
  other: '其他',
} as const;
export type PageKind = keyof typeof pageKinds;

export interface SearchRecord {
  /** Site path in folder form without the leading `/`: `measures/x/` (`` for the home page). */
  url: string;
  title: string;
  kind: PageKind;
  /** Id of the document the page belongs to (its own id on a document page), or ''. */
  document: string;
  /** Searchable text, as the page shows it. */
  text: string;
}

export interface SearchData {
  records: SearchRecord[];
  /** Document id → title, for result labels and the document filter. */
  documents: Record<string, string>;
}

/** `measures/x/` → `measure`; index pages of a section keep the section's own kind. */
export function kindOfPath(url: string): PageKind {
  const [first = '', second = ''] = url.split('/');
  if (first === '') return 'home';
  const byFolder: Record<string, PageKind> = { documents: 'document', measures: 'measure', units: 'unit', terms: 'term', deadlines: 'deadlines', goals: 'goals', search: 'search' };
  const kind = byFolder[first] ?? 'other';
  // `/units/` and `/terms/` list every unit / term: they are index pages, not a unit or a term.
  return (kind === 'unit' || kind === 'term') && second === '' ? 'other' : kind;
}

/** One page's record; `document` comes from the page's first link into documents/ when not its own. */
export function pageToRecord(url: string, page: PageText, html: string): SearchRecord {
  const kind = kindOfPath(url);
  const own = kind === 'document' ? url.split('/')[1]! : '';
  const linked = kind === 'measure' ? (html.match(/href="[^"]*?documents\/([^/"#?]+)\//)?.[1] ?? '') : '';
  return { url, title: page.title, kind, document: own || linked, text: page.text };
}

type Packed = { v: 1; kinds: PageKind[]; docs: [string, string][]; pages: [string, string, number, number, string][] };

/** Records → the body of the data script (JSON with tables for kinds and documents). */
export function packSearchData(data: SearchData): Packed {
  const kinds = [...new Set(data.records.map((r) => r.kind))];
  const docs = Object.entries(data.documents);
  const docIndex = new Map(docs.map(([id], i) => [id, i]));
  const pages = data.records.map((r): Packed['pages'][number] => [r.url, r.title, kinds.indexOf(r.kind), docIndex.get(r.document) ?? -1, r.text]);
  return { v: 1, kinds, docs, pages };
}

/** Inverse of packSearchData. */
export function unpackSearchData(packed: Packed): SearchData {
  const documents = Object.fromEntries(packed.docs);
  const records = packed.pages.map(([url, title, kind, doc, text]) => ({ url, title, kind: packed.kinds[kind]!, document: doc < 0 ? '' : packed.docs[doc]![0], text }));
  return { records, documents };
}

/** The classic script that carries the data. `</` is escaped so the text can never end a script. */
export function searchDataToScript(data: SearchData): string {
  const json = JSON.stringify(packSearchData(data)).replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.${offlineSearchGlobal}=${json};\n`;
}

export type { Packed as PackedSearchData };
