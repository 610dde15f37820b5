import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { arrayHead, type Cbor, encodeCbor, parseMeta, readPagefindFile, wordsOfChunk, writePagefindFile } from '../../src/search/index/pagefind-files.ts';
import { chunkBounds, chunkRuns, continuationTerms, joinedToPrevious } from '../../src/search/index/rechunk.ts';
import { chunkSizesFor, repackShard } from '../../src/search/index/repack.ts';
import { mergeContinuations, parseContinuations } from '../../src/search/index/continuations.ts';

describe('CBOR as Pagefind writes it', () => {
  const pagefindFile = (cbor: number[]) => gzipSync(Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), ...cbor]));

  it('encodes the shortest heads and reads back the same value', () => {
    const value: Cbor = ['1.6.0', [['zh-cn_9e274c5', 2230, ''], [0, [-25, 632, 70000], []]], [true, false, null]];
    const bytes = encodeCbor(value);
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x83, 0x65, 0x31, 0x2e, 0x36, 0x2e, 0x30, 0x82]);
    expect(readPagefindFile(writePagefindFile(value))).toEqual(value);
    expect(Array.from(encodeCbor(-25))).toEqual([0x38, 24]);
    expect(Array.from(encodeCbor(70000))).toEqual([0x1a, 0, 1, 0x11, 0x70]);
  });

  it('writes the head of an array whose items are encoded apart', () => {
    expect(Array.from(arrayHead(3))).toEqual([0x83]);
    expect(Array.from(arrayHead(300))).toEqual([0x99, 1, 44]);
  });

  it('refuses trailing bytes, indefinite lengths and a file without the signature', () => {
    expect(() => readPagefindFile(pagefindFile([0x01, 0x02]))).toThrow('too many terminals');
    expect(() => readPagefindFile(pagefindFile([0x9f, 0xff]))).toThrow('indefinite length items not allowed');
    expect(() => readPagefindFile(gzipSync(Uint8Array.from([0x01])), 'x.pf_meta')).toThrow('x.pf_meta: not a Pagefind file');
  });

  it('writes again, byte for byte, the metadata, index chunks and filters Pagefind wrote', async () => {
    const { createIndex, close } = await import('pagefind');
    const { index } = await createIndex({ forceLanguage: 'zh-cn' });
    try {
      const texts = ['民主评议党员工作的通知', '关于加强基层党组织建设的意见 2019年', '议员 and 300 words of English text'];
      for (const [n, content] of texts.entries()) {
        await index!.addCustomRecord({ url: `/d/${n}/`, content, language: 'zh-cn', filters: { year: [`${2019 + n}`] }, meta: { title: `文件${n}` } });
      }
      const { files } = await index!.getFiles();
      const cbor = files.filter((f) => /\.pf_(meta|index|filter)$/.test(f.path));
      expect(new Set(cbor.map((f) => f.path.split('.').pop()))).toEqual(new Set(['pf_meta', 'pf_index', 'pf_filter']));
      for (const f of cbor) expect(gunzipSync(writePagefindFile(readPagefindFile(f.content, f.path))), f.path).toEqual(gunzipSync(f.content));
    } finally {
      await close();
    }
  });
});

describe('chunks of words', () => {
  const sizes = (limit: number, alone = Infinity) => ({ limit, alone });

  it('closes a chunk before a word that would take it past the limit, so a large word travels alone', () => {
    expect(chunkRuns([3, 3, 10, 2, 2, 2], sizes(6))).toEqual([[0, 1], [2], [3, 4, 5]]);
    expect(chunkRuns([], sizes(6))).toEqual([]);
  });

  it('puts a word of `alone` bytes or more in a chunk by itself, however large the limit', () => {
    expect(chunkRuns([3, 5, 2, 2, 5, 5, 1], sizes(100, 5))).toEqual([[0], [1], [2, 3], [4], [5], [6]]);
    expect(chunkRuns([3, 5, 2], sizes(100))).toEqual([[0, 1, 2]]);
  });

  it('keeps a word with the words that extend it, but not a one-character word with its bigrams', () => {
    expect(joinedToPrevious(['20', '2019', '2019年', '20195', '21', '议', '议党', '议党员', '议员', '训'])).toEqual([false, true, true, true, false, false, false, true, false, false]);
    expect(chunkRuns([3, 3, 10, 2, 2, 2], sizes(6), [false, true, true, false, false, false])).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(chunkRuns([3, 6, 2], sizes(100, 5), [false, true, true])).toEqual([[0, 1, 2]]);
  });

  it('names, for a chunk that goes on with the character the one before it ended with, that character and the term that loads it', () => {
    // 议 | 议党 | 议员, 议题, 训练 | 训练班, 资料: the second and third go on with 议, the fourth with 训.
    const bounds = chunkBounds([['党员', '议'], ['议党'], ['议员', '议题', '训练'], ['训练班', '资料']]);
    expect(bounds).toEqual([['党员', '议'], ['议党', '议党'], ['议员', '训练'], ['训练班', '资料']]);
    expect(continuationTerms(bounds)).toEqual([['议', '议党'], ['议', '议员'], ['训', '训练班']]);
    expect(continuationTerms(chunkBounds([['党员'], ['议党'], ['议员']]))).toEqual([['议', '议员']]);
    expect(continuationTerms(chunkBounds([['党员']]))).toEqual([]);
  });

  it('lists each chunk under the shortest prefixes that tell neighbours apart (Pagefind’s chunk_meta)', () => {
    expect(chunkBounds([['apple'], ['apricot', 'banana'], ['peach']])).toEqual([['apple', 'app'], ['apr', 'b'], ['p', 'peach']]);
    expect(chunkBounds([['议', '议党'], ['议员', '训']])).toEqual([['议', '议党'], ['议员', '训']]);
    expect(chunkBounds([['cath'], ['cathartic']])).toEqual([['cath', 'cath'], ['catha', 'cathartic']]);
  });
});

