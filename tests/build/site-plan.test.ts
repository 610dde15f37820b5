/**
 * Planning a build in parts (scripts/build/site-plan.ts): each part's collections hold exactly its
 * documents' entries, and its library facts name what its pages link to and nothing more. On the
 * five seed documents, in parts of two.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunksOf, defaultPartJobs, planSiteParts, type SitePlan } from '../../scripts/build/site-plan.ts';
import { libraryFactsSchema, type LibraryFacts } from '../../src/model/schemas/library-facts.ts';
import { frontmatterOf } from '../../src/site/frontmatter-loader.ts';
import { libraryFactsFile } from '../../src/site/site-part.ts';

const frontmatters = (dir: string) =>
  readdirSync(dir).sort().map((n) => frontmatterOf(readFileSync(join(dir, n), 'utf8'), n) as Record<string, unknown> & { id: string });

describe('planning a build in parts', () => {
  let root: string;
  let collections: string;
  let plan: SitePlan;
  let facts: LibraryFacts[];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'site-plan-'));
    collections = join(root, 'collections');
    execFileSync(process.execPath, ['scripts/split.ts', '--in', 'content/sources', '--out', collections, '--quiet'], { stdio: 'pipe' });
    plan = planSiteParts(collections, join(root, 'parts'), 2);
    facts = plan.parts.map((p) => libraryFactsSchema.parse(JSON.parse(readFileSync(join(p.collections, libraryFactsFile), 'utf8'))));
  }, 120_000);
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  it('shares the documents out newest first, at most two a part, each once', () => {
    const documents = frontmatters(join(collections, 'documents')) as { id: string; date: string | null }[];
    const order = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id)).map((d) => d.id);
    expect(plan.parts.map((p) => p.documentIds)).toEqual(chunksOf(order, 2));
    expect(plan.problems).toEqual([]);
  });

  it('gives each part exactly its documents’ measures, goals and deadlines, and no units', () => {
    for (const part of plan.parts) {
      const mine = new Set(part.documentIds);
      expect(readdirSync(part.collections).sort()).toEqual(['deadlines', 'documents', 'goals', libraryFactsFile, 'measures']);
      expect(frontmatters(join(part.collections, 'documents')).map((d) => d.id).sort()).toEqual([...part.documentIds].sort());
      for (const kind of ['measures', 'goals', 'deadlines']) {
        const all = frontmatters(join(collections, kind)).filter((e) => mine.has(e.documentId as string)).map((e) => e.id);
        expect(frontmatters(join(part.collections, kind)).map((e) => e.id), kind).toEqual(all);
      }
      expect(part.measureIds.sort()).toEqual(frontmatters(join(part.collections, 'measures')).map((m) => m.id).sort());
    }
  });

  it('names in a part’s facts exactly the units its documents and measures carry', () => {
    const units = new Map(frontmatters(join(collections, 'units')).map((u) => [u.id, u]));
    plan.parts.forEach((part, k) => {
      const named = new Set([
        ...frontmatters(join(part.collections, 'documents')).flatMap((d) => d.unitIds as string[]),
        ...frontmatters(join(part.collections, 'measures')).flatMap((m) => m.unitIds as string[]),
      ]);
      const expected = [...named].filter((id) => units.has(id)).sort();
      expect(facts[k]!.units.map((u) => u.id).sort()).toEqual(expected);
      for (const u of facts[k]!.units) expect(u).toEqual({ id: u.id, name: units.get(u.id)!.name, url: units.get(u.id)!.url, jurisdiction: units.get(u.id)!.jurisdiction });
    });
  });

  it('relates a part’s measures to measures of other documents, whichever part holds them', () => {
    const measures = new Map(frontmatters(join(collections, 'measures')).map((m) => [m.id, m]));
    const crossing = facts.flatMap((f, k) => f.related.flatMap(([id, list]) => list.map((r) => ({ k, id, r }))));
    expect(crossing.length).toBeGreaterThan(0);
    for (const { k, id, r } of crossing) {
      expect(plan.parts[k]!.measureIds).toContain(id);
      expect(r.measure.documentId).not.toBe(measures.get(id)!.documentId);
      expect(r.measure).toEqual({ id: r.measure.id, url: measures.get(r.measure.id)!.url, title: measures.get(r.measure.id)!.title, documentId: measures.get(r.measure.id)!.documentId });
      expect(new Map(facts[k]!.documentTitles).has(r.measure.documentId)).toBe(true);
    }
    expect(crossing.some(({ k, r }) => !plan.parts[k]!.documentIds.includes(r.measure.documentId))).toBe(true);
  });

  it('reports an entry it cannot read, with its file, and leaves it out', () => {
    const broken = join(root, 'broken');
    cpSync(collections, broken, { recursive: true });
    const [first] = readdirSync(join(broken, 'measures')).sort();
    writeFileSync(join(broken, 'measures', first!), '---\n{"id": "x"\n---\n');
    const again = planSiteParts(broken, join(root, 'broken-parts'), 2);
    expect(again.problems.map((p) => [p.file, p.id])).toEqual([[join(broken, 'measures', first!), first!.replace(/\.mdx$/, '')]]);
    expect(again.parts.flatMap((p) => p.measureIds)).not.toContain(first!.replace(/\.mdx$/, ''));
  });
});

describe('chunksOf', () => {
  it('cuts into consecutive runs of at most the size', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([], 2)).toEqual([]);
  });
});

describe('defaultPartJobs', () => {
  it('builds two parts at once from four parts on, one below, never more than the cores', () => {
    expect([1, 2, 3, 4, 20].map((n) => defaultPartJobs(n, 8))).toEqual([1, 1, 1, 2, 2]);
    expect(defaultPartJobs(20, 1)).toBe(1);
  });
});
