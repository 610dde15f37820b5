/**
 * The end of a document and its closing parts, anywhere after the title: 落款 (signature organs
 * above the 成文日期), 公开方式, 抄送, 印发, and 附件 (the list, and each attachment's title).
 */
import type { SourceLine } from '../clean/clean-text.ts';
import { foldWidth } from '../../model/name-key.ts';
import { DATE_LINE, dateLineToIso } from '../text/patterns.ts';
import { clean, isBlank, organNames, type DocumentHeader, type LineRole } from './header-parts.ts';

/** The signature organs on the lines straight above a date line (at most three). */
function signatureAbove(lines: SourceLine[], roles: LineRole[], dateAt: number): string[] {
  const signature: string[] = [];
  for (let j = dateAt - 1, seen = 0; j >= 0 && seen < 3; j--) {
    if (isBlank(lines[j])) continue;
    if (roles[j] !== 'body') break;
    const organs = organNames(lines[j].text);
    if (!organs) break;
    roles[j] = 'signature';
    signature.unshift(...organs);
    seen++;
  }
  return signature;
}

/** “附件：1.…” and the numbered lines that continue the list. */
function readAttachmentList(lines: SourceLine[], roles: LineRole[], at: number, header: DocumentHeader): void {
  const t = clean(foldWidth(lines[at].text));
  roles[at] = 'attachment-list';
  const item = clean(t.replace(/^附\s*件\s*[:：]\s*/, '').replace(/^\d+[.、．]\s*/, ''));
  if (item) header.attachments.push(item);
  for (let j = at + 1; j < lines.length && /^\s*\d+[.、．]\s*\S/.test(lines[j].text) && /^\s{2,}|^\d/.test(lines[j].text); j++) {
    if (/[。；;]$/.test(clean(lines[j].text))) break;
    roles[j] = 'attachment-list';
    header.attachments.push(clean(lines[j].text).replace(/^\d+[.、．]\s*/, ''));
  }
}

// “附件：” alone, then “1．…通知 / 2．…名单 / 3．…反馈表”: the list of attachments before the signature,
// written one name a line; an attachment section itself starts with its title, not with “1．”.
const ATTACHMENT_NAME = /^\d+[.、．]\s*[^。；;，,]{4,80}$/;
function listsAttachments(lines: SourceLine[], at: number): boolean {
  const next = lines.findIndex((l, j) => j > at && !isBlank(l));
  return next > 0 && /^\s*1\s*[.、．]/.test(lines[next].text) && ATTACHMENT_NAME.test(clean(foldWidth(lines[next].text)));
}

/** Signature blocks, dates, 公开方式, 抄送, 印发 and 附件 anywhere after the title. */
export function closingRoles(lines: SourceLine[], roles: LineRole[], header: DocumentHeader): void {
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'body') continue;
    const t = clean(foldWidth(lines[i].text));
    if (/^公开方式[:：]/.test(t)) {
      roles[i] = 'disclosure';
      header.disclosure = clean(t.replace(/^公开方式[:：]/, ''));
    } else if (/^抄\s*送[:：]/.test(t)) roles[i] = 'cc';
    else if (/印发\s*$/.test(t) && /\d{4}\s*年/.test(t) && t.length <= 60) roles[i] = 'printed';
    else if (/^附\s*件\s*[:：]\s*$/.test(t) && listsAttachments(lines, i)) readAttachmentList(lines, roles, i, header);
    else if (/^附\s*件\s*\d*\s*[:：]?\s*$/.test(t)) roles[i] = 'attachment-start';
    else if (/^附\s*件\s*[:：]/.test(t)) readAttachmentList(lines, roles, i, header);
    else if (DATE_LINE.test(t)) {
      roles[i] = 'date';
      const signature = signatureAbove(lines, roles, i);
      if (signature.length && header.signature === null) {
        header.signature = signature.join('、');
        if (!header.issuers.length) header.issuers = signature;
      }
      if (header.date === null && (signature.length || header.issuers.length === 0)) header.date = dateLineToIso(t);
    }
  }
  attachmentTitles(lines, roles, header);
}

/** An attachment section's title is the first line after “附件：”. */
function attachmentTitles(lines: SourceLine[], roles: LineRole[], header: DocumentHeader): void {
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'attachment-start') continue;
    const next = lines.findIndex((l, j) => j > i && !isBlank(l));
    if (next > 0) {
      const name = clean(lines[next].text);
      if (!header.attachments.some((a) => a.replace(/\s/g, '') === name.replace(/\s/g, ''))) header.attachments.push(name);
    }
  }
}
