/**
 * A Word 97–2003 file's main text as paragraphs, each with the list it is numbered in: the two
 * streams (WordDocument and its table stream, 0Table or 1Table) → paragraphs in reading order with
 * their list instance (`ilfo`, 0 for none) and level (`ilvl`). Word keeps the automatic number out
 * of the text: a paragraph is in a list through its properties (PAPX), read here from the FKP
 * pages the FIB's PlcBtePapx points to ([MS-DOC] 2.9.176, 2.9.175).
 * Pure: the OLE container is opened by the caller.
 */
export interface DocParagraph {
  text: string;
  ilfo: number;
  ilvl: number;
}

const FIB = { ccpText: 0x4c, fcPlcfBtePapx: 0x102, lcbPlcfBtePapx: 0x106, fcClx: 0x1a2 };
const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;
const SPRM_T_DEF_TABLE = 0xd608;

interface Piece {
  cp: number;
  cpEnd: number;
  fc: number;
  /** Bytes per character: 2 (UTF-16) or 1 (compressed, cp1252). */
  bpc: 1 | 2;
}

/** The piece table (Clx → Pcdt → PlcPcd): where each run of characters lies in WordDocument. */
function pieces(word: Buffer, table: Buffer): Piece[] {
  let pos = word.readUInt32LE(FIB.fcClx);
  // Prc entries (formatting of the pieces) come first, each 0x01 and a 2-byte size.
  while (table[pos] === 0x01) pos += 3 + table.readUInt16LE(pos + 1);
  if (table[pos] !== 0x02) return [];
  const lcb = table.readUInt32LE(pos + 1);
  const plc = pos + 5;
  const n = (lcb - 4) / 12;
  return Array.from({ length: n }, (_, i) => {
    const raw = table.readUInt32LE(plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    return { cp: table.readUInt32LE(plc + i * 4), cpEnd: table.readUInt32LE(plc + (i + 1) * 4), fc: compressed ? (raw & ~0x40000000) / 2 : raw, bpc: compressed ? 1 : 2 };
  });
}

/** The list and level a grpprl (a run of property modifiers) sets, where it sets them. */
function listOf(grpprl: Buffer): { ilfo?: number; ilvl?: number } {
  const out: { ilfo?: number; ilvl?: number } = {};
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    if (sprm === SPRM_P_ILFO && at + 2 <= grpprl.length) out.ilfo = grpprl.readInt16LE(at);
    if (sprm === SPRM_P_ILVL && at < grpprl.length) out.ilvl = grpprl[at];
    const spra = sprm >> 13;
    if (spra === 6) at += sprm === SPRM_T_DEF_TABLE ? grpprl.readUInt16LE(at) + 1 : grpprl[at] + 1;
    else at += [1, 1, 2, 4, 2, 2, 0, 3][spra];
  }
  return out;
}

interface PapxRun {
  fc: number;
  fcEnd: number;
  ilfo: number;
  ilvl: number;
}

/** Every paragraph-properties run of the FKP pages, with its list and level. */
function papxRuns(word: Buffer, table: Buffer): PapxRun[] {
  const at = word.readUInt32LE(FIB.fcPlcfBtePapx);
  const n = (word.readUInt32LE(FIB.lcbPlcfBtePapx) - 4) / 8;
  const runs: PapxRun[] = [];
  for (let i = 0; i < n; i++) {
    const page = (table.readUInt32LE(at + (n + 1) * 4 + i * 4) & 0x3fffff) * 512;
    const crun = word[page + 511];
    for (let j = 0; j < crun; j++) {
      const papx = page + 2 * word[page + (crun + 1) * 4 + j * 13];
      let list = {};
      if (papx !== page) {
        const cb = word[papx];
        const [start, length] = cb === 0 ? [papx + 2, 2 * word[papx + 1]] : [papx + 1, 2 * cb - 1];
        // The first two bytes are the paragraph's style (istd); the modifiers follow.
        list = listOf(word.subarray(start + 2, start + length));
      }
      runs.push({ fc: word.readUInt32LE(page + j * 4), fcEnd: word.readUInt32LE(page + (j + 1) * 4), ilfo: 0, ilvl: 0, ...list });
    }
  }
  return runs.sort((a, b) => a.fc - b.fc);
}

/** The run holding file offset `fc` (binary search over the sorted runs). */
function runAt(runs: PapxRun[], fc: number): PapxRun | undefined {
  let [lo, hi] = [0, runs.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fc < runs[mid].fc) hi = mid - 1;
    else if (fc >= runs[mid].fcEnd) lo = mid + 1;
    else return runs[mid];
  }
  return undefined;
}

export function docParagraphs(word: Buffer, table: Buffer): DocParagraph[] {
  const ccpText = word.readUInt32LE(FIB.ccpText);
  const runs = papxRuns(word, table);
  const out: DocParagraph[] = [];
  let text = '';
  for (const piece of pieces(word, table)) {
    for (let cp = piece.cp; cp < Math.min(piece.cpEnd, ccpText); cp++) {
      const fc = piece.fc + (cp - piece.cp) * piece.bpc;
      const code = piece.bpc === 2 ? word.readUInt16LE(fc) : word[fc];
      // A paragraph mark, or a table cell's or row's end mark.
      if (code === 0x0d || code === 0x07) {
        const run = runAt(runs, fc);
        out.push({ text, ilfo: run?.ilfo ?? 0, ilvl: run?.ilvl ?? 0 });
        text = '';
      } else text += String.fromCharCode(code);
    }
  }
  return out;
}
