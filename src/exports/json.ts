/** The split's own JSON (README “The split command”) for the documents and units a view holds, written as the split writes it. */
import type { Exporter } from './types.ts';

export const jsonExporter: Exporter = {
  format: 'json',
  mediaType: 'application/json',
  async write(view) {
    return new TextEncoder().encode(`${JSON.stringify({ documents: view.documents, units: view.units }, null, 1)}\n`);
  },
};
