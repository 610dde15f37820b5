/**
 * The parts of an export workbook that change with its rows and title: the sheet, its shared
 * strings, its hyperlinks' relationships and the document properties. Written as strings, in exactly
 * the bytes exceljs writes for the workbook `xlsx.ts` describes (tests/exports/xlsx-sheet.test.ts
 * compares them), because exceljs spends most of a small workbook building and walking its object
 * model; the parts that never change are taken from one exceljs workbook (`xlsx.ts`).
 */
import { columns } from './columns.ts';
import { xmlText } from './xml-text.ts';
import type { ExportView } from './types.ts';

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const letters = columns.map((_, i) => String.fromCharCode(65 + i));
const lastLetter = letters[letters.length - 1]!;
const linkColumn = columns.findIndex((c) => c.link);

/** Cell styles exceljs numbers for this workbook: body (wrapped, top), header, link. */
const style = { body: 1, headerRow: 2, header: 3, link: 4 } as const;

const sheetOpen = `${declaration}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;

/** exceljs writes neighbouring columns of the same width as one `<col>` span. */
function colsXml(): string {
  const spans: { min: number; max: number; width: number }[] = [];
  columns.forEach((c, i) => {
    const last = spans[spans.length - 1];
    if (last && last.width === c.width && last.max === i) last.max = i + 1;
    else spans.push({ min: i + 1, max: i + 1, width: c.width });
  });
  return `<cols>${spans.map((s) => `<col min="${s.min}" max="${s.max}" width="${s.width}" style="${style.body}" customWidth="1"/>`).join('')}</cols>`;
}

const sheetViews = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const sheetTail = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>';
const cols = colsXml();
const spans = `1:${columns.length}`;

export interface SheetParts {
  'xl/worksheets/sheet1.xml': string;
  'xl/worksheets/_rels/sheet1.xml.rels': string;
  'xl/sharedStrings.xml': string;
  'docProps/core.xml': string;
}

/** Shared strings in order of first use, as exceljs numbers them; `count` is every use. */
class SharedStrings {
  readonly index = new Map<string, number>();
  readonly values: string[] = [];
  count = 0;
  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(text, i);
      this.values.push(text);
    }
    return i;
  }
  xml(): string {
    const items = this.values.map((t) => `<si><t${/^\s|\n|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t)}</t></si>`);
    return `${declaration}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.values.length}">${items.join('')}</sst>`;
  }
}

export function viewToSheetParts(view: ExportView): SheetParts {
  const strings = new SharedStrings();
  const out: string[] = [];
  const last = view.rows.length + 1;
  out.push(sheetOpen, `<dimension ref="A1:${lastLetter}${last}"/>`, sheetViews, cols, '<sheetData>');
  out.push(`<row r="1" spans="${spans}" s="${style.headerRow}" customFormat="1" x14ac:dyDescent="0.25">`);
  columns.forEach((c, i) => out.push(`<c r="${letters[i]}1" s="${style.header}" t="s"><v>${strings.add(c.header)}</v></c>`));
  out.push('</row>');
  const links: string[] = [];
  view.rows.forEach((row, n) => {
    const r = n + 2;
    out.push(`<row r="${r}" spans="${spans}" x14ac:dyDescent="0.25">`);
    columns.forEach((c, i) => {
      const ref = `${letters[i]}${r}`;
      if (i === linkColumn) {
        out.push(`<c r="${ref}" s="${style.link}" t="s"><v>${strings.add(row.link)}</v></c>`);
        links.push(row.link);
        return;
      }
      const value = c.value(row);
      // An empty value is an empty cell (Excel's filter lists it as (空白)), as xlsx.ts asks exceljs.
      if (value === '') out.push(`<c r="${ref}" s="${style.body}"/>`);
      else if (typeof value === 'number') out.push(`<c r="${ref}" s="${style.body}"><v>${value}</v></c>`);
      else out.push(`<c r="${ref}" s="${style.body}" t="s"><v>${strings.add(value)}</v></c>`);
    });
    out.push('</row>');
  });
  out.push('</sheetData>', `<autoFilter ref="A1:${lastLetter}1"/>`);
  const linkLetter = letters[linkColumn]!;
  if (links.length) out.push(`<hyperlinks>${links.map((_, n) => `<hyperlink ref="${linkLetter}${n + 2}" r:id="rId${n + 1}"/>`).join('')}</hyperlinks>`);
  out.push(sheetTail);
  const relationships = links.map((l, n) => `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlText(l)}" TargetMode="External"/>`);
  return {
    'xl/worksheets/sheet1.xml': out.join(''),
    'xl/worksheets/_rels/sheet1.xml.rels': `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
    'xl/sharedStrings.xml': strings.xml(),
    'docProps/core.xml': coreXml(view.title),
  };
}

/** Creator, title and the fixed dates (src/exports/fixed-time.ts), as xlsx.ts sets them. */
export function coreXml(title: string, creator = '政策知识站', stamp = '2000-01-01T00:00:00Z'): string {
  return `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(creator)}</dc:creator><dc:title>${xmlText(title)}</dc:title><dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}
