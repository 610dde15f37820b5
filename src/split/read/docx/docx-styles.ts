/**
 * What the docx reader needs from styles.xml: which paragraph styles are numbered (heading styles
 * often carry the document's 一、（一） numbering) and which styles make text bold, following
 * `w:basedOn`.
 */
import { child, childrenNamed, val, type XmlElement } from './xml-tree.ts';

interface Style {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  bold: boolean | undefined;
}

export interface DocxStyles {
  /** The list a paragraph style numbers its paragraphs with, if any. */
  numberingOf(styleId: string | undefined): { numId: string; ilvl: number } | null;
  /** Whether a paragraph or character style makes its text bold. */
  boldOf(styleId: string | undefined): boolean;
}

/** `w:b` as on/off: `<w:b/>` and `<w:b w:val="1|true|on"/>` are on. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

export function docxStyles(root: XmlElement | undefined): DocxStyles {
  const styles = new Map<string, Style>();
  for (const s of childrenNamed(root && child(root, 'w:styles'), 'w:style')) {
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const ilvl = val(numPr, 'w:ilvl');
    styles.set(s.attrs['w:styleId'], {
      basedOn: val(s, 'w:basedOn'),
      numId: val(numPr, 'w:numId'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      bold: onOff(child(child(s, 'w:rPr'), 'w:b')),
    });
  }
  const chain = (id: string | undefined) => {
    const out: Style[] = [];
    for (let s = id ? styles.get(id) : undefined; s && out.length < 20; s = s.basedOn ? styles.get(s.basedOn) : undefined) out.push(s);
    return out;
  };
  return {
    numberingOf(id) {
      const c = chain(id);
      const numId = c.find((s) => s.numId !== undefined)?.numId;
      if (!numId || numId === '0') return null;
      return { numId, ilvl: c.find((s) => s.ilvl !== undefined)?.ilvl ?? 0 };
    },
    boldOf: (id) => chain(id).find((s) => s.bold !== undefined)?.bold ?? false,
  };
}
