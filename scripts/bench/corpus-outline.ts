/**
 * The task part of a document (its measures), in one of five outline styles taken from the seeds:
 *
 * - `bold`:  一、 > （一）heading > `1. **lead。**body`            (the 建始 notice)
 * - `plain`: 一、 > （一）lead。body > `1. lead。body`              (the 台山 plan)
 * - `list`:  一、 > `1.lead。body【…负责】`, numbered across chapters (the 湛江 task list)
 * - `dash`:  一、 > （一）lead。 > `——lead。body`                   (the 绵阳 opinion)
 * - `deep`:  一、 > `1、lead。` > `（1）lead。body` > `①…；`         (the XX plan, and deeper)
 *
 * Blocks come out one at a time, each structurally complete (a heading never comes without its
 * first item), so the caller can stop at any block when the document has reached its size.
 */
import { chineseNumeral as cn, circledNumeral } from './corpus-numbering.ts';
import { bracketUnits, leadSentence, measureBody, parenthesisUnits, type Place } from './corpus-sentences.ts';
import { chance, pick, randomInt, type Random } from './random.ts';
import * as v from './vocabulary.ts';

export const outlineStyles = ['bold', 'plain', 'list', 'dash', 'deep'] as const;
export type OutlineStyle = (typeof outlineStyles)[number];

/** Lines to append, and the number of the 一、 chapter they belong to (for numbering what follows). */
export type OutlineBlock = { lines: string[]; chapter: number };

/** An endless sequence of blocks; `firstChapter` is the number of the first 一、 chapter. */
export function outlineBlocks(random: Random, place: Place, style: OutlineStyle, firstChapter: number): Iterator<OutlineBlock> {
  const styles = { bold: boldBlocks, plain: plainBlocks, list: listBlocks, dash: dashBlocks, deep: deepBlocks };
  return styles[style](random, place, firstChapter);
}

/** Units after a measure in the non-list styles: usually （牵头单位：…）, sometimes 【…负责】, often none. */
function trailingUnits(random: Random, place: Place): string {
  const roll = random();
  if (roll < 0.35) return parenthesisUnits(random, place);
  if (roll < 0.45) return bracketUnits(random, place);
  return '';
}

function measure(random: Random, place: Place): string {
  return `${leadSentence(random)}${measureBody(random, place)}${trailingUnits(random, place)}`;
}

function* boldBlocks(random: Random, place: Place, chapter: number): Generator<OutlineBlock, never> {
  const title = pick(random, ['工作重点及措施', '主要任务', '重点任务及措施']);
  for (let section = 1; ; section++) {
    const count = randomInt(random, 2, 5);
    for (let item = 1; item <= count; item++) {
      const lines: string[] = [];
      if (section === 1 && item === 1) lines.push(`${cn(chapter)}、${title}`);
      if (item === 1) lines.push(`（${cn(section)}）${pick(random, v.sectionHeadings)}`);
      const lead = leadSentence(random);
      const head = chance(random, 0.8) ? `**${lead}**` : lead;
      lines.push(`${item}. ${head}${measureBody(random, place)}${trailingUnits(random, place)}`);
      yield { lines, chapter };
    }
  }
}

function* plainBlocks(random: Random, place: Place, first: number): Generator<OutlineBlock, never> {
  for (let chapter = first; ; chapter++) {
    const count = randomInt(random, 2, 5);
    for (let item = 1; item <= count; item++) {
      const lines: string[] = [];
      if (item === 1) lines.push(`${cn(chapter)}、${pick(random, v.chapterHeadings)}`);
      lines.push(`（${cn(item)}）${measure(random, place)}`);
      if (chance(random, 0.25)) {
        const subs = randomInt(random, 2, 3);
        for (let sub = 1; sub <= subs; sub++) lines.push(`${sub}. ${measure(random, place)}`);
      }
      yield { lines, chapter };
    }
  }
}

function* listBlocks(random: Random, place: Place, first: number): Generator<OutlineBlock, never> {
  let number = 0;
  for (let chapter = first; ; chapter++) {
    const count = randomInt(random, 2, 5);
    for (let item = 1; item <= count; item++) {
      const lines: string[] = [];
      if (item === 1) lines.push(`${cn(chapter)}、${pick(random, v.chapterHeadings)}`);
      number++;
      const units = chance(random, 0.9) ? bracketUnits(random, place) : '';
      lines.push(`${number}.${leadSentence(random)}${measureBody(random, place)}${units}`);
      yield { lines, chapter };
    }
  }
}

function* dashBlocks(random: Random, place: Place, first: number): Generator<OutlineBlock, never> {
  for (let chapter = first; ; chapter++) {
    const sections = randomInt(random, 1, 3);
    for (let section = 1; section <= sections; section++) {
      const count = randomInt(random, 2, 4);
      for (let item = 1; item <= count; item++) {
        const lines: string[] = [];
        if (section === 1 && item === 1) lines.push(`${cn(chapter)}、${pick(random, v.chapterHeadings)}`);
        if (item === 1) lines.push(`（${cn(section)}）${leadSentence(random)}${measureBody(random, place)}`);
        lines.push(`——${measure(random, place)}`);
        yield { lines, chapter };
      }
    }
  }
}

function* deepBlocks(random: Random, place: Place, first: number): Generator<OutlineBlock, never> {
  for (let chapter = first; ; chapter++) {
    const count = randomInt(random, 2, 4);
    for (let item = 1; item <= count; item++) {
      const lines: string[] = [];
      if (item === 1) lines.push(`${cn(chapter)}、${pick(random, v.chapterHeadings)}`);
      if (chance(random, 0.5)) {
        lines.push(`${item}、${measure(random, place)}`);
        yield { lines, chapter };
        continue;
      }
      lines.push(`${item}、${leadSentence(random)}`);
      const subs = randomInt(random, 2, 3);
      for (let sub = 1; sub <= subs; sub++) {
        lines.push(`（${sub}）${measure(random, place)}`);
        if (chance(random, 0.4)) lines.push(...circledLines(random, place));
      }
      yield { lines, chapter };
    }
  }
}

/** ①…； ②…； ③…。 — the lowest level, one short clause per line. */
function circledLines(random: Random, place: Place): string[] {
  const count = randomInt(random, 2, 4);
  const lines: string[] = [];
  for (let n = 1; n <= count; n++) {
    const clause = chance(random, 0.3)
      ? `${pick(random, v.actions)}${pick(random, v.objects)}${parenthesisUnits(random, place)}`
      : `${pick(random, v.actions)}${pick(random, v.objects)}`;
    lines.push(`${circledNumeral(n)}${clause}${n === count ? '。' : '；'}`);
  }
  return lines;
}
