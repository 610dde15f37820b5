/**
 * What the header stages share: the role of each line, the header record, and how a line reads
 * as blank, a date or a row of organ names (src/split/structure/document-header.ts reads the top,
 * src/split/structure/document-closing.ts the end).
 */
import type { SourceLine } from '../clean/clean-text.ts';
import { foldWidth } from '../../model/name-key.ts';
import { DATE_LINE, ORG_SUFFIX } from '../text/patterns.ts';

export type LineRole =
  | 'banner' | 'doc-number' | 'title' | 'recipients' | 'signature' | 'date'
  | 'disclosure' | 'cc' | 'printed' | 'attachment-list' | 'attachment-start' | 'body';

export interface DocumentHeader {
  title: string | null;
  docNumber: string | null;
  issuers: string[];
  date: string | null;
  recipients: string | null;
  disclosure: string | null;
  signature: string | null;
  attachments: string[];
  /** The lines, with a title glued to the first body line split off into its own line. */
  lines: SourceLine[];
  /** One role per line of `lines`. */
  roles: LineRole[];
}

const ORGAN_LINE_MAX = 40;

/**
 * Issuers that sign and head documents but that the unit vocabulary does not end like an organ:
 * schools (某某市第二中学, 某某一中, 某某附中), and the people's congresses and their standing
 * committees (人大常委会), which pass 条例.
 */
export const ISSUER_ONLY_SUFFIX = /(?:中学|小学|大学|幼儿园|附中|[一二三四五六七八九十]中|人民代表大会|常委会|人大)$/;
export const isOrganName = (name: string) => ORG_SUFFIX.test(name) || ISSUER_ONLY_SUFFIX.test(name);

/** A rule drawn with dashes, equals signs or stars (`---`, `———`, `＊＊＊`): a separator, never a title. */
export const RULE_LINE = /^[ \t\u3000]*[-—–－=＝_*＊~～·]{3,}[ \t\u3000]*$/;
/** A line the header reads past: empty, or a separator rule. */
export const isBlank = (l: SourceLine) => l.text.trim() === '' || RULE_LINE.test(l.text);
export const isDateLine = (l: SourceLine) => DATE_LINE.test(foldWidth(l.text).trim());
export const clean = (s: string) => s.trim();

/** An organ name line: short, no sentence punctuation, ends like an organisation. */
export function organNames(text: string): string[] | null {
  const t = clean(text);
  if (t === '' || t.length > 60 || /[。，,；;：:！？、]/.test(t)) return null;
  const parts = t.split(/\s{2,}|\u3000+/).map(clean).filter(Boolean);
  if (parts.every((p) => p.length <= ORGAN_LINE_MAX && isOrganName(p.replace(/文件$/, '')))) return parts;
  return null;
}
