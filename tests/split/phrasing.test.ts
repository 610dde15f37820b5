/** Web addresses in paragraph text become links that end where the address ends. */
import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { textToPhrasing } from '../../src/split/emit/phrasing.ts';

const marks = { goals: [], termUrl: () => null };
const links = (text: string) =>
  textToPhrasing(text, marks).flatMap((n: PhrasingContent) => (n.type === 'link' ? [[n.url, n.children.map((c) => ('value' in c ? c.value : '')).join('')]] : []));

describe('web addresses', () => {
  it.each([
    ['见http://example.gov.cn/a。请', 'http://example.gov.cn/a'],
    ['登录https://dj.example.gov.cn/report?id=1&y=2021，填写', 'https://dj.example.gov.cn/report?id=1&y=2021'],
    ['网址：https://a.example.cn/b.html.', 'https://a.example.cn/b.html'],
    ['（网址https://a.example.cn/b）', 'https://a.example.cn/b'],
    ['（详见 https://a.example.cn/wiki/x_(y)）', 'https://a.example.cn/wiki/x_(y)'],
  ])('%s → %s', (text, url) => {
    expect(links(text)).toEqual([[url, url]]);
  });

  it('links www. addresses over http and shows them as written', () => {
    expect(links('访问www.example.gov.cn/dj。')).toEqual([['http://www.example.gov.cn/dj', 'www.example.gov.cn/dj']]);
  });

  it('keeps every character of the text', () => {
    const text = '见http://example.gov.cn/a。请访问www.a.cn，或http://b.cn).';
    const flat = textToPhrasing(text, marks).map((n) => (n.type === 'link' ? (n.children[0] as { value: string }).value : (n as { value: string }).value)).join('');
    expect(flat).toBe(text);
  });

  it('leaves text without an address alone', () => {
    expect(textToPhrasing('发邮件至dj@example.cn，或致电http:', marks)).toEqual([{ type: 'text', value: '发邮件至dj@example.cn，或致电http:' }]);
  });
});
