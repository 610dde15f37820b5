/**
 * Units stated outside any measure: a section heading's “由X牵头” over several items, duty
 * paragraphs (“区交通与建设局：负责…”), a closing “请各党支部认真抓好落实”. They are the
 * document's units, though no single measure carries them. Sections of thought, principles,
 * goals or scope, member lists and articles that oblige no one name no units.
 */
import type { OutlineItem } from '../structure/outline.ts';
import { inStatementSection, isArticle, MEMBER_LIST, nodeText, type NodeVisit } from './outline-measures.ts';
import { textToUnits, unitsInOrder } from './units.ts';
import { isGenericOrgan } from './unit-names.ts';

/**
 * “各级各部门”, “各有关单位”: outside a task such a collective names no body in particular (in a task it
 * is whoever the task obliges), so it is no unit of the document.
 */
function namesNoBody(name: string): boolean {
  let rest = name;
  for (let k = 0; k < 4; k++) rest = rest.replace(/^(?:各级|各类|各|有关|相关|其他)/, '');
  return rest !== name && isGenericOrgan(rest);
}

export function documentUnits(body: OutlineItem[], visits: NodeVisit[]): string[] {
  const found: string[] = [];
  const scan = (text: string) => {
    if (MEMBER_LIST.test(text)) return;
    for (const n of unitsInOrder(textToUnits(text))) if (!found.includes(n) && !namesNoBody(n)) found.push(n);
  };
  for (const item of body) if (item.type === 'paragraph' && item.paragraph.role === 'body') scan(item.paragraph.text);
  const measures = new Set(visits.filter((v) => v.isMeasure).map((v) => v.node));
  for (const { node, ancestors, isMeasure } of visits) {
    if (isMeasure || node.kind !== 'item' || isArticle(node) || ancestors.some((a) => measures.has(a) || isArticle(a))) continue;
    if (!inStatementSection(node, ancestors)) scan(nodeText(node));
  }
  return found;
}
