/**
 * A measure's units as the page shows them: each linked to its unit page through the unit
 * lookup (src/model/unit-lookup.ts), with its role.
 */
import type { Measure } from '../model/schemas/measure.ts';
import { nameKey } from '../model/name-key.ts';
import type { UnitLookup } from '../model/unit-lookup.ts';

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
export function unitRefsOf(measure: Pick<Measure, 'units' | 'unitIds' | 'leadUnits' | 'supportUnits'>, lookup: UnitLookup): UnitRef[] {
  const lead = new Set(measure.leadUnits.map(nameKey));
  const support = new Set(measure.supportUnits.map(nameKey));
  return measure.units.map((name, i) => {
    const key = nameKey(name);
    const unit = lookup.get(measure.unitIds[i]);
    const role: UnitRole = lead.has(key) ? 'lead' : support.has(key) ? 'support' : 'assigned';
    return { name, url: unit?.url ?? null, unitId: unit?.id ?? null, role };
  });
}

export const roleLabels: Record<UnitRole, string> = { lead: '牵头', support: '配合', assigned: '' };
