/**
 * A library built in parts (scripts/build-site.ts: one Astro build for the library pages, one per
 * share of the documents, src/site/site-part.ts) is the same site as the library built in one:
 * every file the same bytes. The library is the five seed documents and the 21 real ones, in
 * parts of four documents, so related measures, term pages, unit links and cited 文号 cross parts.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCases } from '../support/fixture-cases.ts';
import { partsWorkDir } from '../../scripts/build/site-plan.ts';
import { fileURLToPath } from 'node:url';

const node = process.execPath;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('a library built in parts', () => {
  let root: string;
  let whole: string;
  let parts: string;
  let log: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'site-parts-'));
    const sources = join(root, 'sources');
    mkdirSync(sources);
    for (const name of readdirSync('content/sources')) copyFileSync(join('content/sources', name), join(sources, name));
    for (const c of fixtureCases('real')) copyFileSync(fileURLToPath(new URL('input.txt', c.dir)), join(sources, c.source));
    const collections = join(root, 'collections');
    const env = { ...process.env, POLICY_COLLECTIONS: collections, SITE_URL: '' };
    execFileSync(node, ['scripts/split.ts', '--in', sources, '--out', collections, '--quiet'], { env, stdio: 'pipe' });
    whole = join(root, 'whole');
    parts = join(root, 'parts');
    execFileSync(node, ['scripts/build-site.ts', '--silent'], { env: { ...env, POLICY_DIST: whole, POLICY_SITE_DOCUMENTS_PER_PART: '1000' }, stdio: 'pipe' });
    log = execFileSync(node, ['scripts/build-site.ts', '--silent'], { env: { ...env, POLICY_DIST: parts, POLICY_SITE_DOCUMENTS_PER_PART: '4', POLICY_SITE_JOBS: '2' }, stdio: 'pipe', encoding: 'utf8' });
  }, 600_000);
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  it('is built in parts of at most four documents', () => {
    expect(log).toContain('26 documents in 7 parts of at most 4');
  });

  it('has every file of the library built in one, with the same bytes', () => {
    const files = filesUnder(whole);
    expect(filesUnder(parts)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(whole, f)).equals(readFileSync(join(parts, f))));
    expect(differing).toEqual([]);
  });

  it('has measure pages with related measures, unit links and term links', () => {
    // What a part takes from the library facts: without these the comparison above would not cover it.
    const measures = readdirSync(join(parts, 'measures'));
    const pages = measures.map((id) => readFileSync(join(parts, 'measures', id, 'index.html'), 'utf8'));
    expect(pages.filter((html) => html.includes('其他文件中的相关措施')).length).toBeGreaterThan(10);
    expect(pages.filter((html) => /href="[^"]*units\/[^"]+"/.test(html)).length).toBeGreaterThan(100);
    expect(pages.filter((html) => /href="[^"]*terms\/[^"]+"/.test(html)).length).toBeGreaterThan(0);
  });

  it('leaves no part behind', () => {
    expect(existsSync(partsWorkDir(process.cwd(), parts))).toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
