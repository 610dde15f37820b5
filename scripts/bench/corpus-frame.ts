/**
 * The frame around a document's measures: the header (masthead, 发文字号, title, 主送, cover
 * letter, signature and date), the preamble and goals before the measures, and after them the
 * closing chapter, an optional task table and leading group, the signature and the attachments.
 */
import type { Identity } from './corpus-identity.ts';
import { chineseNumeral as cn } from './corpus-numbering.ts';
import type { OutlineStyle } from './corpus-outline.ts';
import { fill, measureBody, personName } from './corpus-sentences.ts';
import { taskTableLines } from './corpus-table.ts';
import { chance, pick, pickSome, randomInt, type Random } from './random.ts';
import * as v from './vocabulary.ts';

/** Lines, and the number the next 一、 chapter gets. */
export type FrameLines = { lines: string[]; nextChapter: number };

/** Right-aligned signature lines as a flattened .docx leaves them: padded with spaces. */
function padded(random: Random, text: string): string {
  return `${' '.repeat(randomInt(random, 0, 18))}${text}${' '.repeat(randomInt(random, 0, 5))}`;
}

/** A title broken over two or three lines, as the seeds have it after a .docx export. */
function titleLines(random: Random, title: string): string[] {
  if (title.length < 24 || chance(random, 0.6)) return [title];
  const cut = randomInt(random, 10, title.length - 8);
  return [title.slice(0, cut), title.slice(cut)];
}

/** What the inner document calls itself in its preamble: 任务清单, 工作要点, 实施方案 … */
function genreOf(title: string): string {
  const genres: [string, string][] = [['清单', '任务清单'], ['要点', '工作要点'], ['计划', '工作计划'], ['意见', '实施意见']];
  return genres.find(([ending]) => title.replace(/（第\d+批）$/, '').endsWith(ending))?.[1] ?? '实施方案';
}

function preamble(random: Random, id: Identity, style: OutlineStyle): string {
  const { place } = id;
  const meeting = pick(random, v.meetings);
  if (style === 'list') {
    return `${place.year}年是加强党的基层组织建设的关键之年，总体要求是：以习近平新时代中国特色社会主义思想为指导，深入贯彻${meeting}精神，${pick(random, v.purposes)}，${pick(random, v.purposes)}。`;
  }
  const close = id.layout === 'direct'
    ? (id.title.endsWith('意见') ? '提出如下意见。' : `现就做好${place.year}年有关工作通知如下：`)
    : `现制定${genreOf(id.innerTitle ?? '')}如下。`;
  return `为全面贯彻${meeting}精神，全面落实新时代党的建设总要求，${pick(random, v.purposes)}。根据${pick(random, v.citedDocuments)}，结合${place.name}实际，${close}`;
}

function goalsChapter(random: Random, id: Identity): string[] {
  const years = pick(random, ['两', '三']);
  const goals = pickSome(random, v.goalPhrases, randomInt(random, 3, 8));
  const guiding = `以习近平新时代中国特色社会主义思想为指导，深入贯彻全面从严治党总要求，${pick(random, v.purposes)}，${pick(random, v.purposes)}。`;
  const target = `通过${years}年工作，实现${goals.join('，')}。`;
  switch (randomInt(random, 0, 2)) {
    case 0: return ['一、总体要求', `（一）指导思想。${guiding}`, `（二）主要目标。${target}`];
    case 1: return ['一、总体要求', `1.指导思想。${guiding}`, `2.主要目标。${target}`];
    default: return ['一、工作目标', `力争${id.place.year}年度全${id.place.level}党建工作目标考核达到优秀等次。${target}`];
  }
}

