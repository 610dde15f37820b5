/**
 * Measures name their units as written; unit pages are keyed by id. This maps a written name to
 * its unit through the unit's aliases, with the same loose matching the split uses (width and
 * spacing do not matter).
 */
import type { Unit } from '../schemas/unit.ts';
import type { Measure } from '../schemas/measure.ts';

export const unitKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

export type UnitLookup = Map<string, Pick<Unit, 'id' | 'name' | 'url'>>;

export function unitLookupOf(units: Pick<Unit, 'id' | 'name' | 'aliases' | 'url'>[]): UnitLookup {
  const lookup: UnitLookup = new Map();
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases]) lookup.set(unitKey(name), unit);
  }
  return lookup;
}

export type UnitRole = 'lead' | 'support' | 'assigned';

export interface UnitRef {
  /** As written in the measure. */
  name: string;
  /** Its page, when the split made one. */
  url: string | null;
  unitId: string | null;
  role: UnitRole;
}

/** A measure's units in its own order, each with its page and whether it leads (牵头) or supports (配合). */
export function unitRefsOf(measure: Pick<Measure, 'units' | 'leadUnits' | 'supportUnits'>, lookup: UnitLookup): UnitRef[] {
  const lead = new Set(measure.leadUnits.map(unitKey));
  const support = new Set(measure.supportUnits.map(unitKey));
  return measure.units.map((name) => {
    const key = unitKey(name);
    const unit = lookup.get(key);
    const role: UnitRole = lead.has(key) ? 'lead' : support.has(key) ? 'support' : 'assigned';
    return { name, url: unit?.url ?? null, unitId: unit?.id ?? null, role };
  });
}

export const roleLabels: Record<UnitRole, string> = { lead: '牵头', support: '配合', assigned: '' };
