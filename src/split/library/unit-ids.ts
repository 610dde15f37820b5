/**
 * Unit ids decided where the whole library is seen. A document alone gives each unit the pinyin
 * of its name (src/model/unit-identity.ts); two bodies whose names read alike (市教育局 of 榆林市
 * and of 玉林市) would share that id and so one page. The main thread finds those keys before the
 * workers write, and each worker rewrites its documents' ids as it writes them: no file is written
 * twice, and the workers' share of the work stays as it was.
 */
import { homophoneIds } from '../../model/ids.ts';
import { unitKey } from '../../model/unit-identity.ts';
import type { SplitDocument } from '../split-document.ts';

/** Unit key → the id it gets instead of its own, for the keys whose own id another key shares. */
export type UnitIdChanges = ReadonlyMap<string, string>;

/** What the ids are decided from: the names each document gives its units, with their own ids (a DocumentSummary is one). */
interface NamedUnits {
  jurisdiction: string | null;
  units: readonly string[];
  unitIds: readonly string[];
  measures: readonly { units: readonly string[]; unitIds: readonly string[] }[];
}

/** Every unit the library names (measures' and documents' own), then the ids that must change. */
export function libraryUnitIds(docs: readonly NamedUnits[]): Map<string, string> {
  const idOfKey = new Map<string, string>();
  for (const d of docs) {
    const note = (names: readonly string[], ids: readonly string[]) => names.forEach((name, i) => idOfKey.set(unitKey(name, d.jurisdiction).key, ids[i]));
    note(d.units, d.unitIds);
    for (const m of d.measures) note(m.units, m.unitIds);
  }
  return homophoneIds(idOfKey);
}

/** `units`' ids with the library's changes; the same array when none applies. */
function changedIds(units: readonly string[], ids: string[], jurisdiction: string | null, changes: UnitIdChanges): string[] {
  let out = ids;
  units.forEach((name, i) => {
    const id = changes.get(unitKey(name, jurisdiction).key);
    if (id === undefined || id === ids[i]) return;
    if (out === ids) out = [...ids];
    out[i] = id;
  });
  return out;
}

/** A document as the library names its units: the ids of its measures and its record rewritten, nothing else. */
export function withUnitIds(split: SplitDocument, changes: UnitIdChanges): SplitDocument {
  if (changes.size === 0) return split;
  const { jurisdiction } = split.document;
  const unitIds = changedIds(split.document.units, split.document.unitIds, jurisdiction, changes);
  let measuresChanged = false;
  const measures = split.measures.map((m) => {
    const ids = changedIds(m.units, m.unitIds, jurisdiction, changes);
    if (ids === m.unitIds) return m;
    measuresChanged = true;
    return { ...m, unitIds: ids };
  });
  if (unitIds === split.document.unitIds && !measuresChanged) return split;
  return { ...split, document: { ...split.document, unitIds }, measures: measuresChanged ? measures : split.measures };
}
