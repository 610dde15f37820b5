/** Cross-document steps on document summaries: duplicate ids, shared terms, merged units. */
import { describe, expect, test } from 'vitest';
import { splitDocument } from '../../src/split/split-document.ts';
import { summarise, resolveIds, sharedTermKeys, termLinker, mergeUnits, type DocumentSummary } from '../../src/split/library/cross-document.ts';
import { unitIdsOf } from '../../src/model/unit-identity.ts';

// Unit ids as the split gives them to a document's measures and record: of its names in its jurisdiction.
type SummaryMeasure = Omit<DocumentSummary['measures'][number], 'unitIds'>;
const measure = (id: string, documentId: string, units: string[], roles: { lead?: string[]; support?: string[] } = {}): SummaryMeasure => ({
  id, documentId, units, leadUnits: roles.lead ?? [], supportUnits: roles.support ?? [],
});
const doc = (id: string, source: string, terms: string[], measures: SummaryMeasure[] = [], jurisdiction: string | null = null, fingerprint = source, docNumber: string | null = null): DocumentSummary => {
  const units = [...new Set(measures.flatMap((m) => m.units))];
  return {
    id, source, terms, jurisdiction, fingerprint, docNumber, units, unitIds: unitIdsOf(units, jurisdiction),
    measures: measures.map((m) => ({ ...m, unitIds: unitIdsOf(m.units, jurisdiction) })),
  };
};

test('summarise keeps what the cross-document steps need: id, source, cited titles then quoted terms, and each measure’s units with their ids', () => {
  const split = splitDocument(['某组发〔2021〕3号', '关于落实“三会一课”制度的通知', '', '一、主要任务',
    '（一）学习《中国共产党支部工作条例（试行）》。由县委组织部牵头，县财政局配合，落实“三会一课”。'].join('\n'), 'a.txt');
  expect(summarise(split)).toEqual({
    fingerprint: split.fingerprint, docNumber: '某组发〔2021〕3号', id: 'mouzufa-2021-3', source: 'a.txt', jurisdiction: null, units: ['县委组织部', '县财政局'],
    unitIds: ['xian-wei-zu-zhi-bu', 'xian-cai-zheng-ju'], terms: ['《中国共产党支部工作条例（试行）》', '三会一课'],
    measures: [{ id: 'mouzufa-2021-3-1-1', documentId: 'mouzufa-2021-3', units: ['县委组织部', '县财政局'], unitIds: ['xian-wei-zu-zhi-bu', 'xian-cai-zheng-ju'], leadUnits: ['县委组织部'], supportUnits: ['县财政局'] }],
  });
});

describe('resolveIds', () => {
  test('the same text twice is one document: the copy later in path order is an error and dropped', () => {
    expect(resolveIds([doc('zzb-2021-3', 'a.txt', [], [], null, 'same'), doc('zzb-2021-4', 'b.txt', []), doc('zzb-2021-3', 'c.txt', [], [], null, 'same')])).toEqual({
      problems: [{ file: 'c.txt', line: 0, id: 'duplicate-id', level: 'error', message: '文件 id “zzb-2021-3” 与 a.txt 重复（内容相同，是同一文件），此文件未写入' }],
      dropped: new Set(['c.txt']),
      renamed: new Map(),
    });
  });

  test('different 文号 that read alike in pinyin: both get a hash of their own 文号, whatever the file order', () => {
    const a = doc('jianjiaodang-2020-9', 'a.txt', [], [], null, 'fa', '健教党〔2020〕9号');
    const b = doc('jianjiaodang-2020-9', 'b.txt', [], [], null, 'fb', '建教党〔2020〕9号');
    const r = resolveIds([a, b]);
    expect(r.dropped).toEqual(new Set());
    expect([...r.renamed.values()]).toHaveLength(2);
    expect(new Set(r.renamed.values()).size).toBe(2);
    expect(r.problems.map((p) => [p.file, p.id])).toEqual([['a.txt', 'id-collision'], ['b.txt', 'id-collision']]);
    expect(r.problems[0].message).toContain('发文字号 健教党〔2020〕9号 与 建教党〔2020〕9号 的拼音相同');
    const swapped = resolveIds([{ ...b, source: 'a.txt' }, { ...a, source: 'b.txt' }]);
    expect(swapped.renamed.get('b.txt')).toBe(r.renamed.get('a.txt'));
  });

  test('two different documents with the same title and no 文号: told apart by a hash of their text', () => {
    const r = resolveIds([doc('tz-abcd', 'a.txt', [], [], null, 'text-1'), doc('tz-abcd', 'b.txt', [], [], null, 'text-2')]);
    expect(r.problems.map((p) => p.id)).toEqual(['id-collision', 'id-collision']);
    expect(r.problems[0].message).toContain('标题和日期相同，但内容不同');
    expect(new Set(r.renamed.values()).size).toBe(2);
  });

  test('distinct ids give no problem', () => {
    expect(resolveIds([doc('a', 'a.txt', []), doc('b', 'b.txt', [])])).toEqual({ problems: [], dropped: new Set(), renamed: new Map() });
  });
});

