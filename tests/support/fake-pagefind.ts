/**
 * An in-memory stand-in for Pagefind's Chinese index, for engine tests without a built site. It
 * files words the way the real index does (measured, see src/search/engine/pieces.ts): the text is split
 * into words (Intl.Segmenter), every pair of adjacent Han characters is filed under the position
 * of the word holding the first one, one-character words and non-Han words as themselves, and
 * a query piece matches the entries it is a prefix of. Pages are `title. text`, like Pagefind's
 * content, which opens with the <h1>.
 */
import type { Filters, Hit, PageData, Retriever } from '../../src/search/engine/types.ts';

/** A block of a page's text; one with an anchor is an element with that id where the block starts. */
export interface FakeBlock {
  text: string;
  anchor?: string;
  /** The element's tag (default `div`): `section`, `mark`, `h2` … */
  element?: string;
}

export interface FakePage {
  url: string;
  title: string;
  /** The page text, or its blocks (joined with `. ` as Pagefind joins blocks), which also give the anchors. */
  text: string | FakeBlock[];
  filters?: Record<string, string[]>;
  meta?: Record<string, string>;
  anchors?: PageData['anchors'];
}

const han = /^\p{Script=Han}$/u;

function wordsOf(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

function entriesOf(words: string[]): [string, number][] {
  const entries: [string, number][] = [];
  words.forEach((word, w) => {
    const chars = [...word.toLowerCase()];
    if (!chars.some((c) => han.test(c))) {
      if (/[\p{L}\p{N}]/u.test(word)) entries.push([word.toLowerCase(), w]);
      return;
    }
    if (chars.length === 1) entries.push([chars[0]!, w]);
    chars.forEach((c, i) => {
      const next = chars[i + 1] ?? [...(words[w + 1] ?? '')][0];
      if (han.test(c) && next && han.test(next)) entries.push([c + next, w]);
    });
  });
  return entries;
}

export interface FakeRetriever extends Retriever {
  /** Ids of the pages loaded so far (what a browser would have downloaded). */
  loaded: Set<string>;
}

/** The page's words, and an anchor at the first word of every block that has one. */
function layout(page: FakePage): { words: string[]; anchors: PageData['anchors'] } {
  if (typeof page.text === 'string') return { words: wordsOf(`${page.title}. ${page.text}`), anchors: page.anchors ?? [] };
  const words = wordsOf(page.title);
  const anchors: PageData['anchors'] = [];
  for (const block of page.text) {
    words.push(...wordsOf('. '));
    if (block.anchor) anchors.push({ element: block.element ?? 'div', id: block.anchor, text: block.text, location: words.length });
    words.push(...wordsOf(block.text));
  }
  return { words, anchors };
}

export function fakeRetriever(pages: FakePage[]): FakeRetriever {
  const indexed = pages.map((page, i) => {
    const { words, anchors } = layout(page);
    return { id: `p${i}`, page, words, anchors, entries: entriesOf(words), filters: page.filters ?? {} };
  });
  const passes = (filters: Filters, own: Record<string, string[]>) =>
    Object.entries(filters).every(([key, values]) => !values?.length || values.some((v) => own[key]?.includes(v)));
  const loaded = new Set<string>();
  const find = (piece: string, filters: Filters): Hit[] =>
    indexed.flatMap((p) => {
      if (!passes(filters, p.filters)) return [];
      const words = p.entries.filter(([e]) => e.startsWith(piece.toLowerCase())).map(([, w]) => w);
      const titleWords = wordsOf(p.page.title).length;
      return words.length ? [{ id: p.id, words, score: words.length / p.words.length, inTitle: words.some((w) => w < titleWords) }] : [];
    });
  return {
    loaded,
    find: async (piece, filters) => find(piece, filters),
    all: async (filters) => indexed.filter((p) => passes(filters, p.filters)).map((p) => ({ id: p.id, words: [], score: 0, inTitle: false })),
    async loose(pieces, filters) {
      const each = pieces.map((piece) => new Map(find(piece, filters).map((h) => [h.id, h])));
      const live = each.filter((m) => m.size > 0);
      if (live.length === 0) return [];
      return [...live[0]!.values()].filter((h) => live.every((m) => m.has(h.id)));
    },
    async load(id) {
      const p = indexed.find((x) => x.id === id);
      if (!p) throw new Error(`no page ${id}`);
      loaded.add(id);
      return {
        url: p.page.url,
        content: p.words.join('\u200b'),
        meta: { title: p.page.title, ...(p.page.meta ?? {}) },
        filters: p.filters,
        anchors: p.anchors,
      };
    },
  };
}
