/** Scores the extraction against the hand annotations of the five source documents. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../src/lib/decode-text.ts';
import { splitDocument } from '../src/lib/split-document.ts';
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

const rows = Object.entries(sources).map(([goldSource, file]) => {
  const gold: Gold = JSON.parse(readFileSync(new URL(goldSource.replace(/\.txt$/, '.gold.json'), goldDir), 'utf8'));
  const pred = predict(new URL(`../content/sources/${file}`, import.meta.url), file);
  return {
    file, gold, pred,
    measures: scoreMeasures(pred.measures, gold.measures),
    units: scoreSets(pred.units, gold.units, false),
    deadlines: scoreSets(pred.deadlines, gold.deadlines, true),
    goals: scoreSets(pred.goals, gold.goals, true),
  };
});
const mean = (k: 'measures' | 'units' | 'deadlines' | 'goals') => rows.reduce((s, r) => s + r[k].f1, 0) / rows.length;

describe('extraction scored against the gold annotations of the five documents', () => {
  test.each(rows.map((r) => [r.file, r] as const))('%s: title, 发文字号, date and issuer are exact', (_f, r) => {
    expect(r.pred.title).toBe(r.gold.title);
    expect(r.pred.docNumber).toBe(r.gold.docNumber);
    expect(r.pred.date).toBe(r.gold.date);
    expect(r.pred.issuer).toBe(r.gold.issuer);
  });

  test('mean F1: measures ≥ 0.95, units ≥ 0.90, deadlines ≥ 0.90', () => {
    const table = rows.map((r) => `${r.file.slice(0, 12)}  measures ${r.measures.f1.toFixed(3)}  units ${r.units.f1.toFixed(3)}  deadlines ${r.deadlines.f1.toFixed(3)}  goals ${r.goals.f1.toFixed(3)}`);
    console.log([...table, `mean  measures ${mean('measures').toFixed(3)}  units ${mean('units').toFixed(3)}  deadlines ${mean('deadlines').toFixed(3)}  goals ${mean('goals').toFixed(3)}`].join('\n'));
    expect(mean('measures')).toBeGreaterThanOrEqual(0.95);
    expect(mean('units')).toBeGreaterThanOrEqual(0.9);
    expect(mean('deadlines')).toBeGreaterThanOrEqual(0.9);
  });
});
