/**
 * What a file in the input folder is, by its name alone: a document to read, debris that operating
 * systems and editors leave beside documents, or an office format the split does not read
 * (spreadsheets, OpenDocument). Word, WPS, PDF, OFD and RTF are documents: src/split/read/read-document.ts
 * reads them, or says what to provide instead.
 * Pure: the CLI lists the folder and asks.
 */
export type InputKind =
  | { kind: 'document' }
  | { kind: 'junk'; why: string }
  | { kind: 'office'; format: string };

/** Whole names that are system debris, lower-cased. */
const JUNK_NAMES = new Map([
  ['thumbs.db', 'Windows 缩略图缓存'],
  ['ehthumbs.db', 'Windows 缩略图缓存'],
  ['desktop.ini', 'Windows 文件夹设置'],
  ['.ds_store', 'macOS 文件夹设置'],
  ['icon\r', 'macOS 文件夹图标'],
]);

/** Name patterns of debris, each with why it is debris. */
const JUNK_PATTERNS: [RegExp, string][] = [
  [/^~\$/, 'Office 打开文件时的锁文件'],
  [/^\.~lock\..*#$/, 'LibreOffice 锁文件'],
  [/^\._/, 'macOS 资源文件'],
  [/^\./, '隐藏文件'],
  [/~$/, '编辑器备份文件'],
  [/^#.*#$/, '编辑器自动保存文件'],
  [/\.(?:bak|backup|old|orig|swp|swo|swx|tmp|temp|part|crdownload|lnk|url)$/i, '备份、临时或快捷方式文件'],
];

/** Formats the split does not read, by extension (lower-cased). */
const OFFICE_FORMATS = new Map([
  ['xlsx', 'Excel'], ['xls', 'Excel'], ['et', 'WPS 表格'], ['odt', 'OpenDocument'],
]);

export function inputKindOf(name: string): InputKind {
  const lower = name.toLowerCase();
  const junk = JUNK_NAMES.get(lower) ?? JUNK_PATTERNS.find(([re]) => re.test(name))?.[1];
  if (junk) return { kind: 'junk', why: junk };
  const ext = /\.([^.]+)$/.exec(lower)?.[1] ?? '';
  const format = OFFICE_FORMATS.get(ext);
  if (format) return { kind: 'office', format: `${format}（.${ext}）` };
  return { kind: 'document' };
}

/** A folder the split does not descend into: hidden ones (.git) and system ones. */
export function isJunkFolder(name: string): boolean {
  return name.startsWith('.') || /^(?:__MACOSX|\$RECYCLE\.BIN|System Volume Information|node_modules)$/i.test(name);
}
