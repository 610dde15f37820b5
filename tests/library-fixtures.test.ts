/**
 * What the split decides only with the whole library in view, on a small library of its own:
 * tests/fixtures/homophones (榆林市 and 玉林市 documents that both name 市教育局 and 市公安局, two of
 * them numbered 榆政发〔2020〕1号 and 玉政发〔2020〕1号). The CLI splits the set's documents on the
 * main thread and on two workers; the ids it writes are compared exactly with `library.json`
 * (`UPDATE=1 npx vitest run tests/library-fixtures.test.ts` rewrites it), and every entry is
 * compared with its document's own split (the case's expected.json): only ids may differ.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureCases, type SplitOutput } from './support/fixture-cases.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const set = 'homophones';
const expectedFile = new URL(`./fixtures/${set}/library.json`, import.meta.url);
const workspace = mkdtempSync(join(tmpdir(), 'library-fixtures-'));
const sources = join(workspace, 'sources');
const cases = fixtureCases(set);

type Entry = Record<string, unknown> & { id: string };
const frontmatter = (file: string): Entry => JSON.parse(readFileSync(file, 'utf8').split('\n---')[0].replace(/^---\n/, ''));
const entries = (out: string, collection: string) =>
  readdirSync(join(out, collection)).sort().map((f) => frontmatter(join(out, collection, f)));

function split(workers: string) {
  const out = join(workspace, `out-${workers}`);
  const r = spawnSync(process.execPath, [join(root, 'scripts/split.ts'), '--in', sources, '--out', out, '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, POLICY_SPLIT_WORKERS: workers, POLICY_READ_CACHE: 'off' },
  });
  return { status: r.status, stderr: r.stderr, documents: entries(out, 'documents'), measures: entries(out, 'measures'), units: entries(out, 'units') };
}
type Run = ReturnType<typeof split>;

/** The ids of a run, the shape of library.json. */
function idsOf(run: Run) {
  const pairs = (e: Entry) => (e.units as string[]).map((name, i) => `${name} → ${(e.unitIds as string[])[i]}`);
  return {
    problems: run.stderr.trim().split('\n'),
    documents: Object.fromEntries(run.documents.map((d) => [d.source as string, { id: d.id, units: pairs(d) }])),
    measures: Object.fromEntries(run.measures.map((m) => [m.id, pairs(m)])),
    units: run.units.map((u) => ({ id: u.id, name: u.name, jurisdiction: u.jurisdiction, url: u.url, measures: (u.measures as { id: string }[]).map((m) => m.id) })),
  };
}

let runs: Record<'0' | '2', Run>;

beforeAll(() => {
  mkdirSync(sources);
  for (const c of cases) copyFileSync(new URL('input.txt', c.dir), join(sources, c.source));
  runs = { '0': split('0'), '2': split('2') };
}, 120_000);

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe(`the ${set} library`, () => {
  test('the ids written equal library.json, on the main thread and on two workers', () => {
    const actual = idsOf(runs['0']);
    if (process.env.UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(expectedFile)) throw new Error(`${set}/library.json is missing; run UPDATE=1 npx vitest run tests/library-fixtures.test.ts`);
    expect(runs['0'].status).toBe(0);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    expect(idsOf(runs['2'])).toEqual(actual);
  });

  test('two bodies whose names read alike get two unit pages, each listing its own measures', () => {
    // One unit file a body: a shared id would leave one file for two bodies.
    expect(runs['0'].units.map((u) => `${u.name}（${u.jurisdiction}）`).sort()).toEqual([
      '市公安局（榆林市）', '市公安局（玉林市）', '市卫生健康委（玉林市）', '市应急管理局（榆林市）', '市教育局（榆林市）', '市教育局（玉林市）', '市财政局（榆林市）',
    ].sort());
    // Every measure that names a unit links to that unit's page, and the page lists it back.
    const jurisdictionOf = new Map(runs['0'].documents.map((d) => [d.id, d.jurisdiction]));
    const unitById = new Map(runs['0'].units.map((u) => [u.id, u]));
    for (const m of runs['0'].measures) {
      (m.unitIds as string[]).forEach((id, i) => {
        const unit = unitById.get(id);
        expect([unit?.jurisdiction, unit?.aliases]).toEqual([jurisdictionOf.get(m.documentId as string), [(m.units as string[])[i]]]);
        expect((unit?.measures as { id: string }[]).map((x) => x.id)).toContain(m.id);
      });
    }
  });

  test('apart from ids, every entry is what its document splits to alone', () => {
    for (const c of cases) {
      const alone: SplitOutput = JSON.parse(readFileSync(new URL('expected.json', c.dir), 'utf8'));
      const written = runs['0'].documents.find((d) => d.source === c.source)!;
      // A renamed document's measures carry its new id in theirs (measureId = document id + path).
      const renamed = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll(`"${alone.document.id}`, `"${written.id}`).replaceAll(`/${alone.document.id}`, `/${written.id}`));
      const withoutUnitIds = ({ unitIds: _, ...rest }: Entry) => rest;
      expect(withoutUnitIds(written)).toEqual(withoutUnitIds(renamed(alone.document)));
      const byId = (a: Entry, b: Entry) => (a.id < b.id ? -1 : 1);
      const measures = runs['0'].measures.filter((m) => m.documentId === written.id);
      expect(measures.map(withoutUnitIds)).toEqual(alone.measures.map((m) => renamed(m)).sort(byId).map(withoutUnitIds));
      expect(measures.length).toBeGreaterThan(0);
    }
  });
});
