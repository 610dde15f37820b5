import { describe, expect, it } from 'vitest';
import { bodyOnlyMdx, withoutFrontmatter } from '../../src/site/body-only-mdx.ts';

describe('document modules get their MDX body only', () => {
  it('blanks the frontmatter line for line and keeps the body as written', () => {
    expect(withoutFrontmatter('---\n{\n "id": "x"\n}\n---\n\n正文 {1}\n')).toBe('\n\n\n\n\n\n正文 {1}\n');
  });

  it('leaves MDX without frontmatter, or with an unclosed block, alone', () => {
    expect(withoutFrontmatter('正文\n---\n')).toBe('正文\n---\n');
    expect(withoutFrontmatter('---\n{"id": 1}\n')).toBe('---\n{"id": 1}\n');
  });

  it('only touches MDX files in the documents folder, queries and all', () => {
    const plugin = bodyOnlyMdx('/site/content/collections/documents');
    expect(plugin.transform('---\na\n---\nb', '/site/content/collections/documents/d.mdx?astroContentModuleFlag=true')).toEqual({ code: '\n\n\nb', map: null });
    expect(plugin.transform('---\na\n---\nb', '/site/content/collections/measures/m.mdx')).toBeNull();
    expect(plugin.transform('---\na\n---\nb', '/site/content/collections/documents-old/d.mdx')).toBeNull();
    expect(plugin.transform('x', '/site/content/collections/documents/d.ts')).toBeNull();
  });
});
