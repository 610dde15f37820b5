/**
 * Measures name their units as written; unit pages are keyed by id. The lookup maps a written
 * name to its unit through the unit's aliases, by the one name key (src/model/name-key.ts).
 */
import type { Unit } from './schemas/unit.ts';
import { nameKey } from './name-key.ts';

export type UnitLookup = Map<string, Pick<Unit, 'id' | 'name' | 'url'>>;

export function unitLookupOf(units: Pick<Unit, 'id' | 'name' | 'aliases' | 'url'>[]): UnitLookup {
  const lookup: UnitLookup = new Map();
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases]) lookup.set(nameKey(name), unit);
  }
  return lookup;
}

export const lookupUnit = (lookup: UnitLookup, name: string) => lookup.get(nameKey(name));
