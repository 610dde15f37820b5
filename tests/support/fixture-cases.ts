/**
 * The fixture folders `tests/fixtures/<set>/<case>/`, found by reading the folders:
 * `input.txt` (the source bytes), optional `gold.json` (hand annotation), `expected.json` (the whole split output)
 * and optional `case.json` `{ "source": "…" }` (the file name the split sees; default `<case>.txt`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { decodeText } from '../../src/split/read/decode-text.ts';
import { splitDocument, type SplitDocument } from '../../src/split/split-document.ts';
import type { Gold } from './gold-score.ts';

export const fixturesDir = new URL('../fixtures/', import.meta.url);

export interface FixtureCase {
  set: string;
  name: string;
  /** The case folder, with a final slash. */
  dir: URL;
  /** The file name passed to the split as `source`. */
  source: string;
}

/** What `expected.json` holds: the split output without `body` and `anchors` (a Map and object identities). */
export type SplitOutput = Omit<SplitDocument, 'body' | 'anchors'>;

const folders = (dir: URL) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** Every set folder that holds at least one case folder. */
export function fixtureSets(): string[] {
  return folders(fixturesDir).filter((set) => fixtureCases(set).length > 0);
}

/** The case folders (those with an `input.txt`) of one set, in name order. */
export function fixtureCases(set: string): FixtureCase[] {
  const setDir = new URL(`${set}/`, fixturesDir);
  return folders(setDir)
    .map((name) => ({ name, dir: new URL(`${name}/`, setDir) }))
    .filter(({ dir }) => existsSync(new URL('input.txt', dir)))
    .map(({ name, dir }) => ({ set, name, dir, source: sourceName(name, dir) }));
}

function sourceName(name: string, dir: URL): string {
  const file = new URL('case.json', dir);
  if (!existsSync(file)) return `${name}.txt`;
  const { source } = JSON.parse(readFileSync(file, 'utf8')) as { source?: unknown };
  if (typeof source !== 'string' || !source) throw new Error(`${file.pathname}: "source" must be a non-empty file name, got ${JSON.stringify(source)}`);
  return source;
}

/** The decoded text of `input.txt`, as the CLI reads it. */
export function caseText(c: FixtureCase): string {
  const decoded = decodeText(readFileSync(new URL('input.txt', c.dir)));
  if (!decoded.ok) throw new Error(`${c.set}/${c.name}/input.txt: ${decoded.reason}`);
  return decoded.text;
}

export function caseSplit(c: FixtureCase): SplitDocument {
  return splitDocument(caseText(c), c.source);
}

/** The split output as plain JSON data, the shape of `expected.json`. */
export function caseOutput(c: FixtureCase): SplitOutput {
  const { document, measures, goals, deadlines, problems, removals } = caseSplit(c);
  return JSON.parse(JSON.stringify({ document, measures, goals, deadlines, problems, removals }));
}

export function caseGold(c: FixtureCase): Gold | null {
  const file = new URL('gold.json', c.dir);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