describe('shared terms', () => {
  const docs = [doc('a', 'a.txt', ['三会一课', '《条例》']), doc('b', 'b.txt', ['三会 一课', '一网通办', '一网通办'])];

  test('a term is shared when two documents name it, spacing aside; one document naming it twice is not enough', () => {
    expect(sharedTermKeys(docs)).toEqual(new Set(['三会一课']));
  });

  test('termLinker links every spelling of a shared term to one page, and other terms to none', () => {
    const link = termLinker(sharedTermKeys(docs));
    expect([link('三会一课'), link('三会 一课'), link('一网通办'), link('《条例》')]).toEqual(['/terms/shyk-7c8g/', '/terms/shyk-7c8g/', null, null]);
  });
});

describe('mergeUnits', () => {
  test('spellings of one unit across documents become one unit named by its most frequent spelling, with its role in each measure', () => {
    const docs = [
      doc('a', 'a.txt', [], [measure('a-1', 'a', ['县委 组织部'], { lead: ['县委 组织部'] }), measure('a-2', 'a', ['县委组织部', '县财政局'], { support: ['县财政局'] })]),
      doc('b', 'b.txt', [], [measure('b-1', 'b', ['县委组织部'], { support: ['县委组织部'] })]),
    ];
    expect(mergeUnits(docs)).toEqual([
      {
        id: 'xian-cai-zheng-ju', name: '县财政局', jurisdiction: null, aliases: ['县财政局'], url: '/units/xian-cai-zheng-ju/',
        measures: [{ id: 'a-2', documentId: 'a', role: 'support' }], documents: ['a'],
      },
      {
        id: 'xian-wei-zu-zhi-bu', name: '县委组织部', jurisdiction: null, aliases: ['县委组织部', '县委 组织部'], url: '/units/xian-wei-zu-zhi-bu/',
        measures: [{ id: 'a-1', documentId: 'a', role: 'lead' }, { id: 'a-2', documentId: 'a', role: 'assigned' }, { id: 'b-1', documentId: 'b', role: 'support' }],
        documents: ['a', 'b'],
      },
    ]);
  });

  test('names that really differ stay separate units, listed by id', () => {
    const docs = [doc('a', 'a.txt', [], [measure('a-1', 'a', ['县财政局（国资办）', '县财政局', '市财政局'])])];
    expect(mergeUnits(docs).map((u) => [u.id, u.name])).toEqual([
      ['shi-cai-zheng-ju', '市财政局'], ['xian-cai-zheng-ju', '县财政局'], ['xian-cai-zheng-ju-guo-zi-ban', '县财政局（国资办）'],
    ]);
  });

  test('a name relative to its issuer is one unit per jurisdiction; a name that carries its place is one unit everywhere', () => {
    const docs = [
      doc('a', 'a.txt', [], [measure('a-1', 'a', ['市委组织部', '湛江市财政局'])], '湛江市'),
      doc('b', 'b.txt', [], [measure('b-1', 'b', ['市委组织部', '湛江市财政局'])], '绵阳市'),
    ];
    expect(mergeUnits(docs).map((u) => [u.id, u.jurisdiction, u.documents])).toEqual([
      ['mian-yang-shi-shi-wei-zu-zhi-bu', '绵阳市', ['b']],
      ['zhan-jiang-shi-cai-zheng-ju', null, ['a', 'b']],
      ['zhan-jiang-shi-shi-wei-zu-zhi-bu', '湛江市', ['a']],
    ]);
  });

  test('a unit named twice in one measure is counted once for that measure', () => {
    const [unit] = mergeUnits([doc('a', 'a.txt', [], [measure('a-1', 'a', ['县应急局', '县应急局'])])]);
    expect([unit.measures, unit.aliases]).toEqual([[{ id: 'a-1', documentId: 'a', role: 'assigned' }], ['县应急局']]);
  });
});
