/**
 * Measures name their units as written and carry each one's unit id (src/model/unit-identity.ts);
 * the lookup finds the unit page of an id.
 */
import type { Unit } from './schemas/unit.ts';

export type UnitLookup = Map<string, Pick<Unit, 'id' | 'name' | 'url' | 'jurisdiction'>>;

export function unitLookupOf(units: Pick<Unit, 'id' | 'name' | 'url' | 'jurisdiction'>[]): UnitLookup {
  return new Map(units.map((u) => [u.id, u]));
}
