/**
 * The pure parts of the offline search: page text as Pagefind reads it, the data script, the
 * search rules and the result markup.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { offlineSearchGlobal } from '../../src/offline/files.ts';
import { decodeEntities, htmlToPageText } from '../../src/offline/page-text.ts';
import { resultsToHtml } from '../../src/offline/render.ts';
import { kindOfPath, pageToRecord, searchDataToScript, unpackSearchData, type SearchData } from '../../src/offline/search-data.ts';
import { foldText, prepareSearchData, queryTerms, search } from '../../src/offline/search.ts';

const page = (main: string, head = '<title>T · 站</title>') =>
  `<!doctype html><html lang="zh-CN"><head>${head}</head><body><header data-pagefind-ignore><a href="../index.html">政策知识站</a></header>` +
  `<main id="main" data-pagefind-body>${main}</main><footer data-pagefind-ignore>页脚</footer></body></html>`;

describe('page text', () => {
  it('reads only the indexed part, without ignored parts, scripts and controls, blocks apart', () => {
    const html = page(
      '<h1>落实“三会一课”</h1><nav data-pagefind-ignore><a href="x">面包屑</a></nav>' +
        '<p>每月<strong>召开</strong>支部委员会</p><p>每季度&#x53EC;开党员大会</p>' +
        '<script>var x = "<p>no</p>";</script><textarea>分享文本</textarea><button>复制</button><br/><img src="a.png" alt="图">',
    );
    expect(htmlToPageText(html)).toEqual({
      title: '落实“三会一课”',
      text: '落实“三会一课” 每月召开支部委员会 每季度召开党员大会',
      filters: {},
      meta: {},
    });
  });

  it('takes title, filters and metadata from Pagefind attributes', () => {
    const html = page('<h1>标题</h1><span data-pagefind-filter="类型:措施"></span><p data-pagefind-filter="文件">某某通知</p><span data-pagefind-meta="title:别名"></span>');
    const text = htmlToPageText(html)!;
    expect(text.title).toBe('别名');
    expect(text.filters).toEqual({ 类型: ['措施'], 文件: ['某某通知'] });
  });

  it('skips a page without data-pagefind-body', () => {
    expect(htmlToPageText('<html><body><main><h1>x</h1></main></body></html>')).toBeNull();
  });

  it('decodes entities', () => {
    expect(decodeEntities('a&amp;b &lt;c&gt; &#20013;&#x6587; &nbsp;&bogus;')).toBe('a&b <c> 中文  &bogus;');
  });
});

describe('search data', () => {
  it('names page kinds by folder; section index pages are not units or terms', () => {
    expect(['', 'documents/d/', 'measures/m/', 'units/u/', 'units/', 'terms/t/', 'terms/', 'deadlines/', 'search/'].map(kindOfPath))
      .toEqual(['home', 'document', 'measure', 'unit', 'other', 'term', 'other', 'deadlines', 'search']);
  });

  it('finds the document of a measure page from its first link into documents/', () => {
    const html = page('<h1>措施</h1><a href="../../documents/d-1/index.html#m-1">出处</a>');
    expect(pageToRecord('measures/d-1-1/', htmlToPageText(html)!, html)).toMatchObject({ kind: 'measure', document: 'd-1' });
  });

  it('round-trips through the classic script, which cannot end its own <script>', () => {
    const data: SearchData = {
      documents: { d: '通知' },
      records: [
        { url: 'documents/d/', title: '通知', kind: 'document', document: 'd', text: '正文 </script> \u2028' },
        { url: 'units/u/', title: '单位', kind: 'unit', document: '', text: '单位' },
      ],
    };
    const script = searchDataToScript(data);
    expect(script).not.toContain('</script>');
    const window: Record<string, unknown> = {};
    runInNewContext(script, { window });
    expect(unpackSearchData(window[offlineSearchGlobal] as never)).toEqual(data);
  });
});

describe('search rules', () => {
  const data: SearchData = {
    documents: { d: '关于加强党建工作的通知' },
    records: [
      { url: 'documents/d/', title: '关于加强党建工作的通知', kind: 'document', document: 'd', text: '落实三会一课制度。每月召开支部委员会。组织生活会每年一次。' },
      { url: 'measures/d-1/', title: '落实三会一课', kind: 'measure', document: 'd', text: '落实三会一课制度。' },
      { url: 'measures/d-2/', title: '组织生活会', kind: 'measure', document: 'd', text: '组织生活会每年一次。' },
      { url: 'units/u/', title: '支部委员会', kind: 'unit', document: '', text: '支部委员会 ＡＢＣ' },
    ],
  };
  const prepared = prepareSearchData(data);
  const urls = (q: string, f = {}) => search(prepared, q, f).map((r) => r.record.url);

  it('folds full-width letters and digits and case, keeping length', () => {
    expect(foldText('ＡＢＣ１２３　abc中文，')).toBe('abc123 abc中文，');
    expect(queryTerms(' 三会 三会一课  ')).toEqual(['三会一课']);
  });

  it('matches the exact phrase only, every term, title hits first', () => {
    expect(urls('三会一课')).toEqual(['measures/d-1/', 'documents/d/']);
    expect(urls('组织生活会')).toEqual(['measures/d-2/', 'documents/d/']);
    expect(urls('生活 三会')).toEqual(['documents/d/']);
    expect(urls('届换')).toEqual([]);
    expect(urls('abc')).toEqual(['units/u/']);
    expect(urls('   ')).toEqual([]);
  });

  it('filters by kind and document', () => {
    expect(urls('三会一课', { kind: 'document' })).toEqual(['documents/d/']);
    expect(urls('支部委员会', { document: 'd' })).toEqual(['documents/d/']);
  });

  it('renders results with the hit marked and links from the site folder', () => {
    const html = resultsToHtml('三会一课', search(prepared, '三会一课'), data, 'file:///x/', 1);
    expect(html).toContain('找到 2 条结果');
    expect(html).toContain('<a href="file:///x/measures/d-1/index.html">落实三会一课</a>');
    expect(html).toContain('<mark>三会一课</mark>');
    expect(html).toContain('措施 · 关于加强党建工作的通知');
    expect(html).toContain('显示更多（还有 1 条）');
    expect(resultsToHtml('<b>', [], data, '', 10)).toBe('<p class="offline-search__count">没有找到包含“&lt;b&gt;”的内容。</p>');
  });
});
