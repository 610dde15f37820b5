/** Which body a unit name is: relative names are qualified by the issuing jurisdiction, placed names are not. */
import { describe, expect, test } from 'vitest';
import { carriesPlace, jurisdictionOf, unitIdentity, unitIdsOf, unitKey } from '../../src/model/unit-identity.ts';
import { unitLabel } from '../../src/model/unit-label.ts';
import { mergeUnits } from '../../src/split/library/cross-document.ts';

describe('the issuing jurisdiction', () => {
  test.each([
    [['中共湛江市委组织部'], '湛江市'],
    [['绵阳市教育和体育局'], '绵阳市'],
    [['建始县教育局'], '建始县'],
    [['平潭综合实验区管委会办公室'], '平潭综合实验区'],
    [['中共平潭综合实验区金井片区管理局委员会'], '平潭综合实验区'],
    [['广西壮族自治区人民政府办公厅'], '广西壮族自治区'],
    [['重庆市第五届人民代表大会常务委员会'], '重庆市'],
    [['国务院办公厅'], '国务院办公厅'],
    [[], null],
  ])('%j → %s', (issuers, expected) => {
    expect(jurisdictionOf(issuers)).toBe(expected);
  });
});

describe('names that carry their place', () => {
  test.each([
    ['湛江市委组织部', true],
    ['越秀区', true],
    ['国家海岛研究中心', true],
    ['中共绵阳市委', true],
    ['人民银行平潭支行', true],
    ['市委组织部', false],
    ['区经发局经信处', false],
    ['各县（市、区）', false],
    ['辖区派出所', false],
    ['所在乡镇人民政府', false],
    ['团市委', false],
    ['社区党组织', false],
    ['市县党委组织部', false],
  ])('%s: %s', (name, expected) => {
    expect(carriesPlace(name, '平潭综合实验区')).toBe(expected);
  });
});

describe('unit identity', () => {
  test('a relative name is one body per jurisdiction, a placed name one body everywhere', () => {
    const zhanjiang = unitIdentity('市委组织部', '湛江市');
    const mianyang = unitIdentity('市委组织部', '绵阳市');
    expect(zhanjiang.id).not.toBe(mianyang.id);
    expect([zhanjiang.jurisdiction, mianyang.jurisdiction]).toEqual(['湛江市', '绵阳市']);
    expect(unitIdentity('湛江市委组织部', '湛江市')).toEqual(unitIdentity('湛江市委组织部', '绵阳市'));
    expect(unitIdentity('湛江市委组织部', '湛江市').jurisdiction).toBeNull();
  });
  test('spellings that differ only in form stay one body within a jurisdiction', () => {
    expect(unitIdentity('市委⼯委', '湛江市')).toEqual(unitIdentity('市委工委', '湛江市'));
    expect(unitIdentity('市属党(工)委', '湛江市').id).toBe(unitIdentity('市属党（工）委', '湛江市').id);
  });
  test('unitKey is the identity without its id, for names relative to the issuer, placed, national and without an issuer', () => {
    for (const [name, jurisdiction] of [['市委组织部', '湛江市'], ['湛江市委组织部', '绵阳市'], ['国家发展改革委', '湛江市'], ['市属党(工)委', '湛江市'], ['宣传部', null]] as const) {
      const { id: _id, ...withoutId } = unitIdentity(name, jurisdiction);
      expect(unitKey(name, jurisdiction)).toEqual(withoutId);
    }
  });
  test('without an issuer a name stays as it is', () => {
    expect(unitIdentity('宣传部', null)).toEqual({ key: '宣传部', id: unitIdentity('宣传部', null).id, jurisdiction: null });
  });
  test('the label names the jurisdiction only when it qualifies the name', () => {
    expect(unitLabel({ name: '市委组织部', jurisdiction: '湛江市' })).toBe('市委组织部（湛江市）');
    expect(unitLabel({ name: '湛江市委组织部', jurisdiction: null })).toBe('湛江市委组织部');
  });
  test('merging units across documents keeps 市委组织部 of two cities apart and joins a placed name', () => {
    const doc = (id: string, jurisdiction: string, units: string[]) => ({
      id, source: `${id}.txt`, jurisdiction, units, unitIds: unitIdsOf(units, jurisdiction), terms: [], fingerprint: id, docNumber: null,
      measures: [{ id: `${id}-1`, documentId: id, units, unitIds: unitIdsOf(units, jurisdiction), leadUnits: [], supportUnits: [] }],
    });
    const units = mergeUnits([doc('zj', '湛江市', ['市委组织部', '湛江市委宣传部']), doc('my', '绵阳市', ['市委组织部', '湛江市委宣传部'])]);
    expect(new Map(units.map((u) => [unitLabel(u), u.documents]))).toEqual(new Map([
      ['市委组织部（湛江市）', ['zj']],
      ['市委组织部（绵阳市）', ['my']],
      ['湛江市委宣传部', ['zj', 'my']],
    ]));
  });
});
