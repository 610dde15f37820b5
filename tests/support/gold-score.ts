/** Scores an extraction against a gold annotation, as tests/fixtures/README.md (“Gold annotations and scoring”) describes. */
import { foldWidth } from '../../src/model/name-key.ts';

export interface GoldMeasure { path: string; title: string; units: string[]; deadlines: string[] }
export interface Gold {
  source: string; title: string; docNumber: string | null; issuer: string | null; date: string | null;
  recipients: string | null; goals: string[]; measures: GoldMeasure[]; units: string[]; deadlines: string[];
}
export interface Predicted {
  title: string; docNumber: string | null; issuer: string | null; date: string | null;
  goals: string[]; measures: { title: string; text: string }[]; units: string[]; deadlines: string[];
}
export interface Score { precision: number; recall: number; f1: number }

const norm = (s: string) => foldWidth(s).replace(/\s+/g, '');

function score(tp: number, predicted: number, gold: number, matchedGold = tp): Score {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? matchedGold / gold : predicted ? 0 : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** One-to-one in order: a predicted measure matches when one title is contained in the other's title or text. */
export function scoreMeasures(pred: Predicted['measures'], gold: GoldMeasure[]): Score {
  let g = 0;
  let tp = 0;
  for (const p of pred) {
    for (let k = g; k < gold.length; k++) {
      const gt = norm(gold[k].title);
      const pt = norm(p.title);
      if (gt.includes(pt) || pt.includes(gt) || norm(p.text).includes(gt)) {
        tp++;
        g = k + 1;
        break;
      }
    }
  }
  return score(tp, pred.length, gold.length);
}

/** Sets per document; `contains` lets a predicted string match when one contains the other. */
export function scoreSets(pred: string[], gold: string[], contains: boolean): Score {
  const P = [...new Set(pred.map(norm))];
  const G = [...new Set(gold.map(norm))];
  const match = (a: string, b: string) => a === b || (contains && (a.includes(b) || b.includes(a)));
  const tp = P.filter((p) => G.some((g) => match(p, g))).length;
  const matchedGold = G.filter((g) => P.some((p) => match(p, g))).length;
  return score(tp, P.length, G.length, matchedGold);
}
