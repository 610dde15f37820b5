/**
 * mdast → MDX text. Text goes through the serializer's escaping, so `{`, `<script>` or
 * `import x from 'y'` in a document come out literally, never as code.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { stringify as toYaml } from 'yaml';
import type { Root, RootContent } from 'mdast';

// MDX reads a line that starts with `import`/`export` as code; the serializer has no rule for
// that, so these make it encode the first letter as a character reference (&#x69;mport).
const esmUnsafe = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one', rule: '-', unsafe: esmUnsafe });

/** Frontmatter as YAML with every string quoted: a value such as 2019-04-24 or 是 stays a string. */
export function frontmatterYaml(data: unknown): string {
  return toYaml(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trimEnd();
}

export function mdastToMdx(frontmatter: unknown, children: RootContent[]): string {
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: frontmatterYaml(frontmatter) }, ...children] };
  return processor.stringify(tree);
}

export function mdxToMdast(mdx: string): Root {
  return processor.parse(mdx) as Root;
}
