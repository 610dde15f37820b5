/**
 * Checks a built site (dist/) against the split's export (content/split.json): every document,
 * measure and unit has its page, every internal link and #anchor resolves, and every page carries
 * the head tags sharing needs. Reads files only; build first (`npm run build:site`).
 *
 * POLICY_DIST and POLICY_SPLIT_JSON override the two paths (e.g. for a sample build).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = process.env.POLICY_DIST || 'dist';
const splitJson = process.env.POLICY_SPLIT_JSON || 'content/split.json';
const built = existsSync(join(dist, 'index.html'));
const haveSplit = existsSync(splitJson);

if (!built) console.warn(`[dist.test] skipped: no ${dist}/index.html — run \`npm run build:site\` first.`);
else if (!haveSplit) console.warn(`[dist.test] data checks skipped: no ${splitJson} — run \`npm run split\` first.`);

interface SplitExport {
  documents: { id: string; url: string; measures: { id: string; url: string; units: string[] }[] }[];
}

interface Page {
  /** Site path, `/measures/x/`. */
  path: string;
  html: string;
  ids: Set<string>;
  hrefs: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return htmlFiles(file);
    return name.endsWith('.html') ? [file] : [];
  });
}

/** `dist/a/b/index.html` → `/a/b/`; `dist/404.html` → `/404.html`. */
function sitePath(file: string): string {
  const rel = '/' + relative(dist, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const attrs = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => decode(m[1]));
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];

function loadPages(): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const path = sitePath(file);
    pages.set(path, { path, html, ids: new Set(attrs(html, 'id')), hrefs: [...attrs(html, 'href'), ...attrs(html, 'src')] });
  }
  return pages;
}

/** An href as a site path in folder form (`/measures/x/`), whether written served-style or offline-style. */
function sitePathOf(page: Page, href: string): string {
  const path = href.split('#')[0];
  const abs = path === '' ? page.path : posix.resolve(page.path.endsWith('/') ? page.path : posix.dirname(page.path), path) + (path.endsWith('/') ? '/' : '');
  return abs.replace(/\/+$/, '/').replace(/\/index\.html$/, '/');
}

/** Whether a root path names a built page or a file in dist. */
function resolves(pages: Map<string, Page>, path: string): Page | 'file' | undefined {
  const page = pages.get(path) ?? pages.get(path + '/');
  if (page) return page;
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile() ? 'file' : undefined;
}

describe.skipIf(!built)('built site', () => {
  const pages = built ? loadPages() : new Map<string, Page>();
  const split: SplitExport | undefined = built && haveSplit ? JSON.parse(readFileSync(splitJson, 'utf8')) : undefined;
  const reading = [...pages.values()].filter((p) => p.path !== '/404.html');

  describe.skipIf(!split)('pages for the split data', () => {
    it('has a page for every document', () => {
      const missing = split!.documents.filter((d) => !pages.has(d.url)).map((d) => d.url);
      expect(missing).toEqual([]);
    });

    it('has a page for every measure', () => {
      const missing = split!.documents.flatMap((d) => d.measures).filter((m) => !pages.has(m.url)).map((m) => m.url);
      expect(missing).toEqual([]);
    });

    it('links every unit of a measure to a unit page from the measure page', () => {
      const problems: string[] = [];
      for (const m of split!.documents.flatMap((d) => d.measures)) {
        const page = pages.get(m.url);
        if (!page) continue;
        for (const unit of m.units) {
          const link = page.html.match(new RegExp(`<a href="([^"]+)">${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a>`));
          const target = link && sitePathOf(page, link[1]);
          if (!target?.startsWith('/units/')) problems.push(`${m.url}: no link for unit ${unit}`);
          else if (!pages.has(target)) problems.push(`${m.url}: ${target} has no page`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('anchors every measure in its document page', () => {
      const problems: string[] = [];
      for (const d of split!.documents) {
        const page = pages.get(d.url);
        for (const m of d.measures) {
          if (page && !page.hrefs.some((h) => sitePathOf(page, h) === m.url)) problems.push(`${d.url}: no link to ${m.url}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('resolves every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const href of page.hrefs) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
        const anchor = href.split('#')[1];
        const target = resolves(pages, sitePathOf(page, href));
        if (!target) broken.push(`${page.path}: ${href} (no such page)`);
        else if (anchor && (target === 'file' || !target.ids.has(decodeURIComponent(anchor)))) broken.push(`${page.path}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes internal links relative and naming a file (one dist/ for file://, / and a sub-path)', () => {
    const problems: string[] = [];
    for (const page of reading) {
      for (const m of page.html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
        const url = decode(m[2]!);
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) continue;
        const path = url.replace(/[?#].*$/, '');
        if (url.startsWith('/')) problems.push(`${page.path}: ${m[1]}="${url}" is root-relative`);
        else if (path === '' || path.endsWith('/') || /(^|\/)\.\.?$/.test(path)) problems.push(`${page.path}: ${m[1]}="${url}" names a folder`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every page the head tags for reading and sharing', () => {
    const problems: string[] = [];
    for (const { path, html } of pages.values()) {
      const need = (ok: unknown, what: string) => ok || problems.push(`${path}: ${what}`);
      need(/<html lang="zh-CN"/.test(html), 'html lang="zh-CN"');
      need(/<title>[^<]+<\/title>/.test(html), '<title>');
      for (const key of ['description', 'og:title', 'og:description', 'og:type']) need(meta(html, key), key);
      // Link previews read only absolute addresses: with SITE_URL all three, without it none.
      const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
      const [image, url] = [meta(html, 'og:image'), meta(html, 'og:url')];
      if (canonical) {
        need(/^https?:\/\//.test(canonical), 'absolute canonical');
        need(url === canonical, 'og:url equal to canonical');
        need(/^https?:\/\/.+\/og\.png$/.test(image ?? ''), 'absolute og:image');
      } else need(!image && !url, 'no og:image or og:url without SITE_URL');
      need((html.match(/data-pagefind-body/g) ?? []).length === 1 && /<main[^>]*data-pagefind-body/.test(html), 'data-pagefind-body on <main> only');
      need(/<header[^>]*data-pagefind-ignore/.test(html) && /<footer[^>]*data-pagefind-ignore/.test(html), 'data-pagefind-ignore on header and footer');
    }
    expect(problems).toEqual([]);
  });

  it('gives every page a title of its own', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { path, html } of reading) {
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
      if (seen.has(title)) dupes.push(`${path} and ${seen.get(title)}: ${title}`);
      seen.set(title, path);
    }
    expect(dupes).toEqual([]);
  });

  it('keeps measure pages small (≤ 20 KB of HTML)', () => {
    const big = reading
      .filter((p) => p.path.startsWith('/measures/'))
      .map((p) => ({ path: p.path, kb: Buffer.byteLength(p.html) / 1024 }))
      .filter((p) => p.kb > 20)
      .map((p) => `${p.path}: ${p.kb.toFixed(1)} KB`);
    expect(big).toEqual([]);
  });

  it('runs no script from a file but the deferred deadline status (reading works without JavaScript and from disk)', () => {
    // deadlines/status.js only adds 已逾期 / 本月到期 … beside dates the page already shows; it is a
    // classic script, so it runs from disk too (tests/browser/deadlines.test.ts).
    const status = /<script src="(?:\.\.\/)*(?:deadlines\/)?status\.js" defer><\/script>/g;
    const external = reading.filter((p) => /<script[^>]+src=/.test(p.html.replace(status, ''))).map((p) => p.path);
    expect(external).toEqual([]);
  });
});
