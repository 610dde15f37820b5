/**
 * Which downloads a page offers (scripts/build-exports.ts writes them; src/model/downloads.ts
 * says where). A unit's calendar exists only when one of its measures has a deadline that makes
 * an event, by the exporter's own rule.
 */
import { hasCalendarEvent } from '../exports/calendar.ts';
import { downloadFormats, type DownloadFormat } from '../model/downloads.ts';
import type { SiteData } from './collections.ts';

export function unitDownloadFormats(data: SiteData, measureIds: readonly string[]): DownloadFormat[] {
  const hasEvent = measureIds.some((id) => {
    const m = data.measure.get(id);
    const date = m ? data.document.get(m.documentId)?.data.date ?? null : null;
    return !!m && m.deadlines.some((d) => hasCalendarEvent(d, date));
  });
  return downloadFormats.unit.filter((f) => f !== 'ics' || hasEvent);
}

/** A file name for saving: `湛组通〔2019〕22号 任务分工.xlsx`, without characters Windows refuses. */
export const saveAsName = (name: string, format: DownloadFormat) => `${name.replace(/[\\/:*?"<>|]/g, '_')}.${format}`;
