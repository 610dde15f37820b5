/** Scores the extraction against the hand annotations of the five source documents. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../src/split/read/decode-text.ts';
import { splitDocument } from '../src/split/split-document.ts';
import { scoreMeasures, scoreSets, type Gold, type Predicted } from './support/gold-score.ts';

const goldDir = new URL('./fixtures/gold/', import.meta.url);
const sources: Record<string, string> = JSON.parse(readFileSync(new URL('sources.json', goldDir), 'utf8'));

export function predict(file: URL, name: string): Predicted {
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) throw new Error(decoded.reason);
  const split = splitDocument(decoded.text, name);
  return {
    title: split.document.title, docNumber: split.document.docNumber, issuer: split.document.issuer, date: split.document.date,
    goals: split.goals.map((g) => g.text), measures: split.measures,
    units: split.document.units, deadlines: split.deadlines.map((d) => d.deadline.raw),
  };
}

const cases = [
  ...Object.entries(sources).map(([goldSource, file]) => ({
    set: 'seeds', file, goldFile: new URL(goldSource.replace(/\.txt$/, '.gold.json'), goldDir), text: new URL(`../content/sources/${file}`, import.meta.url),
  })),
  // Documents in other styles, annotated independently of the code (README.md in each folder).
  ...['genre', 'genre-2'].flatMap((set) => {
    const dir = new URL(`./fixtures/${set}/`, import.meta.url);
    return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => ({
      set, file: f.replace(/\.gold\.json$/, '.txt'), goldFile: new URL(f, dir), text: new URL(f.replace(/\.gold\.json$/, '.txt'), dir),
    }));
  }),
];

const rows = cases.map(({ set, file, goldFile, text }) => {
  const gold: Gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const pred = predict(text, file);
  return {
    set, file, gold, pred,
    measures: scoreMeasures(pred.measures, gold.measures),
    units: scoreSets(pred.units, gold.units, false),
    deadlines: scoreSets(pred.deadlines, gold.deadlines, true),
    goals: scoreSets(pred.goals, gold.goals, true),
  };
});
type Metric = 'measures' | 'units' | 'deadlines' | 'goals';
const mean = (set: string, k: Metric) => {
  const of = rows.filter((r) => r.set === set);
  return of.reduce((s, r) => s + r[k].f1, 0) / of.length;
};

describe.each(['seeds', 'genre', 'genre-2'])('extraction scored against the gold annotations (%s)', (set) => {
  test.each(rows.filter((r) => r.set === set).map((r) => [r.file, r] as const))('%s: title, 发文字号, date and issuer are exact', (_f, r) => {
    expect(r.pred.title).toBe(r.gold.title);
    expect(r.pred.docNumber).toBe(r.gold.docNumber);
    expect(r.pred.date).toBe(r.gold.date);
    expect(r.pred.issuer).toBe(r.gold.issuer);
  });

  test('mean F1: measures ≥ 0.95, units ≥ 0.90, deadlines ≥ 0.90, goals ≥ 0.85', () => {
    const of = rows.filter((r) => r.set === set);
    const f = (n: number) => n.toFixed(3);
    const table = of.map((r) => `${r.file.slice(0, 14).padEnd(14, '　')}  measures ${f(r.measures.f1)}  units ${f(r.units.f1)}  deadlines ${f(r.deadlines.f1)}  goals ${f(r.goals.f1)}`);
    console.log([...table, `mean (${set})  measures ${f(mean(set, 'measures'))}  units ${f(mean(set, 'units'))}  deadlines ${f(mean(set, 'deadlines'))}  goals ${f(mean(set, 'goals'))}`].join('\n'));
    expect(mean(set, 'measures')).toBeGreaterThanOrEqual(0.95);
    expect(mean(set, 'units')).toBeGreaterThanOrEqual(0.9);
    expect(mean(set, 'deadlines')).toBeGreaterThanOrEqual(0.9);
    expect(mean(set, 'goals')).toBeGreaterThanOrEqual(0.85);
  });
});
