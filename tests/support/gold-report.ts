/**
 * Per-document scores of the split against the gold annotations of the fixture folders, and the table that
 * prints them. Pure of vitest, so a script can print the same table:
 * `for (const set of goldSets()) console.log(goldTable(set, goldRows(set)))`.
 */
import type { SplitDocument } from '../../src/split/split-document.ts';
import { caseGold, caseSplit, fixtureCases, fixtureSets, type FixtureCase } from './fixture-cases.ts';
import { scoreMeasures, scoreSets, type Gold, type Predicted, type Score } from './gold-score.ts';

export const METRICS = ['measures', 'units', 'deadlines', 'goals'] as const;
export type Metric = (typeof METRICS)[number];
export const META_FIELDS = ['title', 'docNumber', 'date', 'issuer'] as const;
export type MetaField = (typeof META_FIELDS)[number];
/** Exactness of each metadata field whose gold value is not null (a null gold field is not scored). */
export type MetaExact = Partial<Record<MetaField, boolean>>;

export interface GoldRow {
  case: FixtureCase;
  gold: Gold;
  pred: Predicted;
  scores: Record<Metric, Score>;
  meta: MetaExact;
}

export function predictedOf(split: SplitDocument): Predicted {
  const { document } = split;
  return {
    title: document.title, docNumber: document.docNumber, issuer: document.issuer, date: document.date,
    goals: split.goals.map((g) => g.text), measures: split.measures,
    units: document.units, deadlines: split.deadlines.map((d) => d.deadline.raw),
  };
}

export function scoreRow(c: FixtureCase, gold: Gold): GoldRow {
  const pred = predictedOf(caseSplit(c));
  const meta: MetaExact = {};
  for (const field of META_FIELDS) if (gold[field] !== null) meta[field] = pred[field] === gold[field];
  return {
    case: c, gold, pred, meta,
    scores: {
      measures: scoreMeasures(pred.measures, gold.measures),
      units: scoreSets(pred.units, gold.units, false),
      deadlines: scoreSets(pred.deadlines, gold.deadlines, true),
      goals: scoreSets(pred.goals, gold.goals, true),
    },
  };
}

/** The sets that have at least one case with a `gold.json`. */
export function goldSets(): string[] {
  return fixtureSets().filter((set) => fixtureCases(set).some((c) => caseGold(c)));
}

/** One scored row per case of the set that has a `gold.json`, in case-name order. */
export function goldRows(set: string): GoldRow[] {
  return fixtureCases(set).flatMap((c) => {
    const gold = caseGold(c);
    return gold ? [scoreRow(c, gold)] : [];
  });
}

export function setMeans(rows: GoldRow[]): Record<Metric, number> {
  const mean = (m: Metric) => (rows.length ? rows.reduce((s, r) => s + r.scores[m].f1, 0) / rows.length : 0);
  return { measures: mean('measures'), units: mean('units'), deadlines: mean('deadlines'), goals: mean('goals') };
}

const META_HEADS: Record<MetaField, string> = { title: 'title', docNumber: 'docNo', date: 'date', issuer: 'issuer' };
const mark = (exact: boolean | undefined) => (exact === undefined ? '–' : exact ? '✓' : '✗');

/** Per-document F1 and metadata exactness (✓ exact, ✗ not, – gold has none), then the set's mean. */
export function goldTable(set: string, rows: GoldRow[]): string {
  const width = Math.max(set.length + 8, ...rows.map((r) => r.case.name.length));
  const cells = (name: string, nums: string[], marks: string[]) =>
    [name.padEnd(width), ...nums.map((n, i) => n.padStart(METRICS[i].length)), ...marks.map((m, i) => m.padStart(META_HEADS[META_FIELDS[i]].length))].join('  ');
  const means = setMeans(rows);
  const exactCount = (f: MetaField) => {
    const scored = rows.filter((r) => r.meta[f] !== undefined);
    return `${scored.filter((r) => r.meta[f]).length}/${scored.length}`;
  };
  return [
    cells(set, [...METRICS], META_FIELDS.map((f) => META_HEADS[f])),
    ...rows.map((r) => cells(r.case.name, METRICS.map((m) => r.scores[m].f1.toFixed(3)), META_FIELDS.map((f) => mark(r.meta[f])))),
    cells(`mean (${rows.length})`, METRICS.map((m) => means[m].toFixed(3)), META_FIELDS.map(exactCount)),
  ].join('\n');
}
