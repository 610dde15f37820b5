/**
 * Word's automatic numbering (numbering.xml) written out as a reader sees it: `一、` `（一）` `1.`
 * `（1）`, so that a document numbered by Word gives the same outline as one typed by hand.
 * A level's `w:lvlText` (“%1、”, “（%1）”, “%1.%2”) is filled with each level's counter in that
 * level's `w:numFmt`; counters run per abstract list, a higher level resets the deeper ones, and a
 * list instance with `w:startOverride` starts again.
 */
import { child, childrenNamed, val, type XmlElement } from './xml-tree.ts';

export interface ListLevel {
  start: number;
  format: string;
  text: string;
  /** `w:isLgl`: every level shown as a decimal (legal numbering, 1.1.1). */
  legal: boolean;
}

export interface NumberingDefinitions {
  /** abstractNumId → its nine levels. */
  abstracts: Map<string, ListLevel[]>;
  /** numId → its abstract list and the levels it restarts. */
  instances: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五: how a number is written in Chinese counting. */
export function chineseCounting(n: number, digits = CN_DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) zero = out !== '';
    else {
      if (zero) out += digits[0];
      zero = false;
      // 十一 not 一十一: a leading 1 before 十 is not said.
      out += (d === 1 && unit === units[1] && out === '' ? '' : digits[d]) + unit;
    }
  });
  return out;
}

const letters = (n: number, a: string) => a.repeat(Math.ceil(n / 26)).replace(/./g, () => String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26)));

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

/** Each `w:numFmt` Word uses in Chinese documents, as the counter is shown. Unknown formats show as decimal. */
const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  chineseCounting: (n) => chineseCounting(n),
  chineseCountingThousand: (n) => chineseCounting(n),
  taiwaneseCounting: (n) => chineseCounting(n),
  taiwaneseCountingThousand: (n) => chineseCounting(n),
  japaneseCounting: (n) => chineseCounting(n),
  chineseLegalSimplified: (n) => chineseCounting(n, CN_LEGAL, ['', '拾', '佰', '仟']),
  ideographTraditional: (n) => '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n),
  ideographZodiac: (n) => '子丑寅卯辰巳午未申酉戌亥'[n - 1] ?? String(n),
  decimalEnclosedCircle: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n)),
  decimalEnclosedCircleChinese: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n)),
  decimalEnclosedParen: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n)),
  decimalEnclosedFullstop: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n)),
  lowerLetter: (n) => letters(n, 'a'),
  upperLetter: (n) => letters(n, 'A'),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  // A bullet's glyph is a private-use character of a symbol font: no text a reader would type.
  bullet: () => '',
  none: () => '',
};

function levelOf(lvl: XmlElement): ListLevel {
  return {
    start: Number(val(lvl, 'w:start') ?? 1),
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    legal: child(lvl, 'w:isLgl') !== undefined && val(lvl, 'w:isLgl') !== '0',
  };
}

/** numbering.xml (its root element) → the list definitions. */
export function numberingDefinitions(root: XmlElement | undefined): NumberingDefinitions {
  const numbering = root ? child(root, 'w:numbering') : undefined;
  const abstracts = new Map<string, ListLevel[]>();
  for (const a of childrenNamed(numbering, 'w:abstractNum')) {
    const levels: ListLevel[] = [];
    for (const lvl of childrenNamed(a, 'w:lvl')) levels[Number(lvl.attrs['w:ilvl'] ?? 0)] = levelOf(lvl);
    abstracts.set(a.attrs['w:abstractNumId'], levels);
  }
  const instances = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const num of childrenNamed(numbering, 'w:num')) {
    const starts = new Map<number, number>();
    for (const o of childrenNamed(num, 'w:lvlOverride')) {
      const start = val(o, 'w:startOverride');
      if (start !== undefined) starts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
    }
    instances.set(num.attrs['w:numId'], { abstractId: val(num, 'w:abstractNumId') ?? '', starts });
  }
  return { abstracts, instances };
}

/**
 * A counter over the document's paragraphs, in order: `next(numId, ilvl)` is the number text of the
 * next paragraph of that list and level (`（三）`), '' for a bullet or an unknown list.
 */
export function createNumberer(defs: NumberingDefinitions) {
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  return (numId: string, ilvl: number): string => {
    const inst = defs.instances.get(numId);
    const levels = inst && defs.abstracts.get(inst.abstractId);
    const level = levels?.[ilvl];
    if (!inst || !levels || !level) return '';
    let count = counters.get(inst.abstractId);
    if (!count) counters.set(inst.abstractId, (count = []));
    if (!started.has(numId)) {
      started.add(numId);
      for (const [l, s] of inst.starts) count[l] = s - 1;
    }
    count[ilvl] = (count[ilvl] ?? (level.start ?? 1) - 1) + 1;
    // A higher level resets the deeper ones.
    for (let l = ilvl + 1; l < count.length; l++) count[l] = (levels[l]?.start ?? 1) - 1;
    const text = level.text.replace(/%([1-9])/g, (_, k) => {
      const l = Number(k) - 1;
      const n = count[l] ?? levels[l]?.start ?? 1;
      const format = level.legal && l < ilvl ? 'decimal' : (levels[l]?.format ?? 'decimal');
      return (FORMATS[format] ?? String)(n);
    });
    if (level.format === 'bullet' || level.format === 'none') return '';
    // Word puts a tab after the number; typed by hand, “一、” and “1.” are followed by the text,
    // and “第一条” by a space.
    return /[\p{Script=Han}]$/u.test(text) ? `${text}　` : text;
  };
}
