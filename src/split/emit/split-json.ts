/** The one-file JSON export that tools depend on (shape in README.md, “The split command”; fields may be added, never removed). */
import type { Unit } from '../../model/schemas/unit.ts';
import type { SplitDocument } from '../split-document.ts';

export function documentJson({ document: d, measures, goals }: SplitDocument) {
  return {
    id: d.id, source: d.source, format: d.format, original: d.original, title: d.title, docNumber: d.docNumber, issuer: d.issuer, date: d.date,
    recipients: d.recipients, url: d.url, disclosure: d.disclosure, attachments: d.attachments,
    goals: goals.map((g) => ({ id: g.id, text: g.text })),
    measures: measures.map((m) => ({
      id: m.id, url: m.url, path: m.path, title: m.title, text: m.text, units: m.units, unitIds: m.unitIds, leadUnits: m.leadUnits,
      supportUnits: m.supportUnits, unitSources: m.unitSources, deadlines: m.deadlines, deadlineSources: m.deadlineSources, corrected: m.corrected,
    })),
  };
}

export function unitJson(u: Unit) {
  return { id: u.id, name: u.name, url: u.url, aliases: u.aliases, measures: u.measures.map((m) => m.id) };
}

/**
 * One entry of the export as it stands in the file, `JSON.stringify(export, null, 1)` being the
 * file: each entry sits two levels deep, so its lines are indented two more spaces. JSON escapes
 * every newline inside a string, so each newline of the entry's text is a line break. Entries are
 * turned into text where they are made (the split's worker threads), not all at once at the end.
 */
export function entryText(entry: unknown): string {
  return JSON.stringify(entry, null, 1).replace(/\n/g, '\n  ');
}

/** Entries of one list of the export, each on its own line after a comma but the first (entryText). */
export function* entryPieces(entries: Iterable<string>): Generator<string> {
  let n = 0;
  for (const entry of entries) yield `${n++ ? ',' : ''}\n  ${entry}`;
}

/** A list of the export whose entries' pieces (entryPieces) are given in runs, e.g. one run a worker: the runs joined by commas, empty runs left out. */
export function* listPieces<P>(name: string, runs: Iterable<P | null>, first: boolean): Generator<string | P> {
  yield `${first ? '' : ','}\n "${name}": [`;
  let n = 0;
  for (const run of runs) {
    if (run === null) continue;
    if (n++) yield ',';
    yield run;
  }
  yield n ? '\n ]' : ']';
}

/** A list of the export from its entries' texts. */
function* entryList(name: string, entries: Iterable<string>, first: boolean): Generator<string> {
  yield `${first ? '' : ','}\n "${name}": [`;
  let n = 0;
  for (const piece of entryPieces(entries)) {
    n++;
    yield piece;
  }
  yield n ? '\n ]' : ']';
}

/**
 * The export's text in pieces, from its entries' texts (entryText): the same text as
 * `JSON.stringify({ documents, units, problems }, null, 1)` and a newline. The documents may come
 * as runs of entryPieces already written out (one a worker, as bytes read back), in order.
 */
export function* splitJsonPieces<P = never>(parts: { documents: Iterable<string> | { runs: Iterable<P | null> }; units: Iterable<string>; problems: Iterable<string> }): Generator<string | P> {
  yield '{';
  if ('runs' in parts.documents) yield* listPieces('documents', parts.documents.runs, true);
  else yield* entryList('documents', parts.documents, true);
  yield* entryList('units', parts.units, false);
  yield* entryList('problems', parts.problems, false);
  yield '\n}\n';
}
