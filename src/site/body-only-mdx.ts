/**
 * A Vite plugin for the site build: a document's compiled MDX module gets its body only. The
 * content layer reads the frontmatter itself (src/content.config.ts), but @astrojs/mdx would also
 * compile it into every module as an exported object, which at 1,000 documents is a quarter of
 * the JavaScript the bundler holds.
 */
import { resolve, sep } from 'node:path';

/**
 * The MDX with its frontmatter block blanked out, line for line, so positions in errors still
 * point at the file's own lines; unchanged when there is no frontmatter.
 */
export function withoutFrontmatter(mdx: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(mdx);
  return m ? m[0].replace(/[^\n]/g, '') + mdx.slice(m[0].length) : mdx;
}

export function bodyOnlyMdx(documentsDir: string) {
  const dir = resolve(documentsDir) + sep;
  return {
    name: 'policy-body-only-mdx',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.mdx') || !file.startsWith(dir)) return null;
      return { code: withoutFrontmatter(code), map: null };
    },
  };
}
