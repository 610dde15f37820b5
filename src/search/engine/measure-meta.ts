/**
 * What a document page tells search about its measures, so that measure pages need no index of
 * their own: one Pagefind metadata field (`measures`) on the document page, read with the page
 * text when a result is shown. Compact, because it rides in every result's fragment: the unit
 * filter values once per document, each measure pointing at them by position.
 */

export interface MeasureMeta {
  /** Id of the measure's element in the document page (`m-2-1` or a task-table row's link). */
  anchor: string;
  /** The measure's id: its page is `measures/<id>/`. */
  id: string;
  title: string;
  /** 责任单位 as written, lead units first, joined with `、`; '' when none is named. */
  units: string;
  /** 时限 as written, joined with `；`; '' when none is stated. */
  deadline: string;
  /** The unit filter's values for its units (the labels of their unit pages). */
  unitKeys: string[];
}

/** The metadata field's name on the document page. */
export const measuresMetaKey = 'measures';

type Packed = { u: string[]; m: [string, string, string, string, string, number[]][] };

/** Measures (in document order) → the metadata text. */
export function packMeasures(measures: readonly MeasureMeta[]): string {
  const keys: string[] = [];
  const indexOf = (key: string) => {
    const at = keys.indexOf(key);
    return at >= 0 ? at : keys.push(key) - 1;
  };
  const packed: Packed = { u: keys, m: measures.map((m) => [m.anchor, m.id, m.title, m.units, m.deadline, m.unitKeys.map(indexOf)]) };
  return JSON.stringify(packed);
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The metadata text → measures; anything malformed (an index built by another version) reads as none. */
export function unpackMeasures(text: string | undefined): MeasureMeta[] {
  if (!text) return [];
  let packed: unknown;
  try {
    packed = JSON.parse(text);
  } catch {
    return [];
  }
  const { u, m } = (packed ?? {}) as Partial<Packed>;
  if (!Array.isArray(u) || !Array.isArray(m) || !u.every(isString)) return [];
  return m.flatMap((row) => {
    if (!Array.isArray(row) || row.length !== 6 || !row.slice(0, 5).every(isString) || !Array.isArray(row[5])) return [];
    const [anchor, id, title, units, deadline, keys] = row;
    return [{ anchor, id, title, units, deadline, unitKeys: keys.map((k) => u[k]).filter(isString) }];
  });
}

/**
 * A measure's page from its document's page URL as Pagefind gives it (with the site's base, or
 * as a file read from disk): `/policy/documents/d/` → `/policy/measures/<id>/`,
 * `…/documents/d/index.html` → `…/measures/<id>/index.html`.
 */
export function measureUrlOf(documentUrl: string, id: string): string {
  const m = /^(.*)documents\/[^/]+\/(index\.html)?$/.exec(documentUrl);
  return m ? `${m[1]}measures/${id}/${m[2] ?? ''}` : `/measures/${id}/`;
}
