/** Each deadline rule on short invented phrases: the phrase kept as written and its exact normalised form. */
import { describe, expect, test } from 'vitest';
import { textToDeadlines } from '../../src/split/extract/deadlines.ts';
import type { Deadline } from '../../src/model/schemas/deadline.ts';

const read = (text: string, year: number | null = 2021) => textToDeadlines(text, { year });
const period = (raw: string, start: string, end: string): Deadline => ({ raw, kind: 'period', start, end });
const every = (raw: string, frequency: string, when: string | null = null, minTimes: number | null = null, maxTimes: number | null = null) =>
  ({ raw, kind: 'recurring', frequency, minTimes, maxTimes, when }) as Deadline;
const within = (raw: string, amount: number, unit: string, anchor: string | null = null) =>
  ({ raw, kind: 'relative', anchor, direction: 'within', offset: { amount, unit } }) as Deadline;

describe('periods and ranges', () => {
  test.each([
    ['活动时间：2020年4－5月', period('2020年4－5月', '2020-04-01', '2020-05-31')],
    ['于2020年3-7月分批开展', period('2020年3-7月', '2020-03-01', '2020-07-31')],
    ['3至5月集中整治', period('3至5月', '2021-03-01', '2021-05-31')],
    ['2016年—2018年分步实施', period('2016年—2018年', '2016-01-01', '2018-12-31')],
    ['6月至7月开展走访', period('6月至7月', '2021-06-01', '2021-07-31')],
    ['8月下旬组织验收', period('8月下旬', '2021-08-21', '2021-08-31')],
    ['7月上、中旬完成摸底', period('7月上、中旬', '2021-07-01', '2021-07-20')],
    ['次年3月中下旬进行复核', period('次年3月中下旬', '2022-03-11', '2022-03-31')],
    ['上半年召开推进会', period('上半年', '2021-01-01', '2021-06-30')],
    ['第二季度开展自查', period('第二季度', '2021-04-01', '2021-06-30')],
    ['全年组织培训12场', period('全年', '2021-01-01', '2021-12-31')],
    ['确保年内建成', period('年内', '2021-01-01', '2021-12-31')],
    ['今年内要完成改造', period('今年内', '2021-01-01', '2021-12-31')],
    ['今年新建3个站点', period('今年', '2021-01-01', '2021-12-31')],
    ['2019年起5年内，培育一批骨干企业', period('2019年起5年内', '2019-01-01', '2023-12-31')],
    ['2020年6月至7月上旬开展', period('2020年6月至7月上旬', '2020-06-01', '2020-07-10')],
    ['2019年9月起至2020年底', period('2019年9月起至2020年底', '2019-09-01', '2020-12-31')],
    ['2019年9月下旬至2020年底', period('2019年9月下旬至2020年底', '2019-09-21', '2020-12-31')],
    ['8月至年底', period('8月至年底', '2021-08-01', '2021-12-31')],
    ['2020年11月至2021年2月', period('2020年11月至2021年2月', '2020-11-01', '2021-02-28')],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
  test('a month span that runs backwards, or a month that does not exist, is no period', () => {
    expect(read('9-4月')).toEqual([]);
    expect(read('13月底前')).toEqual([{ raw: '13月底前', kind: 'relative', anchor: null, direction: 'before', offset: null }]);
    expect(read('2月30日前报送')).toEqual([{ raw: '2月30日前', kind: 'relative', anchor: null, direction: 'before', offset: null }]);
    expect(read('于10月2021日前报送')).toEqual([{ raw: '10月2021日前', kind: 'relative', anchor: null, direction: 'before', offset: null }]);
  });
  test('without the document year a span is kept as a span of its own', () => {
    expect(read('全年', null)).toEqual([{ raw: '全年', kind: 'relative', anchor: '全年', direction: 'within', offset: null }]);
  });
});

describe('dates', () => {
  test.each([
    ['争取5月完成修编', { raw: '5月', kind: 'date', date: '2021-05-31', bound: 'on', precision: 'month' }],
    ['7月1日前后集中开展', { raw: '7月1日前后', kind: 'date', date: '2021-07-01', bound: 'on', precision: 'day' }],
    ['从2019年9月开始试行', { raw: '从2019年9月开始', kind: 'date', date: '2019-09-30', bound: 'on', precision: 'month' }],
    ['确保2022年全镇无重大事故', { raw: '2022年', kind: 'date', date: '2022-12-31', bound: 'on', precision: 'year' }],
    ['拟于2023年“七一”前后举办', { raw: '2023年“七一”前后', kind: 'date', date: '2023-07-01', bound: 'on', precision: 'day' }],
    ['五一前完成', { raw: '五一前', kind: 'date', date: '2021-05-01', bound: 'by', precision: 'day' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
  test('a bare month with no action scheduled in it is no deadline', () => {
    expect(read('5月的会议纪要')).toEqual([]);
  });
});

describe('school and year-end times', () => {
  test.each([
    ['本学期，各年级要组织一次家访', { raw: '本学期', kind: 'relative', anchor: '本学期', direction: 'within', offset: null }],
    ['寒假前完成评议', { raw: '寒假前', kind: 'relative', anchor: '寒假', direction: 'before', offset: null }],
    ['年（学年）终进行述职', { raw: '年（学年）终', kind: 'relative', anchor: '年（学年）终', direction: 'at', offset: null }],
    ['学期末开展评比', { raw: '学期末', kind: 'relative', anchor: '学期末', direction: 'at', offset: null }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('frequencies: the phrase kept whole, the frequency normalised', () => {
  test.each([
    ['每月10日前报送台账', every('每月10日前', 'monthly', '10日前')],
    ['每季度最后一月25日前上报', every('每季度最后一月25日前', 'quarterly', '最后一月25日前')],
    ['每年6月底前报送', every('每年6月底前', 'yearly', '6月底前')],
    ['每月逢5，集中宣传', every('每月逢5', 'monthly', '逢5')],
    ['每月逢五（5日、15日、25日）开展', every('每月逢五（5日、15日、25日）', 'monthly', '逢五（5日、15日、25日）')],
    ['实行每月一通报，', every('每月一通报', 'monthly', null, 1, 1)],
    ['做到一季度一督查，', every('一季度一督查', 'quarterly', null, 1, 1)],
    ['每学期不少于2个课时', every('每学期不少于2个课时', 'half-yearly', null, 2, null)],
    ['每周开展不少于一次', every('每周开展不少于一次', 'weekly', null, 1, null)],
    ['联席会议每年至少召开两次', every('每年至少召开两次', 'yearly', null, 2, null)],
    ['每季度召开一次', every('每季度召开一次', 'quarterly', null, 1, 1)],
    ['要按季度将进展报送', every('按季度', 'quarterly')],
    ['每季度终了后10日内报送', every('每季度终了后10日内', 'quarterly', '终了后10日内')],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
  test('按年度 names a plan, not a frequency', () => {
    expect(read('按年度计划推进')).toEqual([]);
  });
});

describe('limits counted from an event or in a span', () => {
  test.each([
    ['收到材料后15个工作日内办结', within('15个工作日内', 15, 'day')],
    ['3年内，建成示范点20个', within('3年内', 3, 'year')],
    ['连续2年给予补助', within('连续2年', 2, 'year')],
    ['换届前3个月启动', { raw: '换届前3个月', kind: 'relative', anchor: '换届', direction: 'before', offset: { amount: 3, unit: 'month' } }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
  test('a span inside a clause qualifies a noun', () => {
    expect(read('除两年内退休人员外')).toEqual([]);
    expect(read('连续3年以上获评先进')).toEqual([]);
  });
});

describe('times that limit nothing', () => {
  test.each([
    ['本办法自2022年3月1日起施行', 'effective date'],
    ['本规定自2022年3月起施行', 'effective date, month'],
    ['自印发之日起施行', 'effective from issue'],
    ['有效期至2026年12月31日', 'validity'],
    ['截止日期：2019年5月1日', 'a table’s data date'],
    ['数据截至2022年底，全县累计建成', 'data cut-off'],
    ['为期18个月', 'benefit duration'],
    ['给予3年的贴息', 'benefit duration'],
    ['新馆今年10月可投入使用', 'forecast'],
    ['在2019年工作基础上，持续深化', 'a year built on'],
    ['根据《某市发展规划（2016-2020年）》', 'cited title'],
    ['某县养老服务体系建设规划（2021-2025年）实施方案', 'plan name without 《》'],
    ['依据年初、年中考核和年终全面考核结果', 'names of assessments'],
    ['报送上半年工作总结', 'period a report covers'],
    ['纳入今年各级党校教学内容', 'bare 今年 before a noun'],
    ['今年将在去年的基础上扩大范围', 'bare 今年 with 将'],
    ['2021年5月6日 某市人民代表大会常务委员会第九次会议通过', 'adoption date'],
    ['2021年5月6日下午，在县政府召开会议', 'when something happened'],
    ['及时报送，定期检查，常态化开展，长期坚持，持续推进', 'vague adverbs'],
    ['确保2019年全区', 'a target year already past'],
    ['2019“作风建设”主题年；2020年“全面提升”主题年', 'theme-year labels'],
  ])('%s (%s)', (text) => {
    expect(read(text)).toEqual([]);
  });
});
