/**
 * Outline → goals: the statements of a 目标 section, an inline “总体目标是：…”, and explicit targets
 * anywhere in the body, each once, in reading order.
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

export function outlineToGoals(visits: NodeVisit[], body: OutlineItem[]): GoalText[] {
  const out: GoalText[] = [];
  const push = (texts: string[], path: string, line: number) => {
    for (const text of texts) if (!out.some((g) => g.text === text)) out.push({ text, path, line });
  };
  for (const { node } of visits) {
    if (node.kind !== 'item') continue;
    const text = nodeText(node);
    const rest = text.startsWith(node.heading) ? text.slice(node.heading.length).replace(/^[。：:]/, '') : text;
    if (GOAL_HEADING.test(node.heading)) push(textToGoals(rest), node.path, node.line);
    else {
      const inline = inlineGoalText(text);
      if (inline) push(textToGoals(inline), node.path, node.line);
      else push(explicitTargets(text), node.path, node.line);
    }
  }
  for (const item of body) if (item.type === 'paragraph' && item.paragraph.role === 'body') push(explicitTargets(item.paragraph.text), '', item.paragraph.line);
  return out;
}
