/** The one-file JSON export that tools depend on (shape fixed by issue 2; fields may be added). */
import type { Collections } from './collections.ts';

export function splitToJson(c: Collections) {
  return {
    documents: c.splits.map(({ document: d, measures, goals }) => ({
      id: d.id, source: d.source, title: d.title, docNumber: d.docNumber, issuer: d.issuer, date: d.date,
      recipients: d.recipients, url: d.url, disclosure: d.disclosure, attachments: d.attachments,
      goals: goals.map((g) => ({ id: g.id, text: g.text })),
      measures: measures.map((m) => ({
        id: m.id, url: m.url, path: m.path, title: m.title, text: m.text, units: m.units, deadlines: m.deadlines,
      })),
    })),
    units: c.units.map((u) => ({ id: u.id, name: u.name, url: u.url, aliases: u.aliases, measures: u.measures.map((m) => m.id) })),
  };
}
