/**
 * A document's split and an editor's corrections → the corrected split. Corrections are keyed by
 * outline path; each sets or removes units, deadlines or the title, or says the node is not a
 * measure. A path the document no longer has is a warning naming the file and line. Everything
 * derived from the measures (deadline entries, the document's measure ids, units and outline)
 * is derived again.
 */
import type { Measure } from '../../model/schemas/measure.ts';
import type { Deadline } from '../../model/schemas/deadline.ts';
import type { Source } from '../../model/schemas/source.ts';
import type { DeadlineEntry } from '../../model/schemas/deadline-entry.ts';
import type { CorrectionFile, MeasureCorrection, CorrectedField } from '../../model/schemas/correction.ts';
import { problemOf, type Problem } from '../../model/schemas/problem.ts';
import { nameKey } from '../../model/name-key.ts';
import { unitIdsOf } from '../../model/unit-identity.ts';
import type { SplitDocument } from '../split-document.ts';
import { textToDeadlines } from '../extract/deadlines.ts';
import { deadlineContextOf } from '../extract/deadline-context.ts';

/** A phrase as the editor wrote it, normalised where the deadline rules read it whole. */
function phraseToDeadline(raw: string, year: number | null): Deadline {
  const found = textToDeadlines(raw, { year });
  const whole = found.find((d) => d.raw.replace(/\s/g, '') === raw.replace(/\s/g, ''));
  // A phrase the rules cannot read whole is kept as written, tied to nothing.
  return whole ?? { raw, kind: 'relative', anchor: null, direction: 'at', offset: null };
}

const without = (names: string[], removed: string[] | undefined) => {
  const gone = new Set((removed ?? []).map(nameKey));
  return names.filter((n) => !gone.has(nameKey(n)));
};

/** Each kept item keeps where the text says it; an item the editor added comes from the corrections file. */
function sourcesAfter<T>(items: T[], before: T[], sources: Source[], same: (a: T, b: T) => boolean, correction: Source): Source[] {
  return items.map((item) => {
    const k = before.findIndex((b) => same(b, item));
    return k >= 0 ? sources[k] : correction;
  });
}

function correctMeasure(m: Measure, c: MeasureCorrection, year: number | null, jurisdiction: string | null, at: Source): Measure {
  const corrected = new Set<CorrectedField>(m.corrected);
  const out = { ...m };
  if (c.title) (out.title = c.title), corrected.add('title');
  if (c.units || c.leadUnits || c.supportUnits || c.removeUnits) {
    const lead = c.leadUnits ?? without(m.leadUnits, c.removeUnits);
    const support = c.supportUnits ?? without(m.supportUnits, c.removeUnits);
    const named = c.units ?? without(m.units, c.removeUnits);
    // Lead units first, then the others, then the supporting ones: the order the page reads.
    const keys = new Set([...lead, ...named, ...support].map(nameKey));
    const ordered = [...lead, ...named.filter((n) => !lead.includes(n) && !support.includes(n)), ...support].filter((n) => keys.delete(nameKey(n)));
    Object.assign(out, {
      units: ordered, unitIds: unitIdsOf(ordered, jurisdiction), leadUnits: lead, supportUnits: support,
      unitSources: sourcesAfter(ordered, m.units, m.unitSources, (a, b) => nameKey(a) === nameKey(b), at),
    });
    corrected.add('units');
  }
  if (c.deadlines || c.removeDeadlines) {
    const gone = new Set((c.removeDeadlines ?? []).map((r) => r.replace(/\s/g, '')));
    const kept = c.deadlines ? c.deadlines.map((raw) => phraseToDeadline(raw, year)) : m.deadlines;
    out.deadlines = kept.filter((d) => !gone.has(d.raw.replace(/\s/g, '')));
    out.deadlineSources = sourcesAfter(out.deadlines, m.deadlines, m.deadlineSources, (a, b) => a.raw === b.raw, at);
    corrected.add('deadlines');
  }
  out.corrected = [...corrected];
  return out;
}

export function applyCorrections(split: SplitDocument, corrections: CorrectionFile, lines: Map<string, number>, file: string): { split: SplitDocument; problems: Problem[] } {
  const { document } = split;
  const problems: Problem[] = [];
  const paths = new Set(split.measures.map((m) => m.path));
  for (const path of Object.keys(corrections.measures)) {
    if (!paths.has(path)) problems.push(problemOf('correction-stale', file, lines.get(path) ?? 0, `校对项“${path}”在文件《${document.title}》中已不存在（可能原文已修改），未应用`));
  }
  const { year } = deadlineContextOf(document.date, document.docNumber, document.title);
  const dropped = new Set<string>();
  const measures: Measure[] = [];
  for (const m of split.measures) {
    const c = corrections.measures[m.path];
    if (c?.notAMeasure) dropped.add(m.id);
    else measures.push({ ...(c ? correctMeasure(m, c, year, document.jurisdiction, { from: 'correction', file, line: lines.get(m.path) ?? 0 }) : m), order: measures.length + 1 });
  }
  const deadlines: DeadlineEntry[] = [
    ...measures.flatMap((m) => m.deadlines.map((deadline, i) => ({ id: `${m.id}-d${i + 1}`, documentId: m.documentId, measureId: m.id, units: m.units, deadline, line: m.line }))),
    ...split.deadlines.filter((d) => d.measureId === null),
  ];
  for (const a of split.anchors.values()) if (a.measureId && dropped.has(a.measureId)) a.measureId = null;
  const measureUnits = new Set(split.measures.flatMap((m) => m.units).map(nameKey));
  const seen = new Set<string>();
  const units = [...measures.flatMap((m) => m.units), ...document.units.filter((u) => !measureUnits.has(nameKey(u)))].filter((u) => !seen.has(nameKey(u)) && (seen.add(nameKey(u)), true));
  return {
    split: {
      ...split, measures, deadlines,
      document: {
        ...document, units, unitIds: unitIdsOf(units, document.jurisdiction), measureIds: measures.map((m) => m.id),
        outline: document.outline.map((o) => (o.measureId && dropped.has(o.measureId) ? { ...o, measureId: null } : o)),
      },
    },
    problems,
  };
}
