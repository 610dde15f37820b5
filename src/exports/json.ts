/** The split's own JSON (README “The split command”) for the documents and units a view holds, written as the split writes it. */
import type { Exporter, ExportView } from './types.ts';

/** `"key": [...]` as `JSON.stringify(…, null, 1)` writes it one level in, an item a chunk. */
function* list(key: string, items: readonly unknown[], last: boolean): Generator<string> {
  const end = last ? '' : ',';
  if (items.length === 0) {
    yield ` "${key}": []${end}\n`;
    return;
  }
  yield ` "${key}": [\n`;
  // Two levels in: every line of the item is indented by two more spaces (line breaks inside strings are escaped, so every \n is one).
  for (let i = 0; i < items.length; i++) yield `  ${JSON.stringify(items[i], null, 1).replaceAll('\n', '\n  ')}${i < items.length - 1 ? ',' : ''}\n`;
  yield ` ]${end}\n`;
}

/** `JSON.stringify({ documents, units }, null, 1)` and a line break, a document or unit at a time. */
export function* jsonChunks(view: ExportView): Generator<string> {
  yield '{\n';
  yield* list('documents', view.documents, false);
  yield* list('units', view.units, true);
  yield '}\n';
}

export const jsonExporter: Exporter = {
  format: 'json',
  mediaType: 'application/json',
  async write(view) {
    return Buffer.from([...jsonChunks(view)].join(''));
  },
  chunks: jsonChunks,
};
