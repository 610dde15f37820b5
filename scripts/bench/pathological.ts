/**
 * node scripts/bench/pathological.ts [--sizes 16,64,256] [--only NAME,NAME] [--in-measure] [--dated]
 * Splits pathological inputs (long runs of spaces, punctuation, digits, brackets, one 1 MB line)
 * at several sizes and prints milliseconds per KB: a flat row is linear time, a row that grows
 * with the size is a regex or a loop that backtracks. Not a test: a harness to read.
 */
import { parseArgs } from 'node:util';
import { splitDocument } from '../../src/split/split-document.ts';
import { summarise, sharedTermKeys, termLinker } from '../../src/split/library/cross-document.ts';
import { documentToMdxFiles } from '../../src/split/emit/entries-to-mdx.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '16,64,256,1024' }, only: { type: 'string' },
    'in-measure': { type: 'boolean', default: false }, dated: { type: 'boolean', default: false },
  },
});
// --dated puts a unit, a date and a recurrence before the filler, which wakes the unit and deadline rules.
const LEAD = values.dated ? '（一）加强学习。由县委组织部牵头，各支部要在9月底前、每月组织学习' : '（一）加强学习。各支部要组织学习';
// The filler goes into a principle (总体要求: structure and cleaning only) or, with --in-measure,
// into a measure, where units, deadlines and goals are extracted from it too.
const HEAD = values['in-measure']
  ? `关于开展测试工作的通知\n\n各单位：\n\n一、主要任务\n\n${LEAD}`
  : `关于开展测试工作的通知\n\n各单位：\n\n一、总体要求\n\n${LEAD}`;
/** Each case: KB of filler → the whole document text. */
const CASES: Record<string, (kb: number) => string> = {
  spaces: (kb) => `${HEAD}${' '.repeat(kb * 1024)}结束。\n`,
  'spaces+marker': (kb) => `${HEAD}${' '.repeat(kb * 1024)}x一、结束。\n`,
  'ideographic-spaces': (kb) => `${HEAD}${'\u3000'.repeat(kb * 512)}结束。\n`,
  'space-newlines': (kb) => `${HEAD}${' \n'.repeat(kb * 512)}结束。\n`,
  punctuation: (kb) => `${HEAD}${'。，、；'.repeat(kb * 85)}结束。\n`,
  digits: (kb) => `${HEAD}${'1234567890'.repeat(kb * 102)}结束。\n`,
  'digit-dots': (kb) => `${HEAD}${'1.'.repeat(kb * 512)}结束。\n`,
  brackets: (kb) => `${HEAD}${'（（【《'.repeat(kb * 85)}结束。\n`,
  'closing-brackets': (kb) => `${HEAD}${'）】》」'.repeat(kb * 85)}结束。\n`,
  quotes: (kb) => `${HEAD}${'“‘「'.repeat(kb * 113)}结束。\n`,
  tabs: (kb) => `${HEAD}\n序号\t任务\t责任单位\t时限\n1\t${'\t'.repeat(kb * 1024)}结束\n`,
  pipes: (kb) => `${HEAD}\n序号 | 任务 | 责任单位 | 时限\n1 | ${'| '.repeat(kb * 512)}结束\n`,
  'numbers-in-brackets': (kb) => `${HEAD}${'（1）'.repeat(kb * 100)}结束。\n`,
  stars: (kb) => `${HEAD}${'*'.repeat(kb * 1024)}结束。\n`,
  'bookmark-open': (kb) => `${HEAD}${'[bookmark:'.repeat(kb * 100)}结束。\n`,
  'page-words': (kb) => `${HEAD}${'第1页'.repeat(kb * 128)}结束。\n`,
  'numbered-lines': (kb) => `${HEAD}\n${Array.from({ length: kb * 40 }, (_, i) => `${i + 1}、各单位要做好工作`).join('\n')}\n`,
  'one-line-text': (kb) => `${HEAD}${'各单位要认真贯彻落实本通知精神，切实抓好落实。'.repeat(kb * 14)}\n`,
};

const sizes = values.sizes!.split(',').map(Number);

function splitAll(text: string): void {
  const split = splitDocument(text, 'bench.txt');
  documentToMdxFiles(split, termLinker(sharedTermKeys([summarise(split)])));
}

splitAll(CASES['one-line-text'](16)); // warm up
console.log(['case', ...sizes.map((s) => `${s} KB`)].join('\t'));
for (const [name, make] of Object.entries(CASES)) {
  if (values.only && !values.only.split(',').includes(name)) continue;
  const cells: string[] = [];
  for (const kb of sizes) {
    const text = make(kb);
    const t0 = performance.now();
    splitAll(text);
    const ms = performance.now() - t0;
    cells.push(`${(ms / (Buffer.byteLength(text) / 1024)).toFixed(3)} ms/KB`);
  }
  console.log([name, ...cells].join('\t'));
}
