/**
 * Which legacy encoding bytes that are not UTF-8 are in: chardet's statistics, with the Chinese
 * double-byte encodings first. GB18030 decodes almost any bytes, so it must not be the default:
 * Big5 text read as GB18030 is valid but mojibake. Big5's second byte is 0x40–0x7E for about a
 * third of its characters, where GB2312 text almost never has one below 0xA1: that check backs
 * chardet up on short texts.
 */
import { analyse } from 'chardet';

export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'euc-jp' | 'windows-1252' | 'iso-8859-2' | 'windows-1250' | 'windows-1251' | 'koi8-r';

/** chardet's names → the WHATWG labels TextDecoder reads. */
const LABELS: Record<string, LegacyEncoding> = {
  GB18030: 'gb18030', Big5: 'big5', Shift_JIS: 'shift_jis', 'EUC-JP': 'euc-jp', 'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252', 'ISO-8859-2': 'iso-8859-2', 'windows-1250': 'windows-1250', 'windows-1251': 'windows-1251', 'KOI8-R': 'koi8-r',
};

/** Share of double-byte characters whose second byte is 0x40–0x7E: Big5's mark. */
function lowTrailShare(bytes: Uint8Array): number {
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] < 0x81) continue;
    pairs++;
    if (bytes[i + 1] >= 0x40 && bytes[i + 1] <= 0x7e) low++;
    i++;
  }
  return pairs ? low / pairs : 0;
}

/** Candidate encodings, most likely first; the caller takes the first that decodes to text. */
export function sniffLegacyEncoding(bytes: Uint8Array): LegacyEncoding[] {
  const named = analyse(bytes).flatMap((m) => (LABELS[m.name] && m.confidence >= 10 ? [LABELS[m.name]] : []));
  const share = lowTrailShare(bytes);
  // The byte check decides where it is clear; chardet's ranking where it is not.
  const chinese: LegacyEncoding[] =
    share > 0.15 ? ['big5', 'gb18030'] : share < 0.05 ? ['gb18030', 'big5'] : [...new Set([...named.filter((e) => e === 'gb18030' || e === 'big5'), 'gb18030', 'big5'] as LegacyEncoding[])];
  const highBytes = bytes.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
  // Mostly ASCII with a few high bytes (é, ü, –): a Western single-byte text, never double-byte.
  const western = highBytes < bytes.length * 0.2 && isolatedHighBytes(bytes);
  const others = named.filter((e) => e !== 'gb18030' && e !== 'big5');
  return western ? [...new Set(['windows-1252' as const, ...others])] : [...new Set([...chinese, ...others])];
}

/** Whether every byte ≥ 0x80 stands between ASCII bytes, as accented letters do in Latin-1. */
function isolatedHighBytes(bytes: Uint8Array): boolean {
  for (let i = 1; i < bytes.length; i++) if (bytes[i] >= 0x80 && bytes[i - 1] >= 0x80) return false;
  return true;
}
