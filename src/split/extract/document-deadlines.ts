/**
 * Deadlines stated outside any measure (“工作时间：2018年—2020年”, “用三年时间”): they belong to the
 * document. A phrase a measure already has is not repeated.
 */
import type { Deadline } from '../../model/schemas/deadline.ts';
import type { Measure } from '../../model/schemas/measure.ts';
import type { OutlineItem } from '../structure/outline.ts';
import { stripBold } from '../text/text-utils.ts';
import { DATE_LINE } from '../text/patterns.ts';
import { nodeText, type NodeVisit } from './outline-measures.ts';
import { textToDeadlines, type DeadlineContext } from './deadlines.ts';

/** A paragraph that is only a date, “（2012年9月19日）” under the title or above a signature: the document's own date. */
const ownDate = (text: string) => DATE_LINE.test(stripBold(text).replace(/^\s*[（(]|[）)]\s*$/g, ''));

export function documentDeadlines(body: OutlineItem[], visits: NodeVisit[], measures: Measure[], ctx: DeadlineContext): { deadline: Deadline; line: number }[] {
  const measureRaw = new Set(measures.flatMap((m) => m.deadlines.map((d) => d.raw)));
  const found: { deadline: Deadline; line: number }[] = [];
  const scan = (text: string, line: number) => {
    if (ownDate(text)) return;
    for (const d of textToDeadlines(stripBold(text), ctx)) {
      if (!measureRaw.has(d.raw) && !found.some((x) => x.deadline.raw === d.raw)) found.push({ deadline: d, line });
    }
  };
  for (const item of body) if (item.type === 'paragraph' && item.paragraph.role === 'body') scan(item.paragraph.text, item.paragraph.line);
  for (const v of visits) if (!v.isMeasure && v.node.kind === 'item') scan(nodeText(v.node), v.node.line);
  return found;
}
