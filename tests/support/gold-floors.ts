/**
 * Per-document floors, `tests/fixtures/<set>/floors.json`: case → the F1 each metric must not fall below
 * (a past score rounded down to 3 decimals) and, where kept, which metadata fields were exact.
 * Floors only rise: `raiseFloors` never lowers a number nor turns an exact field back to false.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fixturesDir } from './fixture-cases.ts';
import { META_FIELDS, METRICS, type GoldRow, type MetaExact, type Metric } from './gold-report.ts';

/**
 * `why` records a floor set below an earlier score by hand, with the reason (a gold annotation
 * that contradicts a rule the issues ask for); it is kept when floors are raised.
 */
export type Floor = Record<Metric, number> & { meta?: MetaExact; why?: Partial<Record<Metric, string>> };
export type Floors = Record<string, Floor>;

/** Scores are compared with this slack, so that a floor written from a score never fails on rounding. */
const EPSILON = 1e-9;

export const floorsFile = (set: string) => new URL(`${set}/floors.json`, fixturesDir);

export function readFloors(set: string): Floors {
  const file = floorsFile(set);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

export function writeFloors(set: string, floors: Floors): void {
  writeFileSync(floorsFile(set), `${JSON.stringify(floors, null, 2)}\n`);
}

export const roundDown3 = (x: number) => Math.floor(x * 1000 + EPSILON) / 1000;

/**
 * The floors raised to the current scores, one entry per row (cases no longer present are dropped).
 * With `withMeta`, a metadata field's exactness is recorded too; false becomes true, never the reverse.
 */
export function raiseFloors(old: Floors, rows: GoldRow[], withMeta: boolean): Floors {
  const floors: Floors = {};
  for (const row of rows) {
    const before = old[row.case.name];
    const floor = {} as Floor;
    for (const m of METRICS) floor[m] = Math.max(before?.[m] ?? 0, roundDown3(row.scores[m].f1));
    if (withMeta) {
      const meta: MetaExact = {};
      for (const f of META_FIELDS) if (row.meta[f] !== undefined) meta[f] = Boolean(before?.meta?.[f]) || row.meta[f];
      floor.meta = meta;
    }
    if (before?.why) floor.why = before.why;
    floors[row.case.name] = floor;
  }
  return floors;
}

/** One message per metric below its floor and per metadata field that was exact and no longer is. */
export function floorFailures(row: GoldRow, floor: Floor | undefined): string[] {
  const name = `${row.case.set}/${row.case.name}`;
  if (!floor) return [`${name}: no floor in tests/fixtures/${row.case.set}/floors.json; run UPDATE_FLOORS=1 npx vitest run tests/gold.test.ts`];
  const failures: string[] = [];
  for (const m of METRICS) {
    const score = row.scores[m].f1;
    if (score + EPSILON < floor[m]) failures.push(`${name}: ${m} F1 ${score.toFixed(3)} is below its floor ${floor[m].toFixed(3)}`);
  }
  for (const f of META_FIELDS) {
    if (floor.meta?.[f] && row.meta[f] === false) {
      failures.push(`${name}: ${f} was exact and no longer is: ${JSON.stringify(row.pred[f])}, gold ${JSON.stringify(row.gold[f])}`);
    }
  }
  return failures;
}
