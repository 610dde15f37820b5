/**
 * The built downloads (dist/downloads/, `npm run build`) read back against the split's JSON
 * (content/split.json) they were made from: every file there, the library's rows in every format,
 * and the pages linking them. Reads files only; skips without a build. POLICY_DIST and
 * POLICY_SPLIT_JSON override the two paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { splitToRows, splitToViews } from '../../src/exports/index.ts';
import { headers, rowToCells } from '../../src/exports/columns.ts';
import { rowToEvents, rowsHaveEvents } from '../../src/exports/calendar.ts';
import { sheetName } from '../../src/exports/xlsx.ts';
import { downloadUrl } from '../../src/model/downloads.ts';
import { splitJsonSchema } from '../../src/model/schemas/split-json.ts';

const dist = process.env.POLICY_DIST || 'dist';
const splitFile = process.env.POLICY_SPLIT_JSON || 'content/split.json';
const built = existsSync(join(dist, downloadUrl('library', '', 'json'))) && existsSync(splitFile);
if (!built) console.warn(`[exports dist.test] skipped: no ${dist}/downloads or ${splitFile} — run \`npm run build\` first.`);

describe.skipIf(!built)('built downloads', () => {
  const raw = built ? JSON.parse(readFileSync(splitFile, 'utf8')) : { documents: [], units: [] };
  const split = splitJsonSchema.parse(raw);
  const rows = splitToRows(split, { siteUrl: process.env.SITE_URL || undefined });
  const views = splitToViews(split, rows);
  const file = (url: string) => readFileSync(join(dist, url));

  it('has the library as Excel: the header and one row a measure, as the split says', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file(downloadUrl('library', '', 'xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet(sheetName)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const measureIds = split.documents.flatMap((d) => d.measures.map((m) => m.url));
    const linked = sheet.getColumn(headers.length).values.slice(2).map((v) => (v as { hyperlink: string }).hyperlink);
    expect(linked.map((l) => l.replace(/^(\.\.\/\.\.|https?:\/\/[^/]+)/, '').replace(/index\.html$/, '')).sort()).toEqual(measureIds.sort());
  });

  it('has the library as CSV with a BOM, parsing back to the same rows', () => {
    const bytes = file(downloadUrl('library', '', 'csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes.toString('utf8'), { bom: true });
    expect(records).toEqual([headers, ...rows.map((r) => rowToCells(r).map(String))]);
  });

  it('has the split JSON itself: its documents and units (the problems of a run stay in the build)', () => {
    expect(JSON.parse(file(downloadUrl('library', '', 'json')).toString('utf8'))).toEqual({ documents: raw.documents, units: raw.units });
  });

  it('has the library calendar with an event for every date, period and cycle', () => {
    const calendar = new ICAL.Component(ICAL.parse(file(downloadUrl('library', '', 'ics')).toString('utf8')));
    const uids = calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toEqual(rows.flatMap(rowToEvents).map((e) => e.uid));
    const rules = calendar.getAllSubcomponents('vevent').flatMap((v) => (v.hasProperty('rrule') ? [String(v.getFirstPropertyValue('rrule'))] : []));
    expect(new Set(rules).size).toBeGreaterThan(1);
  });

  it('has every document’s and unit’s files, and nothing for one without measures', () => {
    for (const { id } of views.documents) for (const f of ['xlsx', 'csv'] as const) expect(existsSync(join(dist, downloadUrl('document', id, f))), `${id}.${f}`).toBe(true);
    for (const { id, view } of views.units) {
      for (const f of ['xlsx', 'csv'] as const) expect(existsSync(join(dist, downloadUrl('unit', id, f))), `${id}.${f}`).toBe(true);
      expect(existsSync(join(dist, downloadUrl('unit', id, 'ics'))), `${id}.ics`).toBe(rowsHaveEvents(view.rows));
    }
    const empty = split.documents.filter((d) => d.measures.length === 0);
    for (const d of empty) expect(existsSync(join(dist, downloadUrl('document', d.id, 'xlsx')))).toBe(false);
  });

  it('links the files from the pages, relative as every link, and shows each document’s task table', () => {
    const home = file('index.html').toString('utf8');
    for (const f of ['xlsx', 'csv', 'json', 'ics'] as const) expect(home).toContain(`href="${downloadUrl('library', '', f).slice(1)}"`);
    for (const { id, view } of views.documents) {
      const page = file(`documents/${id}/index.html`).toString('utf8');
      expect(page).toContain(`href="../..${downloadUrl('document', id, 'xlsx')}"`);
      const table = page.slice(page.indexOf('<table class="task-table'), page.indexOf('</table>'));
      expect(table.match(/<tr/g)!.length - 1, id).toBe(view.rows.length);
    }
    const [unit] = views.units;
    if (unit) expect(file(`units/${unit.id}/index.html`).toString('utf8')).toContain(`href="../..${downloadUrl('unit', unit.id, 'csv')}"`);
  });
});
