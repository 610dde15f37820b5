import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { generateDocument } from '../../scripts/bench/corpus.ts';
import { corpusFileToMarkdown, escapeMarkdown } from '../../scripts/bench/starlight-markdown.ts';

describe('corpusFileToMarkdown', () => {
  it('makes the title from the file name and each line a paragraph', () => {
    const page = corpusFileToMarkdown({ name: '00007-关于做好2020年党建工作的通知.txt', text: '\n江组通〔2020〕1号\n\n    一、总体要求\n各支部：\n' });
    expect(page).toEqual({
      name: '00007-关于做好2020年党建工作的通知.md',
      text: '---\ntitle: "关于做好2020年党建工作的通知"\n---\n\n江组通〔2020〕1号\n\n一、总体要求\n\n各支部：\n',
    });
  });

  it('escapes what Markdown would read as syntax', () => {
    expect(escapeMarkdown('1. 党员 - *重点* [见附件](x) <b> a|b _c_ &amp; #1')).toBe(
      '1\\. 党员 \\- \\*重点\\* \\[见附件\\]\\(x\\) \\<b\\> a\\|b \\_c\\_ \\&amp\\; \\#1',
    );
  });

  it('keeps titles with quotes valid frontmatter', () => {
    expect(corpusFileToMarkdown({ name: '00001-关于"三会一课"的通知.txt', text: 'x\n' }).text.split('\n')[1]).toBe('title: "关于\\"三会一课\\"的通知"');
  });
});

describe('a generated document as Markdown', () => {
  // What a reader of the Starlight page sees: the paragraphs' text, which must be the document's lines.
  it('parses back to one paragraph per line, with the text as written', () => {
    const file = generateDocument(3);
    const body = corpusFileToMarkdown(file).text.replace(/^---\n[^]*?\n---\n/, '');
    const tree = unified().use(remarkParse).parse(body);
    const lines = file.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    expect(tree.children.map((node) => node.type)).toEqual(lines.map(() => 'paragraph'));
    expect(tree.children.map((node) => toString(node))).toEqual(lines);
  });
});
