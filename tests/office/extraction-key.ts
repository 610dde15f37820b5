/** What the equality fixtures compare: the extraction a reader relies on, not the text's line numbers. */
import type { SplitDocument } from '../../src/split/split-document.ts';

export function extractionKey(s: SplitDocument) {
  const d = s.document;
  return {
    title: d.title,
    docNumber: d.docNumber,
    date: d.date,
    issuer: d.issuer,
    recipients: d.recipients,
    outline: d.outline.map((o) => `${o.path} ${o.heading}`),
    measures: s.measures.map((m) => ({ path: m.path, title: m.title, text: m.text, leadUnits: m.leadUnits, supportUnits: m.supportUnits, units: m.units, deadlines: m.deadlines.map((x) => x.raw) })),
    units: d.units,
    goals: s.goals.map((g) => g.text),
  };
}
