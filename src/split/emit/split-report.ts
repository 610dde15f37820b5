/** What the split prints: a summary table per document and every problem as `file:line: message`. */
import type { Problem } from '../../model/schemas/problem.ts';

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
  const rows = docs.map((d) => [cut(d.title, 44), ...[d.measures, d.goals, d.units, d.deadlines, d.warnings].map(String)]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  return [head, ...rows].map((r) => r.map((c, i) => pad(c, widths[i])).join('  ')).join('\n');
}

export function problemLines(problems: Problem[]): string[] {
  return problems.map((p) => `${p.file}:${p.line}: ${p.level === 'error' ? '错误' : '警告'}: ${p.message}`);
}
