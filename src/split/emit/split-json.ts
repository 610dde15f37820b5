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
