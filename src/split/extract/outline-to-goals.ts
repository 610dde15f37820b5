/**
 * Outline → goals: the statements of a 目标 section, an inline “总体目标是：…”, and explicit targets
 * anywhere in the body (outline items and the paragraphs outside it), each once, in reading order.
 */
import type { OutlineItem } from '../structure/outline.ts';
import { nodeText, type NodeVisit } from './outline-measures.ts';
import { textToGoals, inlineGoalText, explicitTargets, GOAL_HEADING } from './goals.ts';

export interface GoalText {
  text: string;
  /** Outline path of the item that states it; empty for a paragraph outside the outline. */
  path: string;
  line: number;
}

/** A section of targets only; 目标任务 and 目标要求 sections hold tasks and requirements as well. */
const isTargetSection = (heading: string) => GOAL_HEADING.test(heading) && !/任务|要求/.test(heading);

/** Goals of a text that is not a 目标 section: an inline “目标是：…”, else its explicit targets. */
function textGoals(text: string): string[] {
  const inline = inlineGoalText(text);
  return inline ? textToGoals(inline) : explicitTargets(text);
}

export function outlineToGoals(visits: NodeVisit[], body: OutlineItem[]): GoalText[] {
  const found: GoalText[] = [];
  const push = (texts: string[], path: string, line: number) => {
    for (const text of texts) found.push({ text, path, line });
  };
  for (const { node, ancestors } of visits) {
    if (node.kind !== 'item') continue;
    const text = nodeText(node);
    const rest = text.startsWith(node.heading) ? text.slice(node.heading.length).replace(/^[。：:]/, '') : text;
    // A section headed “指导思想和工作目标” that labels its goal part (“工作目标：…”) has its goals there.
    if (GOAL_HEADING.test(node.heading)) push(textToGoals(inlineGoalText(rest) ?? rest), node.path, node.line);
    // The items of a target section (“二、工作目标 （一）2015年，建设10座…”) state its targets.
    else if (ancestors.some((a) => a.kind === 'item' && isTargetSection(a.heading))) push(textToGoals(text), node.path, node.line);
    else push(textGoals(text), node.path, node.line);
  }
  for (const item of body) if (item.type === 'paragraph' && item.paragraph.role === 'body') push(textGoals(item.paragraph.text), '', item.paragraph.line);
  // Reading order: a preamble target comes before the outline's goals (the sort is stable).
  const ordered = found.sort((a, b) => a.line - b.line);
  return ordered.filter((g, i) => ordered.findIndex((h) => h.text === g.text) === i);
}