export function frontLines(random: Random, id: Identity, style: OutlineStyle): FrameLines {
  const lines: string[] = [''];
  if (id.masthead) lines.push(`${id.issuer}文件`, '');
  else if (chance(random, 0.5)) lines.push(id.issuer, '');
  lines.push(id.docNumber, '');
  lines.push(...titleLines(random, id.title));
  if (chance(random, 0.05)) lines.push('[bookmark: _GoBack]');
  lines.push(`${fill(pick(random, v.recipients), id.place)}：`);
  if (id.innerTitle) {
    lines.push(`现将《${id.innerTitle}》印发给你们，请结合实际认真贯彻执行。`, '');
    lines.push(padded(random, id.issuer), padded(random, id.date), '');
    lines.push(...titleLines(random, id.innerTitle), '');
  }
  lines.push(preamble(random, id, style));
  if (style === 'list') return { lines, nextChapter: 1 };
  lines.push(...goalsChapter(random, id));
  if (chance(random, 0.2)) {
    lines.push('二、工作时间', `${id.place.year}年—${id.place.year + 2}年`);
    return { lines, nextChapter: 3 };
  }
  return { lines, nextChapter: 2 };
}

function leadingGroupLines(random: Random): string[] {
  const people = (count: number) => Array.from({ length: count }, () => personName(random)).join('、');
  return [
    `组  长：${personName(random)}（${pick(random, v.posts)}）`,
    `副组长：${people(randomInt(random, 1, 4))}`,
    `成  员：${people(randomInt(random, 4, 12))}`,
    `领导小组办公室设在${pick(random, ['局党委办公室', '组织人事科', '机关党委'])}，负责日常工作，办公室主任由${personName(random)}同志兼任。`,
  ];
}

function closingChapter(random: Random, id: Identity, chapter: number): string[] {
  const lines = [`${cn(chapter)}、${pick(random, v.closingTitles)}`];
  const leads = pickSome(random, v.closingLeads, randomInt(random, 2, 4));
  leads.forEach((lead, i) => {
    const marker = i === 0 || chance(random, 0.8) ? `（${cn(i + 1)}）` : `(${cn(i + 1)}) `;
    lines.push(`${marker}${lead}。${measureBody(random, id.place)}`);
  });
  return lines;
}

/**
 * Everything after the measures. Its random stream is separate from the body's so the caller
 * can render it once to learn its size and again with the right chapter number.
 */
export function backLines(random: Random, id: Identity, style: OutlineStyle, chapter: number): string[] {
  const lines: string[] = [];
  // A table is one entry: its rows stay on consecutive lines even when paragraphs are blank-line separated.
  const table = chance(random, style === 'list' ? 0.6 : 0.2) ? taskTableLines(random, id.place).join('\n') : null;
  const tableTitle = `${id.place.year}年重点任务分解表`;
  const tableInBody = table !== null && chance(random, 0.5);
  const group = chance(random, 0.3) ? leadingGroupLines(random) : null;
  const groupInBody = group !== null && chance(random, 0.5);

  if (tableInBody && table) lines.push(`${cn(chapter++)}、${tableTitle}`, table);
  if (groupInBody && group) lines.push(`${cn(chapter++)}、组织领导`, `成立${id.place.name}工作领导小组，成员名单如下：`, ...group);
  if (style !== 'list' || chance(random, 0.5)) lines.push(...closingChapter(random, id, chapter));

  const attachments: string[][] = [];
  if (table && !tableInBody) attachments.push([tableTitle, table]);
  if (group && !groupInBody) attachments.push([`${id.place.name}工作领导小组名单`, ...group]);
  if (attachments.length > 0) lines.push('', `附件：${attachments.map((a) => a[0]).join('；')}`);

  lines.push('', padded(random, id.issuer), padded(random, id.date));
  for (const [title, ...rest] of attachments) lines.push('', '附件：', '', title, ...rest);
  if (id.innerTitle && chance(random, 0.6)) {
    lines.push('', '公开方式：主动公开', '', padded(random, `${id.issuer}办公室           ${id.date}印发`));
  }
  if (chance(random, 0.1)) lines.push('', '（此件公开发布）');
  return lines;
}
