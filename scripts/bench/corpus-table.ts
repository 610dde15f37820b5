/**
 * Task tables (任务分解表): a header row and one row per task, cells separated by a tab or by
 * “ | ”, the two ways tables survive when a .docx is flattened to text.
 */
import { deadlineClause, fill, leadSentence, unitNames, type Place } from './corpus-sentences.ts';
import { chance, pick, randomInt, type Random } from './random.ts';
import * as v from './vocabulary.ts';

/** The header the issue names comes most often; the others are real-world variants of it. */
const headers = [
  ['序号', '重点任务', '具体措施', '完成时限', '牵头单位', '配合单位'],
  ['序号', '重点任务', '具体措施', '完成时限', '牵头单位', '配合单位'],
  ['序号', '工作任务', '工作措施', '完成时间', '牵头单位', '配合单位'],
  ['序号', '任务', '措施', '时限', '牵头单位', '配合单位'],
] as const;

/** Deadline cells are bare phrases, not clauses. */
function deadlineCell(random: Random, place: Place): string {
  const y = place.year;
  return pick(random, [
    `${randomInt(random, 3, 11)}月底前`, '年底前', `${y}年12月31日前`, `${y}年—${y + 1}年`, '每月', '每季度',
    '每半年', '每年至少2次', '任期届满前6个月', '长期坚持', `${randomInt(random, 4, 9)}月下旬`,
  ]);
}

/** 具体措施 without a deadline: what to do, to what end. */
function measureAction(random: Random, place: Place): string {
  return `${fill(pick(random, v.subjects), place)}${pick(random, v.actions)}${pick(random, v.objects)}，${pick(random, v.purposes)}`;
}

/** The rows of a table, header first, as lines of text. */
export function taskTableLines(random: Random, place: Place): string[] {
  const separator = chance(random, 0.5) ? '\t' : ' | ';
  const rows = [pick(random, headers).join(separator)];
  const count = randomInt(random, 4, 12);
  for (let n = 1; n <= count; n++) {
    const [lead, ...support] = unitNames(random, place, randomInt(random, 1, 4));
    const task = leadSentence(random).replace(/。$/, '');
    // The 完成时限 column carries the deadline; the 具体措施 cell only rarely repeats one.
    const action = chance(random, 0.15) ? deadlineClause(random, place) : measureAction(random, place);
    rows.push([String(n), task, action, deadlineCell(random, place), lead, support.join('、')].join(separator));
  }
  return rows;
}
