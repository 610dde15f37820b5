/** Stable ASCII ids: each a function of the thing's own text, never of its position in the corpus. */
import { describe, expect, test } from 'vitest';
import { documentId, pathSlug, unitId, termId, measureId, homophoneIds, shortHash } from '../../src/model/ids.ts';

describe('documentId', () => {
  test('a 文号 gives its organ in full pinyin, its year and its number', () => {
    expect(documentId('台教党字〔2018〕35号', '关于开展党员教育培训的通知', '2018-05-02')).toBe('taijiaodangzi-2018-35');
  });

  test('organs with the same initials get different ids', () => {
    expect([documentId('湛组通〔2019〕22号', '通知', null), documentId('珠组通〔2019〕22号', '通知', null)]).toEqual(['zhanzutong-2019-22', 'zhuzutong-2019-22']);
  });

  test('a 文号 in full-width digits and brackets, with 第 and a leading zero, gives the same id', () => {
    expect(documentId('台教党字［２０１８］第０３５号', '另一个标题', null)).toBe('taijiaodangzi-2018-35');
  });

  test('a very long organ is cut and fingerprinted', () => {
    expect(documentId('中共某某市委某某某某某某某某某某某某某某某某某某某某办公室〔2019〕3号', '通知', null)).toBe('zhonggongmoumoushiwe26d5-2019-3');
  });

  test('a 纪要 number with no organ takes the initials of the title after 关于', () => {
    expect(documentId('〔2025〕第8期', '关于防汛工作的会议纪要', null)).toBe('fxgzdhyj-2025-8');
  });

  test('without a 文号: title initials, the date and a fingerprint of the title, the same on every run', () => {
    expect(documentId(null, '关于做好基层党建工作的通知', '2021-03-05')).toBe('zhjcdjgz-20210305-a5mh');
    expect(documentId(null, '关于做好基层党建工作的通知', null)).toBe('zhjcdjgz-a5mh');
    expect(documentId(null, '关于做好基层党建工作的意见', null)).not.toBe('zhjcdjgz-a5mh');
  });
});

describe('pathSlug and measureId', () => {
  test.each([
    ['四.（四）.3', '4-4-3'],
    ['第四章.第十三条', '4-13'],
    ['一.（十二）.(3)', '1-12-3'],
    ['二.①', '2-1'],
    ['表1.一.12-2', 't1-1-12-2'],
    ['附件1.2', 'fj1-2'],
  ])('outline path %s → %s', (path, slug) => {
    expect(pathSlug(path)).toBe(slug);
  });

  test('a measure id is its document id and its path slug', () => {
    expect(measureId('taijiaodangzi-2018-35', '三.（二）.1')).toBe('taijiaodangzi-2018-35-3-2-1');
  });
});

describe('unitId and termId', () => {
  test('a unit id is the pinyin of the name, the same for every width, spacing and Kangxi form of it', () => {
    expect(['县委组织部（人才办）', '县委组织部(人才办)', '县委　组织部（人才办）'].map(unitId)).toEqual([
      'xian-wei-zu-zhi-bu-ren-cai-ban', 'xian-wei-zu-zhi-bu-ren-cai-ban', 'xian-wei-zu-zhi-bu-ren-cai-ban',
    ]);
    expect(unitId('市委\u2F2F委')).toBe(unitId('市委工委'));
  });

  test('different units get different ids, and a name over ten syllables is cut and fingerprinted', () => {
    expect([unitId('县委组织部'), unitId('市委组织部')]).toEqual(['xian-wei-zu-zhi-bu', 'shi-wei-zu-zhi-bu']);
    expect(unitId('中共某某市委全面深化改革委员会办公室')).toBe('zhong-gong-mou-mou-shi-wei-quan-mian-shen-hua-r59y');
    // Two long names that share their first ten syllables still differ by the fingerprint.
    expect(unitId('中共某某市委全面深化改革委员会秘书处')).not.toBe(unitId('中共某某市委全面深化改革委员会办公室'));
  });

  test('a term id is its initials and a fingerprint of its key: spacing aside the same, another term another id', () => {
    expect([termId('三会一课'), termId('三会 一课'), termId('两学一做')]).toEqual(['shyk-7c8g', 'shyk-7c8g', 'lxyz-e079']);
  });
});

describe('homophoneIds', () => {
  const yulin = '市教育局@榆林市';
  const yulin2 = '市教育局@玉林市';
  const finance = '市财政局@榆林市';

  test('keys alone under their ids keep them: nothing changes', () => {
    expect(homophoneIds(new Map([[yulin, 'yu-lin-shi-shi-jiao-yu-ju'], [finance, 'yu-lin-shi-shi-cai-zheng-ju']]))).toEqual(new Map());
  });

  test('every key of a shared id gets the id plus four characters of its own fingerprint; the others are left out', () => {
    expect(homophoneIds(new Map([[yulin, 'yu-lin-shi-shi-jiao-yu-ju'], [finance, 'yu-lin-shi-shi-cai-zheng-ju'], [yulin2, 'yu-lin-shi-shi-jiao-yu-ju']]))).toEqual(new Map([
      [yulin, 'yu-lin-shi-shi-jiao-yu-ju-vgpl'],
      [yulin2, 'yu-lin-shi-shi-jiao-yu-ju-3xww'],
    ]));
  });

  test('the order the keys come in changes nothing', () => {
    const entries: [string, string][] = [[yulin, 'yu-lin-shi-shi-jiao-yu-ju'], [finance, 'yu-lin-shi-shi-cai-zheng-ju'], [yulin2, 'yu-lin-shi-shi-jiao-yu-ju']];
    const forward = homophoneIds(new Map(entries));
    const backward = homophoneIds(new Map([...entries].reverse()));
    expect(new Map([...backward].sort())).toEqual(new Map([...forward].sort()));
  });

  test('a third key reading alike joins the group; keys of other ids are untouched', () => {
    const third = '市教育局@玉临市';
    expect(homophoneIds(new Map([[yulin, 'yu-lin-shi-shi-jiao-yu-ju'], [yulin2, 'yu-lin-shi-shi-jiao-yu-ju'], [third, 'yu-lin-shi-shi-jiao-yu-ju'], [finance, 'yu-lin-shi-shi-cai-zheng-ju']])))
      .toEqual(new Map([
        [yulin, 'yu-lin-shi-shi-jiao-yu-ju-vgpl'],
        [yulin2, 'yu-lin-shi-shi-jiao-yu-ju-3xww'],
        [third, `yu-lin-shi-shi-jiao-yu-ju-${shortHash(third)}`],
      ]));
  });

  test('when four characters of fingerprint are the same for two keys of the group, the group takes all seven', () => {
    // Found by search: FNV-1a of these two ends alike in base 36 (…xynf).
    const [a, b] = ['市教育局@第1350市', '市教育局@第5354市'];
    expect(shortHash(a)).toBe(shortHash(b));
    expect(homophoneIds(new Map([[a, 'x'], [b, 'x']]))).toEqual(new Map([[a, 'x-0byxynf'], [b, 'x-1tjxynf']]));
  });

  test('when a fingerprinted id would be the id another key has, the group takes all seven characters', () => {
    expect(homophoneIds(new Map([[yulin, 'x'], [yulin2, 'x'], ['other', 'x-vgpl']]))).toEqual(new Map([
      [yulin, `x-${shortHash(yulin, 7)}`],
      [yulin2, `x-${shortHash(yulin2, 7)}`],
    ]));
  });
});
