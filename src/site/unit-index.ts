/**
 * The units index: every responsible unit grouped by the jurisdiction that qualifies its name
 * (src/model/unit-identity.ts), with how often it leads (牵头) or supports (配合). A province's
 * library names thousands of units (12,550 in 836 jurisdictions at 1,000 bench documents), so
 * one page of all of them does not fit a phone: past `inlineUnitLimit` the index lists the
 * jurisdictions and each jurisdiction gets pages of its own. Pure: data in, groups out.
 */
import type { Unit } from '../model/schemas/unit.ts';
import { homophoneIds, unitId } from '../model/ids.ts';
import { unitLabel } from '../model/unit-label.ts';

/** Units the index page lists itself; beyond it, it lists jurisdictions (one page each). */
export const inlineUnitLimit = 300;

export interface UnitRow {
  name: string;
  /** Name with its jurisdiction, as the unit's own page is titled. */
  label: string;
  url: string;
  measures: number;
  lead: number;
  support: number;
  documents: number;
}

export interface PlaceGroup {
  /** The jurisdiction, or null for names that carry their own place (or none). */
  place: string | null;
  /** Heading of the group. */
  label: string;
  /** Address segment of the jurisdiction's own page. */
  slug: string;
  units: UnitRow[];
  /** Measures of all its units. */
  measures: number;
}

/** The group of units whose names need no jurisdiction (中共中央组织部, 湛江市委组织部). */
export const placeFreeLabel = '不分地区';
const placeFreeSlug = 'general';

export function unitRowOf(unit: Pick<Unit, 'name' | 'jurisdiction' | 'url' | 'measures' | 'documents'>): UnitRow {
  let lead = 0;
  let support = 0;
  for (const m of unit.measures) {
    if (m.role === 'lead') lead++;
    else if (m.role === 'support') support++;
  }
  return { name: unit.name, label: unitLabel(unit), url: unit.url, measures: unit.measures.length, lead, support, documents: unit.documents.length };
}

const byCountThenName = (a: UnitRow, b: UnitRow) => b.measures - a.measures || a.name.localeCompare(b.name, 'zh-CN');

/**
 * Units by jurisdiction: jurisdictions in Chinese collation order (a reader looks for their own
 * place by name), the place-free group last; units in a group by measures, most first.
 */
export function placeGroupsOf(units: readonly Pick<Unit, 'name' | 'jurisdiction' | 'url' | 'measures' | 'documents'>[]): PlaceGroup[] {
  const groups = new Map<string | null, UnitRow[]>();
  for (const unit of units) {
    const list = groups.get(unit.jurisdiction);
    const row = unitRowOf(unit);
    if (list) list.push(row);
    else groups.set(unit.jurisdiction, [row]);
  }
  const slugOfPlace = placeSlugs([...groups.keys()].filter((place) => place !== null));
  const slugOf = (place: string | null) => (place === null ? placeFreeSlug : slugOfPlace.get(place)!);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh-CN') || (a < b ? -1 : 1)))
    .map(([place, rows]) => ({
      place,
      label: place ?? placeFreeLabel,
      slug: slugOf(place),
      units: rows.sort(byCountThenName),
      measures: rows.reduce((sum, r) => sum + r.measures, 0),
    }));
}

/** Stands for the place-free group among the places: a unit's jurisdiction is never '' (src/model/unit-identity.ts makes it null). */
const placeFreeKey = '';

/**
 * Place → slug: the pinyin of its name; every place of a group that reads alike (平林市, 平临市)
 * gets a fingerprint of its own name, by the rule unit ids follow (`homophoneIds`). Every one, not
 * the second met: else a document that brings 平林市 (before 平临市 in collation) would hand it
 * 平临市's address, and a shared link would open the other place's page. A fingerprint is of the
 * place's own name, so no other place is given it; a place alone under its pinyin keeps it, so no
 * existing address changes. `general` is the place-free group's whether or not the library has
 * that group, so a place that reads `general` always counts as one of a pair.
 * The rule's seven-character fingerprints are not checked against other slugs; two places on one
 * address would write one page over the other, so that throws.
 */
function placeSlugs(places: readonly string[]): Map<string, string> {
  const idOfKey = new Map<string, string>([[placeFreeKey, placeFreeSlug]]);
  for (const place of places) idOfKey.set(place, unitId(place));
  const changed = homophoneIds(idOfKey);
  const placeOfSlug = new Map<string, string>([[placeFreeSlug, placeFreeLabel]]);
  const slugs = new Map<string, string>();
  for (const place of places) {
    const slug = changed.get(place) ?? idOfKey.get(place)!;
    const other = placeOfSlug.get(slug);
    if (other !== undefined) throw new Error(`${place} and ${other} would share the address /units/place/${slug}/`);
    placeOfSlug.set(slug, place);
    slugs.set(place, slug);
  }
  return slugs;
}

/** `牵头 3 · 配合 2`, or '' for a unit never named in either role. */
export function roleSummary(row: Pick<UnitRow, 'lead' | 'support'>): string {
  return [row.lead > 0 && `牵头 ${row.lead}`, row.support > 0 && `配合 ${row.support}`].filter(Boolean).join(' · ');
}

/** `牵头 3 项、配合 2 项` for a sentence, or ''. */
export function roleCountsText(row: Pick<UnitRow, 'lead' | 'support'>): string {
  return [row.lead > 0 && `牵头 ${row.lead} 项`, row.support > 0 && `配合 ${row.support} 项`].filter(Boolean).join('、');
}

/** What the filter searches: the label and every character of it, folded the way the page folds input. */
export const filterKeyOf = (row: Pick<UnitRow, 'label'>) => row.label.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
