/**
 * A small XML reader for the parts of an Office file: elements with attributes and children,
 * text decoded. No DTDs, no namespaces resolved (names keep their prefix, `w:p`): OOXML parts are
 * plain, machine-written XML, and this keeps the docx reader free of a second XML library.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const TOKEN = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<![\s\S]*?>|<\?[\s\S]*?\?>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, hex, dec, name) => (name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))));
}

function attrsOf(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!src) return attrs;
  for (const m of src.matchAll(ATTR)) attrs[m[1]] = decodeEntities(m[2] ?? m[3]);
  return attrs;
}

/** The XML text → its root element (a synthetic `#document` holding the top-level nodes). */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let last = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m.index > last) {
      const text = xml.slice(last, m.index);
      // Whitespace between elements is layout; inside a text element (w:t, a:t) it is content.
      if (/\S/.test(text) || top.name.endsWith(':t')) top.children.push(decodeEntities(text));
    }
    last = m.index + m[0].length;
    if (m[5] !== undefined) top.children.push(m[5]);
    else if (!m[2]) continue;
    else if (m[1]) {
      if (stack.length > 1) stack.pop();
    } else {
      const el: XmlElement = { name: m[2], attrs: attrsOf(m[3]), children: [] };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    }
  }
  return root;
}

export const isElement = (n: XmlNode | undefined): n is XmlElement => typeof n === 'object' && n !== null;

/** The element children of `el` named `name`. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? (el.children.filter((c) => isElement(c) && c.name === name) as XmlElement[]) : [];
}

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => childrenNamed(el, name)[0];

/** The first descendant named `name`, depth first. */
export function descendant(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) return c;
    const d = descendant(c, name);
    if (d) return d;
  }
  return undefined;
}

/** `w:val` of the child `name`, e.g. `val(pPr, 'w:pStyle')`. */
export const val = (el: XmlElement | undefined, name: string): string | undefined => child(el, name)?.attrs['w:val'];
