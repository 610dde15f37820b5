import { describe, expect, it } from 'vitest';
import { splitToRows, splitToViews } from '../../src/exports/rows.ts';
import { headers, rowToCells } from '../../src/exports/columns.ts';
import { smallSplit } from './small-split.ts';

describe('rows from the split JSON', () => {
  const rows = splitToRows(smallSplit);

  it('lists every measure once, newest document first, undated last, in document order', () => {
    expect(rows.map((r) => r.measureId)).toEqual(['new-2020-1', 'new-2020-2', 'old-2018-1', 'old-2018-2', 'undated-1']);
    expect(rows.map((r) => r.order)).toEqual([1, 2, 1, 2, 1]);
  });

  it('has the ten columns, with lead, plain and supporting units apart and deadlines as written and normalised', () => {
    expect(headers).toEqual(['文号', '文件', '序号', '任务', '牵头单位', '责任单位', '配合单位', '时限（原文）', '时限（日期或周期）', '链接']);
    expect(rowToCells(rows[2]!)).toEqual([
      '某组〔2018〕1号', '关于old-2018的通知', 1, '开展“三会一课”, 每月召开一次支部委员会\n并做好记录。',
      '市委组织部', '各支部', '宣传部', '每月召开一次；9月底前', '每月（至少1次）；2018-09-30前', '../../measures/old-2018-1/index.html',
    ]);
    expect(rowToCells(rows[1]!).slice(7, 9)).toEqual(['6月至7月；任期届满前6个月', '2020-06-01至2020-07-31']);
  });

  it('links measure pages absolutely when the site URL is known, under its folder', () => {
    // The site served under /policy/ has its pages there: the link once dropped the folder.
    expect(splitToRows(smallSplit, { siteUrl: 'https://zc.example.gov.cn/policy/' })[0]!.link).toBe('https://zc.example.gov.cn/policy/measures/new-2020-1/');
    expect(splitToRows(smallSplit, { siteUrl: 'https://zc.example.gov.cn' })[0]!.link).toBe('https://zc.example.gov.cn/measures/new-2020-1/');
  });

  it('slices the library by document and by unit, sharing the rows', () => {
    const views = splitToViews(smallSplit, rows);
    expect(views.library.rows).toBe(rows);
    expect(views.documents.map((d) => [d.id, d.view.rows.length])).toEqual([['new-2020', 2], ['old-2018', 2], ['undated', 1]]);
    expect(views.units.map((u) => [u.id, u.view.rows.map((r) => r.measureId)])).toEqual([
      ['zuzhibu', ['new-2020-1', 'old-2018-1']],
      ['xuanchuanbu', ['old-2018-1']],
      ['gezhibu', ['old-2018-1', 'old-2018-2', 'undated-1']],
    ]);
    expect(views.units[0]!.view.rows[1]).toBe(rows[2]);
    expect(views.documents[1]!.view.units.map((u) => u.id)).toEqual(['zuzhibu', 'xuanchuanbu', 'gezhibu']);
  });
});
