/**
 * What a shared page says (src/site/share.ts): the chat text and the meta description lead with
 * 责任单位 and 时限, then the title, then where it comes from. Exact outputs on small inputs.
 */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/model/schemas/deadline.ts';
import {
  deadlinesPhrase,
  documentDescriptionOf,
  documentShareTextOf,
  measureDescriptionOf,
  shareTextOf,
  unitsByMentions,
  unitsPhrase,
  type ShareUnit,
} from '../../src/site/share.ts';

const lead = (name: string): ShareUnit => ({ name, role: 'lead' });
const support = (name: string): ShareUnit => ({ name, role: 'support' });
const assigned = (name: string): ShareUnit => ({ name, role: 'assigned' });
const byMonth: Deadline = { raw: '9月底前', kind: 'date', date: '2019-09-30', bound: 'by', precision: 'month' };
const yearEnd: Deadline = { raw: '2020年底前', kind: 'date', date: '2020-12-31', bound: 'by', precision: 'year' };
const span: Deadline = { raw: '8月21日至31日', kind: 'period', start: '2018-08-21', end: '2018-08-31' };
const monthly: Deadline = { raw: '每月', kind: 'recurring', frequency: 'monthly', minTimes: null, maxTimes: null, when: null };

describe('who and by when', () => {
  it('names the lead unit first, then the supporting ones, then those without a role', () => {
    expect(unitsPhrase([support('乙'), lead('甲'), assigned('丁'), support('丙')])).toBe('甲牵头，乙、丙配合，丁');
    expect(unitsPhrase([assigned('甲'), assigned('乙')])).toBe('甲、乙');
    expect(unitsPhrase([])).toBe('未明确');
  });

  it('gives each deadline as written, with the date it means when the phrase leaves the year out', () => {
    expect(deadlinesPhrase([byMonth, yearEnd, monthly])).toBe('9月底前（2019年9月底前）；2020年底前；每月');
    expect(deadlinesPhrase([])).toBe('未明确时限');
  });
});

describe('a measure', () => {
  const measure = { title: '规范党支部换届', units: [lead('县委组织部'), support('各镇党委')], deadlines: [byMonth] };

  it('shares who, by when, the title, the source and the link, in that order', () => {
    expect(shareTextOf({ ...measure, documentTitle: '关于印发《实施方案》的通知', docNumber: '台教党字〔2018〕35号', url: 'https://example.gov.cn/policy/measures/m-1/' })).toBe(
      [
        '责任单位：县委组织部牵头，各镇党委配合',
        '完成时限：9月底前（2019年9月底前）',
        '【规范党支部换届】',
        '出处：《关于印发〈实施方案〉的通知》（台教党字〔2018〕35号）',
        'https://example.gov.cn/policy/measures/m-1/',
      ].join('\n'),
    );
  });

  it('describes itself by who and by when before its title', () => {
    expect(measureDescriptionOf({ ...measure, text: '各支部按期换届。' })).toBe('责任单位：县委组织部牵头，各镇党委配合；完成时限：9月底前（2019年9月底前）。规范党支部换届');
    expect(measureDescriptionOf({ ...measure, deadlines: [], text: '各支部按期换届。' })).toBe('责任单位：县委组织部牵头，各镇党委配合。规范党支部换届');
  });

  it('describes a measure that names neither by its title and text, not by two 未明确', () => {
    expect(measureDescriptionOf({ title: '加强组织领导', units: [], deadlines: [], text: '各级党组织要把\n基层党建摆上位置。' })).toBe('加强组织领导：各级党组织要把 基层党建摆上位置。');
  });
});

describe('a document', () => {
  const facts = {
    title: '关于印发《三年行动计划》的通知',
    docNumber: '湛组通〔2019〕22号',
    issuer: '中共湛江市委组织部',
    date: '2019年4月24日',
    units: ['市县党委组织部', '市属党（工）委', '党校', '宣传部'],
    deadlines: [yearEnd, monthly, span, byMonth],
    measureCount: 25,
  };

  it('shares its most named units, its earliest and latest dates, its title, record and link', () => {
    expect(documentShareTextOf({ ...facts, url: 'https://example.gov.cn/policy/documents/d/' })).toBe(
      [
        '责任单位：市县党委组织部、市属党（工）委、党校等4个单位',
        '时限：最早2018年8月21日至31日，最晚2020年底前',
        '《关于印发〈三年行动计划〉的通知》',
        '中共湛江市委组织部 · 湛组通〔2019〕22号 · 2019年4月24日 · 25项措施',
        'https://example.gov.cn/policy/documents/d/',
      ].join('\n'),
    );
  });

  it('describes itself by who and by when, then title and record', () => {
    expect(documentDescriptionOf({ ...facts, units: ['甲'], deadlines: [monthly] })).toBe(
      '责任单位：甲；时限：每月。《关于印发〈三年行动计划〉的通知》，中共湛江市委组织部 · 湛组通〔2019〕22号 · 2019年4月24日 · 25项措施',
    );
  });

  it('orders units by how many measures name them, one unit written two ways counted once', () => {
    const measures = [
      { units: ['各基层党组织', '党校'], unitIds: ['jc', 'dx'] },
      { units: ['基层党组织'], unitIds: ['jc'] },
      { units: ['组织部', '党校', '基层党组织'], unitIds: ['zz', 'dx', 'jc'] },
    ];
    expect(unitsByMentions(measures)).toEqual(['各基层党组织', '党校', '组织部']);
  });
});
