/**
 * Text and attribute values as exceljs writes them into a workbook's XML: the five markup
 * characters escaped, and the control characters XML 1.0 forbids dropped (tab, line feed and
 * carriage return stay). The Excel writer must produce exceljs's bytes exactly, so this is its rule,
 * not a general XML escaper.
 */
const special = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const specialAll = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;

const replacements: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

export const xmlText = (text: string): string => (special.test(text) ? text.replace(specialAll, (c) => replacements[c] ?? '') : text);
