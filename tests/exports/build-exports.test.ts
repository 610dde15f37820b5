/**
 * `npm run build:exports` on worker threads writes what it writes on one: the same files, the same
 * bytes; and its shares keep the views of one file together, in order.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExports, shareViews } from '../../scripts/build-exports.ts';
import type { ScopedView } from '../../scripts/exports/write-views.ts';
import type { ExportRow } from '../../src/exports/index.ts';
import { smallSplit } from './small-split.ts';

const root = mkdtempSync(join(tmpdir(), 'exports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, by path. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))]));
}

const view = (scope: 'document' | 'unit', id: string, rows: number): ScopedView => ({
  scope, id, view: { title: id, rows: Array.from({ length: rows }, () => ({}) as ExportRow), documents: [], units: [] },
});

describe('build:exports', () => {
  it('writes the same files and bytes on three threads as on one', async () => {
    const one = await buildExports(smallSplit, join(root, 'one'), undefined, 1);
    const three = await buildExports(smallSplit, join(root, 'three'), undefined, 3);
    expect(three).toEqual(one);
    const a = tree(join(root, 'one'));
    const b = tree(join(root, 'three'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(a.size).toBe(one.files);
    for (const [path, bytes] of a) expect(b.get(path)!.equals(bytes), path).toBe(true);
  });

  it('shares views by work, the main thread counting the library, one file’s views together and in order', () => {
    const views = [view('unit', 'a', 100), view('unit', 'b', 90), view('unit', 'a', 5), view('document', 'a', 80), view('unit', 'c', 10)];
    const shares = shareViews(views, 2, 60);
    expect(shares.map((s) => s.map((v) => `${v.scope}/${v.id}:${v.view.rows.length}`))).toEqual([
      ['unit/b:90', 'unit/c:10'],
      ['unit/a:100', 'unit/a:5', 'document/a:80'],
    ]);
    expect(shareViews(views, 1, 60)).toEqual([views]);
  });
});
