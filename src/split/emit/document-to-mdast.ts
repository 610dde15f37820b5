/** A split document → the mdast of its page body: the full text in order, measures and sections wrapped for the site. */
import type { RootContent, Paragraph, TableRow, PhrasingContent } from 'mdast';
import type { SplitDocument } from '../split-document.ts';
import type { OutlineNode, OutlineItem, TableNode, GroupNode, RowNode } from '../structure/outline.ts';
import { stripBold } from '../text/text-utils.ts';
import { textToPhrasing, type PhrasingMarks } from './phrasing.ts';

type Attr = { type: 'mdxJsxAttribute'; name: string; value: string };
const attr = (name: string, value: string): Attr => ({ type: 'mdxJsxAttribute', name, value });

function jsxFlow(name: string, attributes: Attr[], children: RootContent[]): RootContent {
  return { type: 'mdxJsxFlowElement', name, attributes, children } as RootContent;
}

function paragraph(text: string, marks: PhrasingMarks, prefix = ''): Paragraph {
  const children = textToPhrasing(text, marks);
  if (prefix) children.unshift({ type: 'text', value: prefix });
  return { type: 'paragraph', children };
}

function tableNode(node: TableNode, split: SplitDocument, marks: PhrasingMarks): RootContent {
  const header: TableRow = { type: 'tableRow', children: node.header.map((h) => ({ type: 'tableCell', children: [{ type: 'text', value: h }] })) };
  const width = node.header.length;
  // A category line becomes a row of its own: its text in the first cell.
  const categoryRow = (group: GroupNode): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: i === 0 ? [{ type: 'strong', children: [{ type: 'text', value: `${group.marker.text}${group.paragraphs[0]?.text ?? ''}` }] }] : [] })),
  });
  const flat = node.children.flatMap((c) => (c.kind === 'group' ? [c, ...c.children] : [c]));
  const dataRow = (row: RowNode): TableRow => {
    const ref = split.anchors.get(row);
    return {
      type: 'tableRow',
      children: row.row.cells.map((cell, i) => {
        const content: PhrasingContent[] = textToPhrasing(cell, marks);
        if (i === 0 && ref?.measureId) {
          content.unshift({ type: 'mdxJsxTextElement', name: 'MeasureLink', attributes: [attr('id', ref.measureId), attr('anchor', ref.anchor)], children: [] } as PhrasingContent);
        }
        return { type: 'tableCell', children: content };
      }),
    };
  };
  const rows = flat.flatMap((row) => (row.kind === 'group' ? [categoryRow(row)] : row.kind === 'row' ? [dataRow(row)] : []));
  return jsxFlow('Section', [attr('anchor', split.anchors.get(node)!.anchor), attr('path', node.path), attr('depth', String(node.depth)), attr('marker', '')], [
    { type: 'table', align: node.header.map(() => null), children: [header, ...rows] },
  ]);
}

function nodeToMdast(node: OutlineNode, split: SplitDocument, marks: PhrasingMarks): RootContent {
  if (node.kind === 'table') return tableNode(node, split, marks);
  const { anchor, measureId } = split.anchors.get(node)!;
  const [first, ...rest] = node.paragraphs;
  const more = rest.map((p) => paragraph(p.text, marks));
  const kids = node.children.map((c) => nodeToMdast(c, split, marks));
  const marker = node.marker.text;
  if (measureId) {
    return jsxFlow('Measure', [attr('id', measureId), attr('anchor', anchor), attr('marker', marker)], [
      paragraph(first?.text ?? '', marks, marker ? `${marker} ` : ''), ...more, ...kids,
    ]);
  }
  // A section's heading is its marker and lead; whatever follows the lead stays a paragraph.
  const plain = stripBold(first?.text ?? '');
  if (node.marker.style === 'attachment') {
    return jsxFlow('Section', [attr('anchor', anchor), attr('path', node.path), attr('depth', String(node.depth)), attr('marker', marker)], [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: marker }] }, ...more, ...kids,
    ]);
  }
  const leadEnd = plain.indexOf(node.heading) === 0 ? node.heading.length + (/^[。：:；;]/.test(plain.slice(node.heading.length)) ? 1 : 0) : plain.length;
  const tail = plain.slice(leadEnd).trim();
  const depth = Math.min(6, node.depth + 1) as 2 | 3 | 4 | 5 | 6;
  return jsxFlow('Section', [attr('anchor', anchor), attr('path', node.path), attr('depth', String(node.depth)), attr('marker', marker)], [
    { type: 'heading', depth, children: [{ type: 'text', value: `${marker}${plain.slice(0, leadEnd)}` }] },
    ...(tail ? [paragraph(tail, marks)] : []),
    ...more,
    ...kids,
  ]);
}

const FRONT_ROLES = new Set(['banner', 'doc-number', 'title', 'recipients']);
const BACK_ROLES = new Set(['signature', 'date', 'disclosure', 'cc', 'printed', 'attachment-list']);

/** The page body: the 版头 (banner … 主送) wrapped as Front, each 落款 block as Back, so the page can style them. */
export function documentToMdast(split: SplitDocument, marks: PhrasingMarks): RootContent[] {
  const out: RootContent[] = [];
  let group: { name: 'Front' | 'Back'; children: RootContent[] } | null = null;
  const flush = () => {
    if (group) out.push(jsxFlow(group.name, [], group.children));
    group = null;
  };
  for (const item of split.body as OutlineItem[]) {
    const role = item.type === 'paragraph' ? item.paragraph.role : 'node';
    const name = FRONT_ROLES.has(role) ? 'Front' : BACK_ROLES.has(role) ? 'Back' : null;
    if (group && group.name !== name) flush();
    const node = item.type === 'paragraph' ? paragraph(item.paragraph.text, marks) : nodeToMdast(item.node, split, marks);
    if (name) {
      group ??= { name, children: [] };
      group.children.push(node);
    } else out.push(node);
  }
  flush();
  return out;
}
