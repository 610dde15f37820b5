/** The reference MDX parser (remark-mdx + GFM + frontmatter), to check what the split writes. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function mdxToMdast(mdx: string): Root {
  return processor.runSync(processor.parse(mdx)) as Root;
}
