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

  const slugOfPlace = (groups: ReturnType<typeof placeGroupsOf>) => new Map(groups.map((g) => [g.label, g.slug]));

  it('gives every jurisdiction of a group that transliterates alike a fingerprint of its own name', () => {
    const groups = placeGroupsOf([unit('市委组织部', '平林市', ['assigned']), unit('市委组织部', '平临市', ['assigned']), unit('市委组织部', '湛江市', ['assigned'])]);
    expect(slugOfPlace(groups)).toEqual(
      new Map([
        ['平林市', 'ping-lin-shi-bybb'],
        ['平临市', 'ping-lin-shi-qjr4'],
        ['湛江市', 'zhan-jiang-shi'],
      ]),
    );
  });

  it('gives each jurisdiction the same address whatever order its units come in', () => {
    const units = [
      unit('市委组织部', '平林市', ['assigned']),
      unit('市教育局', '凭林市', ['assigned']),
      unit('中共中央组织部', null, ['assigned']),
      unit('市委宣传部', '平临市', ['assigned']),
      unit('县委组织部', '建始县', ['assigned']),
      unit('市委组织部', '平临市', ['assigned']),
    ];
    const forward = slugOfPlace(placeGroupsOf(units));
    expect(slugOfPlace(placeGroupsOf([...units].reverse()))).toEqual(forward);
    expect(forward).toEqual(
      new Map([
        ['建始县', 'jian-shi-xian'],
        ['平林市', 'ping-lin-shi-bybb'],
        ['平临市', 'ping-lin-shi-qjr4'],
        ['凭林市', 'ping-lin-shi-62zx'],
        [placeFreeLabel, 'general'],
      ]),
    );
  });

  it('never hands the address a jurisdiction had to another that reads alike when the library grows', () => {
    const before = slugOfPlace(placeGroupsOf([unit('市委组织部', '平临市', ['assigned'])]));
    const after = slugOfPlace(placeGroupsOf([unit('市委组织部', '平林市', ['assigned']), unit('市委组织部', '平临市', ['assigned'])]));
    expect(before.get('平临市')).toBe('ping-lin-shi');
    expect(after.get('平林市')).not.toBe(before.get('平临市'));
    expect(after.get('平林市')).toBe('ping-lin-shi-bybb');
  });

  it('keeps the plain address of a jurisdiction nothing else reads like', () => {
    expect(placeGroupsOf([unit('市委组织部', '平林市', ['assigned']), unit('市委组织部', '湛江市', ['assigned'])]).map((g) => g.slug)).toEqual([
      'ping-lin-shi',
      'zhan-jiang-shi',
    ]);
  });

  it('keeps general for the place-free group: a jurisdiction that reads general gets a fingerprint, with or without that group', () => {
    expect(slugOfPlace(placeGroupsOf([unit('教育局', 'General', ['assigned']), unit('中共中央组织部', null, ['assigned'])]))).toEqual(
      new Map([
        ['General', 'general-v4ln'],
        [placeFreeLabel, 'general'],
      ]),
    );
    expect(placeGroupsOf([unit('教育局', 'General', ['assigned'])]).map((g) => g.slug)).toEqual(['general-v4ln']);
  });

  it('refuses to give two jurisdictions one address where a long fingerprint makes a slug another place reads as', () => {
    // foo and foo! both read foo; foo-leqf takes foo's short fingerprint, so the group gets the long ones, and foo-1b5leqf is foo's.
    const units = ['foo', 'foo!', 'foo-leqf', 'foo-1b5leqf'].map((place) => unit('教育局', place, ['assigned']));
    expect(() => placeGroupsOf(units)).toThrow('would share the address /units/place/foo-1b5leqf/');
  });

  it('filters on the label folded to one width, so ＡＢＣ finds abc', () => {
    expect(filterKeyOf({ label: '市委组织部（湛江市）' })).toBe('市委组织部(湛江市)');
    expect(filterKeyOf({ label: 'ＡＢＣ办公室' })).toBe('abc办公室');
  });
});
