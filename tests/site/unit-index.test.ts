import { describe, expect, it } from 'vitest';
import { filterKeyOf, placeFreeLabel, placeGroupsOf, roleCountsText, roleSummary, unitRowOf } from '../../src/site/unit-index.ts';

type U = Parameters<typeof placeGroupsOf>[0][number];
const unit = (name: string, jurisdiction: string | null, roles: ('lead' | 'support' | 'assigned')[], documents = 1): U => ({
  name,
  jurisdiction,
  url: `/units/${name}/`,
  measures: roles.map((role, i) => ({ id: `m${i}`, documentId: 'd', role })),
  documents: Array.from({ length: documents }, (_, i) => `d${i}`),
});

describe('the units index', () => {
  it('counts what a unit leads and supports apart from what it is only assigned', () => {
    expect(unitRowOf(unit('市委组织部', '湛江市', ['lead', 'lead', 'support', 'assigned'], 2))).toEqual({
      name: '市委组织部',
      label: '市委组织部（湛江市）',
      url: '/units/市委组织部/',
      measures: 4,
      lead: 2,
      support: 1,
      documents: 2,
    });
  });

  it('says the roles in a list and in a sentence, and nothing for a unit named in neither', () => {
    const row = unitRowOf(unit('a', null, ['lead', 'support', 'support']));
    expect(roleSummary(row)).toBe('牵头 1 · 配合 2');
    expect(roleCountsText(row)).toBe('牵头 1 项、配合 2 项');
    expect(roleSummary(unitRowOf(unit('b', null, ['assigned'])))).toBe('');
    expect(roleCountsText(unitRowOf(unit('c', null, ['support'])))).toBe('配合 1 项');
  });

  it('groups units by jurisdiction in Chinese order, the place-free group last, most measures first within a group', () => {
    const groups = placeGroupsOf([
      unit('县委宣传部', '建始县', ['assigned']),
      unit('市委组织部', '湛江市', ['assigned']),
      unit('中共中央组织部', null, ['assigned']),
      unit('市委宣传部', '湛江市', ['lead', 'assigned']),
      unit('县委组织部', '建始县', ['lead', 'lead', 'assigned']),
    ]);
    expect(groups.map((g) => [g.label, g.slug, g.measures, g.units.map((u) => u.name)])).toEqual([
      ['建始县', 'jian-shi-xian', 4, ['县委组织部', '县委宣传部']],
      ['湛江市', 'zhan-jiang-shi', 3, ['市委宣传部', '市委组织部']],
      [placeFreeLabel, 'general', 1, ['中共中央组织部']],
    ]);
  });

  it('gives two jurisdictions that transliterate alike two addresses', () => {
    const slugs = placeGroupsOf([unit('市委组织部', '平林市', ['assigned']), unit('市委组织部', '平临市', ['assigned'])]).map((g) => g.slug);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs[0]).toBe('ping-lin-shi');
    expect(slugs[1]).toMatch(/^ping-lin-shi-[a-z0-9]+$/);
  });

  it('filters on the label folded to one width, so ＡＢＣ finds abc', () => {
    expect(filterKeyOf({ label: '市委组织部（湛江市）' })).toBe('市委组织部(湛江市)');
    expect(filterKeyOf({ label: 'ＡＢＣ办公室' })).toBe('abc办公室');
  });
});
