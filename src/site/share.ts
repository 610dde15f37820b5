/**
 * What a page says when it is shared: the text a reader pastes into a chat, and the meta
 * description a link preview shows. Both lead with who (责任单位) and by when (时限), the two
 * things an office asks first, then what and where from.
 */
import type { Deadline } from '../model/schemas/deadline.ts';
import { deadlineLabel, sameAsWritten } from './deadlines.ts';
import type { UnitRole } from './units.ts';
import { truncate } from './text.ts';

export interface ShareUnit {
  name: string;
  role: UnitRole;
}

export interface ShareInput {
  title: string;
  /** The measure's units in its own order, each with its role. */
  units: ShareUnit[];
  deadlines: Deadline[];
  documentTitle: string;
  docNumber: string | null;
  /** Absolute when the site's address is known; the page script swaps in location.href otherwise. */
  url: string;
}

/** `甲牵头，乙、丙配合`: lead units first, then supporting ones, then those named without a role. */
export function unitsPhrase(units: ShareUnit[]): string {
  if (units.length === 0) return '未明确';
  const of = (role: UnitRole) => units.filter((u) => u.role === role).map((u) => u.name).join('、');
  const [lead, support, assigned] = [of('lead'), of('support'), of('assigned')];
  return [lead && `${lead}牵头`, support && `${support}配合`, assigned].filter(Boolean).join('，');
}

/** Each deadline as written, with the date it means when the phrase leaves it out: `9月底前（2019年9月底前）`. */
export function deadlinesPhrase(deadlines: Deadline[]): string {
  if (deadlines.length === 0) return '未明确时限';
  return deadlines.map((d) => (sameAsWritten(d) ? d.raw : `${d.raw}（${deadlineLabel(d)}）`)).join('；');
}

// A title inside 《》 takes 〈〉 for the titles it quotes, as in print.
const bookTitle = (title: string) => `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;

/** The chat text for one measure; its last line is the link. */
export function shareTextOf(x: ShareInput): string {
  return [
    `责任单位：${unitsPhrase(x.units)}`,
    `完成时限：${deadlinesPhrase(x.deadlines)}`,
    `【${x.title}】`,
    `出处：${bookTitle(x.documentTitle)}${x.docNumber ? `（${x.docNumber}）` : ''}`,
    x.url,
  ].join('\n');
}

/**
 * A measure's meta description: who, by when, then its title, in what a preview shows (about 120
 * characters). A measure that names neither gets its title and text: two 未明确 say nothing.
 */
export function measureDescriptionOf(x: Pick<ShareInput, 'title' | 'units' | 'deadlines'> & { text: string }): string {
  const lead = [x.units.length ? `责任单位：${unitsPhrase(x.units)}` : '', x.deadlines.length ? `完成时限：${deadlinesPhrase(x.deadlines)}` : ''];
  const known = lead.filter(Boolean).join('；');
  return truncate(known ? `${known}。${x.title}` : `${x.title}：${x.text.replace(/\s+/g, ' ')}`, 120);
}

export interface DocumentShareInput {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  /** `2018年8月24日`, or null when undated. */
  date: string | null;
  /** Every unit its measures name, most often named first. */
  units: string[];
  /** Every deadline of its measures, in document order. */
  deadlines: Deadline[];
  measureCount: number;
  url: string;
}

/**
 * Unit names by how many measures name them, most first; ties keep the order first seen. One
 * unit written two ways (各基层党组织, 基层党组织) counts once, under the name first seen.
 */
export function unitsByMentions(measures: Array<{ units: string[]; unitIds: string[] }>): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const m of measures) {
    const ids = new Set<string>();
    m.units.forEach((name, i) => {
      const id = m.unitIds[i] ?? name;
      if (ids.has(id)) return;
      ids.add(id);
      const seen = counts.get(id) ?? { name, count: 0 };
      counts.set(id, { name: seen.name, count: seen.count + 1 });
    });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((u) => u.name);
}

/** `甲、乙、丙等12个单位`: a document names dozens; a chat line holds three. */
function someUnits(units: string[]): string {
  if (units.length === 0) return '未明确';
  return units.length <= 3 ? units.join('、') : `${units.slice(0, 3).join('、')}等${units.length}个单位`;
}

/** The earliest and the latest dated deadline (`最早2018年9月底前，最晚2020年底前`), or the first one as written. */
function deadlineSpan(deadlines: Deadline[]): string {
  const dated = deadlines
    .map((d) => ({ d, day: d.kind === 'date' ? d.date : d.kind === 'period' ? d.end : null }))
    .filter((x): x is { d: Deadline; day: string } => x.day !== null)
    .sort((a, b) => a.day.localeCompare(b.day));
  const [first, last] = [dated[0], dated[dated.length - 1]];
  if (first && last) return first.day === last.day ? deadlineLabel(first.d) : `最早${deadlineLabel(first.d)}，最晚${deadlineLabel(last.d)}`;
  return deadlines[0] ? deadlines[0].raw : '未明确时限';
}

const documentLines = (x: DocumentShareInput) => ({
  who: `责任单位：${someUnits(x.units)}`,
  when: `时限：${deadlineSpan(x.deadlines)}`,
  what: [x.issuer, x.docNumber, x.date, `${x.measureCount}项措施`].filter(Boolean).join(' · '),
});

/** The chat text for a whole document; its last line is the link. */
export function documentShareTextOf(x: DocumentShareInput): string {
  const { who, when, what } = documentLines(x);
  return [who, when, bookTitle(x.title), what, x.url].join('\n');
}

/** A document's meta description: who, by when, then the title and its record. */
export function documentDescriptionOf(x: Omit<DocumentShareInput, 'url'>): string {
  const { who, when, what } = documentLines({ ...x, url: '' });
  return truncate(`${who}；${when}。${bookTitle(x.title)}，${what}`, 140);
}