describe('chunk size', () => {
  it('grows with the square root of a shard’s pages: chunks of 60,000 bytes and words of 10,000 alone at 1,000 pages', () => {
    expect([5, 1000, 2500, 4000].map(chunkSizesFor)).toEqual([
      { limit: 60000, alone: 10000 },
      { limit: 60000, alone: 10000 },
      { limit: 94868, alone: 15811 },
      { limit: 120000, alone: 20000 },
    ]);
  });
});

describe('the terms a one-character query preloads', () => {
  it('merges every shard’s into one sorted list per character, without repeats', () => {
    expect(mergeContinuations([['议', '议员'], ['训', '训练班'], ['议', '议党'], ['议', '议员']])).toEqual({ 训: ['训练班'], 议: ['议党', '议员'] });
    expect(JSON.stringify(mergeContinuations([]))).toBe('{}');
  });

  it('reads back what it wrote and refuses a file that is not a map of a character to its terms', () => {
    const merged = mergeContinuations([['议', '议党'], ['a', 'ab']]);
    expect(parseContinuations(JSON.stringify(merged))).toEqual(merged);
    for (const bad of ['[]', '{"议":"议党"}', '{"议党":["议党员"]}', '{"议":["训练"]}', '{"议":[1]}', 'null']) {
      expect(() => parseContinuations(bad), bad).toThrow('continuations.json: not a map');
    }
  });
});

describe('repacking a shard', () => {
  const word = (w: string, page: number, positions: number): Cbor[] => [w, [[page, Array.from({ length: positions }, (_, i) => i * 7), []]], []];
  const chunkA = writePagefindFile([[word('党员', 0, 400), word('党建', 1, 3), word('组织', 0, 2)]]);
  const chunkB = writePagefindFile([[word('议党', 1, 2), word('议员', 0, 1)]]);
  const meta = writePagefindFile(['1.6.0', [['zh-cn_aaaaaaa', 10, ''], ['zh-cn_bbbbbbb', 20, ''], ['zh-cn_ccccccc', 30, 'g1']], [['党', '组', 'A'], ['议', '议员', 'B']], [['year', 'zh-cn_1234567']], [], ['title']]);
  const files: Record<string, Uint8Array> = { A: chunkA, B: chunkB };

  it('keeps every word, in order, and everything else in the metadata as it was', () => {
    const repacked = repackShard(meta, (name) => files[name]!, 2, { limit: 200, alone: Infinity });
    const after = parseMeta(readPagefindFile(repacked.meta));
    const tag = after.chunks[0]![2].split('/')[0]!;
    expect(tag).toMatch(/^2-[0-9a-f]{6}$/);
    expect(after.pages).toEqual([[`${tag}/0`, 10, ''], [`${tag}/1`, 20, ''], ['zh-cn_ccccccc', 30, 'g1']]);
    expect([...repacked.fragments]).toEqual([['zh-cn_aaaaaaa', `${tag}/0`], ['zh-cn_bbbbbbb', `${tag}/1`]]);
    expect(after.chunks.map((c) => c[2])).toEqual([`${tag}/0`, `${tag}/1`]);
    expect(after.rest).toEqual([[['year', 'zh-cn_1234567']], [], ['title']]);
    const chunks = after.chunks.map(([from, to, name]) => ({ from, to, words: wordsOfChunk(readPagefindFile(repacked.chunks.get(name)!)).map((w) => w[0]) }));
    // 党员 has 400 positions (far over 200 bytes): alone; the four small words share the next chunk.
    expect(chunks).toEqual([
      { from: '党员', to: '党员', words: ['党员'] },
      { from: '党建', to: '议员', words: ['党建', '组织', '议党', '议员'] },
    ]);
    expect(wordsOfChunk(readPagefindFile(repacked.chunks.get(after.chunks[0]![2])!))[0]).toEqual(word('党员', 0, 400));
  });

  it('returns, for a one-character query, the terms that load the chunks its family goes on in', () => {
    // 党员 alone, then 党建 … 议员 together: only 党 goes on in a second chunk.
    expect(repackShard(meta, (name) => files[name]!, 2, { limit: 200, alone: Infinity }).continuations).toEqual([['党', '党建']]);
    // Every word alone: 党建 goes on from 党员, 议员 from 议党.
    expect(repackShard(meta, (name) => files[name]!, 2, { limit: 200, alone: 1 }).continuations).toEqual([['党', '党建'], ['议', '议员']]);
  });

  it('tags a shard by its number and its content, so a changed shard gets new addresses', () => {
    const tagOf = (r: ReturnType<typeof repackShard>) => [...r.chunks.keys()][0]!.split('/')[0];
    const once = repackShard(meta, (name) => files[name]!, 2, { limit: 200, alone: Infinity });
    expect(tagOf(repackShard(meta, (name) => files[name]!, 2, { limit: 200, alone: Infinity }))).toBe(tagOf(once));
    expect(tagOf(repackShard(meta, (name) => files[name]!, 3, { limit: 200, alone: Infinity }))).toBe(tagOf(once)!.replace(/^2-/, '3-'));
    const changed: Record<string, Uint8Array> = { ...files, B: writePagefindFile([[word('议党', 1, 3), word('议员', 0, 1)]]) };
    expect(tagOf(repackShard(meta, (name) => changed[name]!, 2, { limit: 200, alone: Infinity }))).not.toBe(tagOf(once));
  });
});
