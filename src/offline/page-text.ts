/**
 * Built page → what search reads from it, the way Pagefind reads it: only the element marked
 * `data-pagefind-body`, without `data-pagefind-ignore` subtrees, scripts, styles and form
 * controls; block boundaries become spaces so two paragraphs never run into one word. Filters and
 * metadata come from `data-pagefind-filter` / `data-pagefind-meta` when the page sets them.
 * Text in, data out: no fs.
 */

export interface PageText {
  /** `data-pagefind-meta="title"` (or `title:…`), else the first <h1>, else <title>. */
  title: string;
  /** Visible text of the indexed part, whitespace collapsed. */
  text: string;
  /** `data-pagefind-filter` values by key, in page order. */
  filters: Record<string, string[]>;
  /** `data-pagefind-meta` values by key. */
  meta: Record<string, string>;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never text a reader sees as the page's words. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'button', 'svg']);
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'data', 'del', 'ins']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** `&amp;` `&#20013;` `&#x4e2d;` `&nbsp;` … → characters. */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function attrsOf(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return attrs;
}

/** `key:value` → [key, value]; a bare `key` takes the element's text. */
function keyValue(spec: string): [string, string | null] {
  const colon = spec.indexOf(':');
  return colon < 0 ? [spec.trim(), null] : [spec.slice(0, colon).trim(), spec.slice(colon + 1).trim()];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The searchable parts of one page, or null when the page has no `data-pagefind-body`. */
export function htmlToPageText(html: string): PageText | null {
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  const out: string[] = [];
  let inBody = 0; // depth inside the body element, 0 = outside
  let ignore = 0; // depth inside an ignored or skipped element, 0 = not ignoring
  let found = false;
  let h1: string | null = null;
  let title: string | null = null;
  // Elements whose text becomes a filter or meta value once they close: [depth, kind, key, start].
  const pending: { depth: number; kind: 'filter' | 'meta' | 'h1' | 'title'; key: string; start: number }[] = [];
  const texts: string[] = []; // every text node, for element-text values
  let depth = 0;

  for (const m of html.matchAll(TOKEN)) {
    const [token, close, rawName, attrSource = '', selfClose] = m;
    if (rawName === undefined) {
      if (token.startsWith('<!--')) continue;
      const text = decodeEntities(token);
      texts.push(text);
      if (inBody && !ignore) out.push(text);
      continue;
    }
    const name = rawName.toLowerCase();
    if (close) {
      depth--;
      while (pending.length && pending[pending.length - 1]!.depth > depth) {
        const p = pending.pop()!;
        const value = squash(texts.slice(p.start).join(''));
        if (p.kind === 'filter') (filters[p.key] ??= []).push(value);
        else if (p.kind === 'meta') meta[p.key] ??= value;
        else if (p.kind === 'h1') h1 ??= value;
        else title ??= value;
      }
      if (ignore && depth < ignore) ignore = 0;
      if (inBody && depth < inBody) inBody = 0;
      if (inBody && !INLINE.has(name)) out.push(' ');
      continue;
    }
    if (VOID.has(name) || selfClose) {
      if (inBody && !ignore && !INLINE.has(name)) out.push(' ');
      if (name === 'meta' || name === 'img') collectAttrs(attrsOf(attrSource), null);
      continue;
    }
    depth++;
    const attrs = attrsOf(attrSource);
    if (attrs.has('data-pagefind-body') && !found) {
      found = true;
      inBody = depth;
    }
    if (!ignore && (attrs.has('data-pagefind-ignore') || SKIP.has(name))) ignore = depth;
    if (inBody && !ignore && !INLINE.has(name)) out.push(' ');
    if (name === 'h1' && inBody && !ignore) pending.push({ depth, kind: 'h1', key: '', start: texts.length });
    if (name === 'title') pending.push({ depth, kind: 'title', key: '', start: texts.length });
    collectAttrs(attrs, depth);
  }

  function collectAttrs(attrs: Map<string, string>, at: number | null) {
    for (const [attr, kind] of [['data-pagefind-filter', 'filter'], ['data-pagefind-meta', 'meta']] as const) {
      const spec = attrs.get(attr);
      if (spec === undefined) continue;
      for (const part of spec.split(',')) {
        const [key, value] = keyValue(part);
        if (!key) continue;
        if (value !== null) {
          if (kind === 'filter') (filters[key] ??= []).push(value);
          else meta[key] ??= value;
        } else if (at !== null) pending.push({ depth: at, kind, key, start: texts.length });
      }
    }
  }

  if (!found) return null;
  return { title: meta.title ?? h1 ?? title ?? '', text: squash(out.join('')), filters, meta };
}
