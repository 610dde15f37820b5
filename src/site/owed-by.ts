/**
 * Who owes a measure, in one line for lists of deadlines: `牵头：A；配合：B` where the document says
 * who leads, else the units as written (lead first already). Pure.
 */
import type { Measure } from '../model/schemas/measure.ts';

export function owedByLabel(m: Pick<Measure, 'units' | 'leadUnits' | 'supportUnits'>): string {
  if (m.leadUnits.length > 0) {
    const support = m.supportUnits.length > 0 ? `；配合：${m.supportUnits.join('、')}` : '';
    return `牵头：${m.leadUnits.join('、')}${support}`;
  }
  return m.units.length > 0 ? `责任单位：${m.units.join('、')}` : '责任单位未明确';
}
