/** The page glue of the search highlight never throws on a bad address. */
import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/search/browser/highlight-page.ts';

describe('fragmentId', () => {
  it('decodes a well-formed fragment', () => {
    expect(fragmentId('#m-2-1')).toBe('m-2-1');
    expect(fragmentId('#%E7%9B%AE%E5%BD%95')).toBe('目录');
    expect(fragmentId('')).toBe('');
  });

  it.each(['#%', '#m-%E4%B8', '#%ZZ', '#100%'])('takes a malformed fragment %s as written instead of throwing', (hash) => {
    expect(fragmentId(hash)).toBe(hash.slice(1));
  });
});
