/**
 * Cross-document steps, on small summaries of each document so that the heavy per-document work
 * can run in parallel: units merged across documents (names that differ only in spacing or width
 * are one unit), terms shared by two or more documents, duplicate ids reported as errors.
 */
import type { Unit } from '../../model/schemas/unit.ts';
import { problemOf, type Problem } from '../../model/schemas/problem.ts';
import type { Measure } from '../../model/schemas/measure.ts';
import type { SplitDocument } from '../split-document.ts';
import { nameKey } from '../../model/name-key.ts';
import { termId, shortHash } from '../../model/ids.ts';
import { unitKey } from '../../model/unit-identity.ts';
import { unitUrl, termUrl } from '../../model/urls.ts';
import { libraryUnitIds, type UnitIdChanges } from './unit-ids.ts';

/** What the cross-document steps need to know of one document. */
export interface DocumentSummary {
  id: string;
  source: string;
  /** Cited documents and quoted terms, as written. */
  terms: string[];
  /** Qualifies the unit names relative to the issuer (src/model/unit-identity.ts). */
  jurisdiction: string | null;
  /** Every unit the document names, its measures' and the others (offices, leading groups): their ids are the library's to decide (unit-ids.ts). */
  units: string[];
  /** Each of `units`' own id, as the document made it: the library's steps take ids from here rather than make each again. */
  unitIds: string[];
  measures: Pick<Measure, 'id' | 'documentId' | 'units' | 'unitIds' | 'leadUnits' | 'supportUnits'>[];
  /** Same fingerprint, same document (SplitDocument.fingerprint). */
  fingerprint: string;
  docNumber: string | null;
}

const termUrlOf = (term: string) => termUrl(termId(term));

export function summarise({ document, measures, fingerprint }: SplitDocument): DocumentSummary {
  return {
    fingerprint, docNumber: document.docNumber, id: document.id, source: document.source, jurisdiction: document.jurisdiction, units: document.units, unitIds: document.unitIds,
    terms: [...document.citedDocuments, ...document.quotedTerms],
    measures: measures.map(({ id, documentId, units, unitIds, leadUnits, supportUnits }) => ({ id, documentId, units, unitIds, leadUnits, supportUnits })),
  };
}

export interface IdResolution {
  problems: Problem[];
  /** Sources not written: the same document as one earlier in path order. */
  dropped: Set<string>;
  /** Source → the longer id it gets because a different document would share its id. */
  renamed: Map<string, string>;
}

const compactNumber = (n: string | null) => (n ?? '').replace(/\s/g, '');

/** Why `d` came to the same id as the other documents of its group, for the message. */
function collisionReason(d: DocumentSummary, group: DocumentSummary[]): string {
  const own = compactNumber(d.docNumber);
  const others = group.filter((o) => o !== d);
  if (own && others.some((o) => compactNumber(o.docNumber) === own)) return `发文字号同为 ${own}，但内容不同`;
  const numbers = others.map((o) => compactNumber(o.docNumber)).filter(Boolean);
  if (own && numbers.length) return `发文字号 ${own} 与 ${[...new Set(numbers)].join('、')} 的拼音相同`;
  return '标题和日期相同，但内容不同';
}

/**
 * Ids that two files share. The same text twice is one document: the copy later in path order is
 * an error and not written. Different documents that would share an id (健教党〔2020〕9号 and
 * 建教党〔2020〕9号 read alike in pinyin; two notices of the same title without 文号) each get the id
 * plus a short hash of their own 文号 (or, when that does not tell them apart, of their text): decided
 * by the document itself, so neither the order of files nor adding one changes who gets which id.
 * `docs` come in path order.
 */
export function resolveIds(docs: DocumentSummary[]): IdResolution {
  const out: IdResolution = { problems: [], dropped: new Set(), renamed: new Map() };
  const byId = new Map<string, DocumentSummary[]>();
  for (const d of docs) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const distinct = new Map<string, DocumentSummary>();
    for (const d of group) {
      const same = distinct.get(d.fingerprint);
      if (!same) distinct.set(d.fingerprint, d);
      else {
        out.dropped.add(d.source);
        out.problems.push(problemOf('duplicate-id', d.source, 0, `文件 id “${id}” 与 ${same.source} 重复（内容相同，是同一文件），此文件未写入`));
      }
    }
    const documents = [...distinct.values()];
    if (documents.length < 2) continue;
    // A 文号 no other document of the group has tells this one apart; else its text does.
    const numbers = documents.map((d) => compactNumber(d.docNumber));
    documents.forEach((d, i) => {
      const unique = numbers[i] !== '' && numbers.indexOf(numbers[i]) === numbers.lastIndexOf(numbers[i]);
      const renamed = `${id}-${shortHash(unique ? numbers[i] : d.fingerprint, 6)}`;
      out.renamed.set(d.source, renamed);
      const others = documents.filter((o) => o !== d).map((o) => o.source).join('、');
      out.problems.push(problemOf('id-collision', d.source, 0, `文件 id “${id}” 与 ${others} 相同（${collisionReason(d, documents)}），此文件改用 “${renamed}”`));
    });
  }
  return out;
}

/** Keys (see nameKey) of the terms that two or more documents share: they get pages and links. */
export function sharedTermKeys(docs: DocumentSummary[]): Set<string> {
  const seenIn = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const term of d.terms) {
      const key = nameKey(term);
      if (!seenIn.has(key)) seenIn.set(key, new Set());
      seenIn.get(key)!.add(d.id);
    }
  }
  return new Set([...seenIn].filter(([, ids]) => ids.size >= 2).map(([k]) => k));
}

export function termLinker(shared: Set<string>): (term: string) => string | null {
  return (term) => (shared.has(nameKey(term)) ? termUrlOf(term) : null);
}

/** `ids`: the ids the library changed (unit-ids.ts), by unit key; the split passes those it gave the workers. */
export function mergeUnits(docs: DocumentSummary[], ids: UnitIdChanges = libraryUnitIds(docs)): Unit[] {
  const byKey = new Map<string, { spellings: Map<string, number>; unit: Unit; measureIds: Set<string>; documentIds: Set<string> }>();
  for (const [d, m] of docs.flatMap((d) => d.measures.map((m) => [d, m] as const))) {
    for (const [i, name] of m.units.entries()) {
      const { key, jurisdiction } = unitKey(name, d.jurisdiction);
      let entry = byKey.get(key);
      if (!entry) {
        const id = ids.get(key) ?? m.unitIds[i];
        const unit: Unit = { id, name, jurisdiction, aliases: [], measures: [], documents: [], url: unitUrl(id) };
        entry = { spellings: new Map(), unit, measureIds: new Set(), documentIds: new Set() };
        byKey.set(key, entry);
      }
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      const role = m.leadUnits.includes(name) ? 'lead' : m.supportUnits.includes(name) ? 'support' : 'assigned';
      // Sets, not list scans: a unit such as 市县党委组织部 can own thousands of measures.
      if (!entry.measureIds.has(m.id)) {
        entry.measureIds.add(m.id);
        entry.unit.measures.push({ id: m.id, documentId: m.documentId, role });
      }
      if (!entry.documentIds.has(m.documentId)) {
        entry.documentIds.add(m.documentId);
        entry.unit.documents.push(m.documentId);
      }
    }
  }
  return [...byKey.values()]
    .map(({ spellings, unit }) => {
      const ranked = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return { ...unit, name: ranked[0][0], aliases: ranked.map(([s]) => s) };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
