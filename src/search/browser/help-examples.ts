/**
 * The examples in the search page's 怎样查找, as data: the page shows them and a test searches for
 * each on the built site (tests/search/help-examples.test.ts), so none of them finds nothing.
 */
export interface HelpExample {
  /** What the reader would type. */
  query: string;
  /** The sentence around it: `{q}` is where the example goes. */
  text: string;
}

export const helpExamples: readonly HelpExample[] = [
  { query: '组织生活会', text: '查找与原文完全一致的文字，如 {q} 只列出含有“组织生活会”的文件和措施。' },
  { query: '三会一课 主题党日', text: '多个词用空格分开，列出同时含有这些词的内容：{q}。' },
  { query: '"党建 工作"', text: '加引号的词组作为一个整体查找，其中的空格可有可无：{q} 也找到“党建工作”。' },
  { query: '組織生活', text: '繁体字按简体查找：{q} 即查“组织生活”。' },
];
