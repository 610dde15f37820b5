/**
 * Label lines and label groups: “牵头单位：A，配合单位：B、C”, “责任处室：X、Y”, one label or
 * several on a line. A label's value runs to the next label, to ；。 or a line end, or to the
 * bracket that closes the label's own parentheses.
 */
import { alternation, LABEL_ROLES, type UnitRole } from './unit-lexicon.ts';
import { splitUnitList } from './unit-names.ts';

const ROLE_OF = new Map<string, UnitRole>(
  (Object.entries(LABEL_ROLES) as [UnitRole, readonly string[]][]).flatMap(([role, words]) => words.map((w) => [w, role] as const)),
);
const LABEL = new RegExp(`(${alternation([...ROLE_OF.keys()])})\\s*[:：]\\s*`, 'g');

export const hasLabel = (text: string): boolean => new RegExp(LABEL.source).test(text);

/** The value of a label from `from` up to `limit`, ；。, a line end, or an unmatched closing bracket. */
function labelValue(text: string, from: number, limit: number): string {
  let depth = 0;
  let i = from;
  for (; i < limit; i++) {
    const c = text[i];
    if ('（(【'.includes(c)) depth++;
    else if ('）)】'.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if ('；;。\n'.includes(c)) break;
  }
  return text.slice(from, i);
}

/** Every labelled name in `text`, by the role its label gives. */
export function labelsToUnits(text: string): { role: UnitRole; names: string[] }[] {
  const matches = [...text.matchAll(LABEL)];
  return matches.map((m, k) => {
    const from = m.index + m[0].length;
    const limit = k + 1 < matches.length ? matches[k + 1].index : text.length;
    return { role: ROLE_OF.get(m[1]) ?? 'assigned', names: splitUnitList(labelValue(text, from, limit)) };
  });
}
