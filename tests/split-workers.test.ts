/**
 * The split on worker threads gives what the main thread alone gives: the hostile library
 * (tests/fixtures/hostile: bad files, id collisions renamed or dropped across workers' shares) and
 * the five seeds, split with POLICY_SPLIT_WORKERS 0, 1 and 3, byte for byte, problems in the same order.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeHostileLibrary, type HostileCases } from './fixtures/hostile/generate.ts';
import { fixtureCases } from './support/fixture-cases.ts';
import { workerCount } from '../scripts/split/split-pool.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cases: HostileCases = JSON.parse(readFileSync(new URL('./fixtures/hostile/expected.json', import.meta.url), 'utf8'));
const workspace = mkdtempSync(join(tmpdir(), 'split-workers-'));
const sources = join(workspace, 'sources');

/** Every file under `dir`, by relative path, as bytes in hex (the originals are not all text). */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) files[join(e.parentPath, e.name).slice(dir.length + 1)] = readFileSync(join(e.parentPath, e.name)).toString('hex');
  }
  return files;
}

function split(workers: string) {
  const out = mkdtempSync(join(workspace, `out-${workers}-`));
  const r = spawnSync(process.execPath, [join(root, 'scripts/split.ts'), '--in', sources, '--out', join(out, 'collections'), '--json', join(out, 'split.json'), '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, POLICY_SPLIT_WORKERS: workers },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, files: tree(out) };
}

let runs: Record<'0' | '1' | '3', ReturnType<typeof split>>;

beforeAll(() => {
  mkdirSync(sources);
  writeHostileLibrary(sources, cases);
  for (const c of fixtureCases('seeds')) copyFileSync(new URL('input.txt', c.dir), join(sources, c.source));
  runs = { '0': split('0'), '1': split('1'), '3': split('3') };
}, 300_000);

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the split on worker threads', () => {
  test('one worker and three workers write the same collections, originals and JSON as the main thread alone', () => {
    expect(Object.keys(runs['0'].files).length).toBeGreaterThan(100);
    expect(runs['1'].files).toEqual(runs['0'].files);
    expect(runs['3'].files).toEqual(runs['0'].files);
  });

  test('bad files in a worker’s share are reported in the same order and skipped, and the run succeeds', () => {
    // Found while reading, in a worker: undecodable and empty files.
    expect(runs['3'].stderr).toMatch(/^图片\.txt:0: 错误: 无法读取：/m);
    expect(runs['3'].stderr).toMatch(/^空\.txt:0: 警告: 空文件，已跳过$/m);
    for (const n of ['1', '3'] as const) {
      expect(runs[n].status).toBe(runs['0'].status);
      expect(runs[n].stderr).toBe(runs['0'].stderr);
      expect(runs[n].stdout).toBe(runs['0'].stdout);
    }
    expect(runs['3'].stderr).not.toMatch(/^\s+at /m);
  });
});

describe('how many workers', () => {
  test('by default none below 40 files, then one a core', () => {
    const cores = Math.min(availableParallelism(), 8);
    expect(workerCount(39, undefined)).toBe(0);
    expect(workerCount(10_000, undefined)).toBe(cores < 2 ? 0 : cores);
  });

  test('POLICY_SPLIT_WORKERS is followed, never beyond one worker a file', () => {
    expect(workerCount(5, '3')).toBe(3);
    expect(workerCount(2, '3')).toBe(2);
    expect(workerCount(10_000, '0')).toBe(0);
  });

  test('a setting that is no count is refused with its value', () => {
    expect(() => workerCount(10, 'two')).toThrow('POLICY_SPLIT_WORKERS 应为 0 或正整数，而不是“two”');
    expect(() => workerCount(10, '-1')).toThrow('“-1”');
  });
});
