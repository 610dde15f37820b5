/**
 * A small, fast MDX serializer for the mdast subset the split produces (paragraphs, headings,
 * tables, links, strong, and JSX elements). unified's serializer cost ~5 ms per document, far
 * over the split's budget; this one escapes every ASCII character that MDX or Markdown could read
 * as syntax, and a test parses its output back with remark-mdx to prove the text survives.
 */
import type { RootContent, PhrasingContent, TableRow } from 'mdast';

type JsxAttribute = { type: 'mdxJsxAttribute'; name: string; value: string };
type JsxElement = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string; attributes: JsxAttribute[]; children: (RootContent | PhrasingContent)[] };

// A line break with the white space around it, matched only from the start of a white-space run:
// `\s*\n` tried at every space of a long run without a newline is quadratic.
const LINE_BREAK = /(?<!\s)\s*\n\s*/g;
// Characters that start Markdown or MDX syntax anywhere in a line.
const SYNTAX = /[\\`*_{}[\]<>#|~&@]/g;
// GFM turns bare URLs into links and then keeps backslashes inside them: break the literal instead.
const AUTOLINK = /(https?|ftp)(:)(?=\/\/)|(www)(\.)/gi;

/** Text as it must be written so that MDX reads exactly this text back. */
export function escapeText(text: string, atLineStart: boolean): string {
  let out = text.replace(LINE_BREAK, ' ').replace(SYNTAX, '\\$&').replace(AUTOLINK, (_m, a, b, c, d) => `${a ?? c}\\${b ?? d}`);
  if (atLineStart) {
    out = out
      .replace(/^(\s*)(import|export)\b/, (_m, sp: string, word: string) => `${sp}&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`)
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2')
      .replace(/^\s+/, '');
  }
  return out;
}

function attributes(list: JsxAttribute[]): string {
  return list
    .map(({ name, value }) => {
      const v = String(value);
      // JSX string attributes have no escapes: pick a quote the value does not contain.
      if (!v.includes('"')) return ` ${name}="${v}"`;
      if (!v.includes("'")) return ` ${name}='${v}'`;
      return ` ${name}={${JSON.stringify(v)}}`;
    })
    .join('');
}

function phrasing(nodes: PhrasingContent[], atLineStart: boolean): string {
  let out = '';
  for (const node of nodes) {
    const start = atLineStart && out === '';
    switch (node.type) {
      case 'text':
        out += escapeText(node.value, start);
        break;
      case 'strong':
        // <strong> rather than ** : CJK punctuation next to ** breaks CommonMark's flanking rules.
        out += `<strong>${phrasing(node.children, false)}</strong>`;
        break;
      case 'link':
        out += `[${phrasing(node.children, false)}](${node.url.replace(/[()\s<>]/g, encodeURIComponent)})`;
        break;
      default: {
        const el = node as unknown as JsxElement;
        if (el.type !== 'mdxJsxTextElement') throw new Error(`write-mdx: unsupported phrasing node ${node.type}`);
        out += el.children.length
          ? `<${el.name}${attributes(el.attributes)}>${phrasing(el.children as PhrasingContent[], false)}</${el.name}>`
          : `<${el.name}${attributes(el.attributes)} />`;
      }
    }
  }
  return out;
}

function tableRow(row: TableRow): string {
  return `| ${row.children.map((cell) => phrasing(cell.children, false) || ' ').join(' | ')} |`;
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return phrasing(node.children, true);
    case 'heading':
      return `${'#'.repeat(node.depth)} ${phrasing(node.children, false)}`;
    case 'table': {
      const [head, ...rows] = node.children;
      return [tableRow(head), `| ${head.children.map(() => '---').join(' | ')} |`, ...rows.map(tableRow)].join('\n');
    }
    default: {
      const el = node as unknown as JsxElement;
      if (el.type !== 'mdxJsxFlowElement') throw new Error(`write-mdx: unsupported block node ${node.type}`);
      const inner = (el.children as RootContent[]).map(block).join('\n\n');
      return `<${el.name}${attributes(el.attributes)}>\n\n${inner}\n\n</${el.name}>`;
    }
  }
}

/** Frontmatter as JSON, which is YAML too: every string stays quoted, so 2019-04-24 stays a string. */
export function writeMdx(frontmatter: unknown, children: RootContent[]): string {
  const body = children.map(block).join('\n\n');
  return `---\n${JSON.stringify(frontmatter, null, 1)}\n---\n${body ? `\n${body}\n` : ''}`;
}
