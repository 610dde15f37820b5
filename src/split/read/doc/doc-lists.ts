/**
 * A Word 97–2003 file's list definitions ([MS-DOC] 2.9.147 PlfLst, 2.9.150 LVL, 2.9.140 PlfLfo)
 * → the definitions the .docx reader numbers with (docx-numbering.ts), so both formats write a
 * number the same way: a list (LSTF, by its lsid) is an abstract list of one or nine levels
 * (LVLF: start, number format, legal flag; its number text with level placeholders 0–8, as
 * “%1”); a list instance (LFO, the 1-based `ilfo` a paragraph names) points at a list and may
 * restart levels (LFOLVL with fStartAt). Pure.
 */
import type { ListLevel, NumberingDefinitions } from '../docx/docx-numbering.ts';

const FIB = { fcPlfLst: 0x2e2, lcbPlfLst: 0x2e6, fcPlfLfo: 0x2ea, lcbPlfLfo: 0x2ee };
const LSTF_SIZE = 28;
const LVLF_SIZE = 28;
const LFO_SIZE = 16;

/**
 * The binary number formats (MSONFC) in their order, which ST_NumberFormat of OOXML follows;
 * 0xFF is none. Past chineseCountingThousand no Chinese document uses them.
 */
const NFC = [
  'decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'ordinal', 'cardinalText', 'ordinalText', 'hex', 'chicago',
  'ideographDigital', 'japaneseCounting', 'aiueo', 'iroha', 'decimalFullWidth', 'decimalHalfWidth', 'japaneseLegal', 'japaneseDigitalTenThousand',
  'decimalEnclosedCircle', 'decimalFullWidth2', 'aiueoFullWidth', 'irohaFullWidth', 'decimalZero', 'bullet', 'ganada', 'chosung',
  'decimalEnclosedFullstop', 'decimalEnclosedParen', 'decimalEnclosedCircleChinese', 'ideographEnclosedCircle', 'ideographTraditional',
  'ideographZodiac', 'ideographZodiacTraditional', 'taiwaneseCounting', 'ideographLegalTraditional', 'taiwaneseCountingThousand',
  'taiwaneseDigital', 'chineseCounting', 'chineseLegalSimplified', 'chineseCountingThousand',
];
const formatOf = (nfc: number) => (nfc === 0xff ? 'none' : (NFC[nfc] ?? 'decimal'));

/** One LVL at `at` → the level and where the next LVL starts. */
function levelAt(table: Buffer, at: number): { level: ListLevel; next: number } {
  const flags = table[at + 5];
  const grpprls = table[at + 24] + table[at + 25];
  const xst = at + LVLF_SIZE + grpprls;
  const cch = table.readUInt16LE(xst);
  const chars = Array.from({ length: cch }, (_, i) => table.readUInt16LE(xst + 2 + i * 2));
  // A character below 9 stands for the number of that level.
  const text = chars.map((c) => (c < 9 ? `%${c + 1}` : String.fromCharCode(c))).join('');
  return { level: { start: table.readInt32LE(at), format: formatOf(table[at + 4]), text, legal: (flags & 0x04) !== 0 }, next: xst + 2 + cch * 2 };
}

export function docListDefinitions(word: Buffer, table: Buffer): NumberingDefinitions {
  const abstracts: NumberingDefinitions['abstracts'] = new Map();
  const instances: NumberingDefinitions['instances'] = new Map();
  if (word.readUInt32LE(FIB.lcbPlfLst) === 0 || word.readUInt32LE(FIB.lcbPlfLfo) === 0) return { abstracts, instances };
  const lst = word.readUInt32LE(FIB.fcPlfLst);
  const cLst = table.readInt16LE(lst);
  // The LVLs follow the array of LSTFs, list after list.
  let at = lst + 2 + cLst * LSTF_SIZE;
  for (let i = 0; i < cLst; i++) {
    const lstf = lst + 2 + i * LSTF_SIZE;
    const levels: ListLevel[] = [];
    for (let l = 0; l < ((table[lstf + 26] & 0x01) !== 0 ? 1 : 9); l++) {
      const { level, next } = levelAt(table, at);
      levels.push(level);
      at = next;
    }
    abstracts.set(String(table.readInt32LE(lstf)), levels);
  }
  const lfo = word.readUInt32LE(FIB.fcPlfLfo);
  const lfoMac = table.readInt32LE(lfo);
  // Each LFO's overrides (LFOData: a CP, then its LFOLVLs) follow the array of LFOs, in order.
  let data = lfo + 4 + lfoMac * LFO_SIZE;
  for (let i = 0; i < lfoMac; i++) {
    const entry = lfo + 4 + i * LFO_SIZE;
    const starts = new Map<number, number>();
    data += 4;
    for (let k = 0; k < table[entry + 12]; k++) {
      const startAt = table.readInt32LE(data);
      const bits = table.readUInt32LE(data + 4);
      data += 8;
      if (bits & 0x10) starts.set(bits & 0x0f, startAt);
      if (bits & 0x20) data = levelAt(table, data).next;
    }
    instances.set(String(i + 1), { abstractId: String(table.readInt32LE(entry)), starts });
  }
  return { abstracts, instances };
}
