/** Runs the whole split on one text, as the CLI does, and returns its data and generated MDX. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { splitDocument } from '../../src/split/split-document.ts';
import { summarise, sharedTermKeys, termLinker } from '../../src/split/library/cross-document.ts';
import { documentToMdxFiles } from '../../src/split/emit/entries-to-mdx.ts';
import { mdxToMdast } from './parse-mdx.ts';

export function splitOne(text: string, name = 'fixture.txt') {
  const split = splitDocument(text, name);
  const { files, problems } = documentToMdxFiles(split, termLinker(sharedTermKeys([summarise(split)])));
  const documentMdx = files.find((f) => f.collection === 'documents')!.mdx;
  return { split, files, problems, documentMdx };
}

/** The text a reader sees in an MDX file: everything but frontmatter and markup. */
export function mdxText(mdx: string): string {
  const tree: Root = mdxToMdast(mdx);
  return tree.children.filter((c) => c.type !== 'yaml').map((c) => toString(c)).join('\n');
}

/** Node types of a parsed MDX tree, to prove no text turned into code. */
export function mdxNodeTypes(mdx: string): Set<string> {
  const types = new Set<string>();
  const walk = (n: { type: string; children?: unknown[]; name?: string }) => {
    types.add(n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement' ? `${n.type}:${n.name}` : n.type);
    for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
  };
  walk(mdxToMdast(mdx) as never);
  return types;
}
