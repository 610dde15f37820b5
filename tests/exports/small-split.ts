/**
 * A small split JSON for the exporters' tests, in the shape `npm run split -- --json` writes
 * (README “The split command”): two dated documents and an undated one, lead / supporting /
 * plain units, every kind of deadline and every cycle, and text that CSV must quote.
 */
import { splitJsonSchema, type SplitJson } from '../../src/model/schemas/split-json.ts';

const measure = (doc: string, n: number, extra: Record<string, unknown>) => ({
  id: `${doc}-${n}`, url: `/measures/${doc}-${n}/`, path: `一.${n}`, title: `任务${n}`, text: `任务${n}的全文。`,
  units: [], unitIds: [], leadUnits: [], supportUnits: [], unitSources: [], deadlines: [], deadlineSources: [], corrected: [],
  ...extra,
});
const recurring = (raw: string, frequency: string, minTimes: number | null = null) => ({ raw, kind: 'recurring', frequency, minTimes, maxTimes: null, when: null });
const doc = (id: string, date: string | null, docNumber: string | null, measures: unknown[]) => ({
  id, source: `${id}.txt`, title: `关于${id}的通知`, docNumber, issuer: '中共某市委组织部', date, recipients: null, url: `/documents/${id}/`,
  disclosure: null, attachments: [], goals: [], measures,
});

export const smallSplit: SplitJson = splitJsonSchema.parse({
  documents: [
    doc('old-2018', '2018-03-31', '某组〔2018〕1号', [
      measure('old-2018', 1, {
        text: '开展“三会一课”, 每月召开一次支部委员会\n并做好记录。',
        units: ['市委组织部', '宣传部', '各支部'], unitIds: ['zuzhibu', 'xuanchuanbu', 'gezhibu'], leadUnits: ['市委组织部'], supportUnits: ['宣传部'],
        deadlines: [recurring('每月召开一次', 'monthly', 1), { raw: '9月底前', kind: 'date', date: '2018-09-30', bound: 'by', precision: 'month' }],
      }),
      measure('old-2018', 2, {
        units: ['各支部'], unitIds: ['gezhibu'],
        deadlines: [recurring('每季度', 'quarterly'), recurring('每半年', 'half-yearly'), recurring('每年至少2次', 'yearly', 2)],
      }),
    ]),
    doc('new-2020', '2020-01-15', '某组〔2020〕9号', [
      measure('new-2020', 1, {
        units: ['市委组织部'], unitIds: ['zuzhibu'],
        deadlines: [recurring('每周', 'weekly'), recurring('每天', 'daily'), recurring('隔周一次', 'biweekly', 1)],
      }),
      measure('new-2020', 2, {
        deadlines: [{ raw: '6月至7月', kind: 'period', start: '2020-06-01', end: '2020-07-31' }, { raw: '任期届满前6个月', kind: 'relative', anchor: '任期届满', direction: 'before', offset: { amount: 6, unit: 'month' } }],
      }),
    ]),
    doc('undated', null, null, [measure('undated', 1, { units: ['各支部'], unitIds: ['gezhibu'], deadlines: [recurring('每年', 'yearly')] })]),
    doc('empty', '2019-01-01', null, []),
  ],
  units: [
    { id: 'zuzhibu', name: '市委组织部', url: '/units/zuzhibu/', aliases: ['市委组织部'], measures: ['old-2018-1', 'new-2020-1'] },
    { id: 'xuanchuanbu', name: '宣传部', url: '/units/xuanchuanbu/', aliases: ['宣传部'], measures: ['old-2018-1'] },
    { id: 'gezhibu', name: '各支部', url: '/units/gezhibu/', aliases: ['各支部'], measures: ['old-2018-1', 'old-2018-2', 'undated-1'] },
    { id: 'nobody', name: '某单位', url: '/units/nobody/', aliases: ['某单位'], measures: [] },
  ],
});
