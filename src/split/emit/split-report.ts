/** What the split prints: a summary table per document and every problem as `file:line: message`. */
import { skippingProblems, type Problem, type ProblemId } from '../../model/schemas/problem.ts';
import { safeText } from './safe-text.ts';

const LEVEL_WORD = { notice: '提示', warning: '警告', error: '错误' } as const;

const width = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const cut = (s: string, n: number) => {
  let out = '';
  for (const c of s) {
    if (width(out + c) > n - 1) return `${out}…`;
    out += c;
  }
  return out;
};

export interface SummaryRow {
  title: string;
  measures: number;
  goals: number;
  units: number;
  deadlines: number;
  warnings: number;
}

export function summaryTable(docs: SummaryRow[]): string {
  const head = ['标题', '措施', '目标', '单位', '时限', '警告'];
  const rows = docs.map((d) => [cut(safeText(d.title), 44), ...[d.measures, d.goals, d.units, d.deadlines, d.warnings].map(String)]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  return [head, ...rows].map((r) => r.map((c, i) => pad(c, widths[i])).join('  ')).join('\n');
}

export function problemLines(problems: Problem[]): string[] {
  return problems.map((p) => `${safeText(p.file)}:${p.line}: ${LEVEL_WORD[p.level]}: ${safeText(p.message)}`);
}

/** What a file was skipped for, in the closing summary. */
const SKIP_WORDS: Partial<Record<ProblemId, string>> = {
  undecodable: '不是文本或编码无法识别', 'office-format': 'Word/PDF/WPS/OFD 等暂不支持的格式', unreadable: '无法读取',
  'not-a-file': '不是普通文件', 'link-outside': '链接指向文件夹以外', 'too-large': '文件过大', 'split-failed': '拆分出错',
  'unreadable-folder': '文件夹无法读取', 'duplicate-id': '与另一文件重复', empty: '空文件',
};

/** The closing line: how many files were skipped, by reason, and how many were ignored as debris. */
export function skippedSummary(problems: Problem[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) if (skippingProblems.has(p.id)) counts.set(SKIP_WORDS[p.id] ?? p.id, (counts.get(SKIP_WORDS[p.id] ?? p.id) ?? 0) + 1);
  const skipped = [...counts.values()].reduce((a, b) => a + b, 0);
  const ignored = problems.filter((p) => p.level === 'notice').length;
  const reasons = [...counts].map(([why, n]) => `${why} ${n} 个`).join('，');
  return `已跳过 ${skipped} 个文件${reasons ? `（${reasons}）` : ''}，已忽略 ${ignored} 个系统、备份或隐藏文件及链接；其余文件已写入。`;
}
