/** Leading groups (领导小组 / 工作小组): members by role, and where the group's office sits. */
import type { LeadingGroup } from '../../model/schemas/document.ts';
import type { OutlineItem } from '../structure/outline.ts';
import { stripBold } from '../text/text-utils.ts';
import type { NodeVisit } from './outline-measures.ts';

const GROUP_NAME = /([\u4e00-\u9fa5“”"+0-9]{0,30}?(?:领导小组|工作小组|工作专班|指挥部))/;
const MEMBER = /^\s*((?:组|副\s*组|常务副组|成)\s*[长员]|主\s*任|副\s*主\s*任|办公室主任)\s*[:：]\s*(.+)$/;
const OFFICE = /((?:领导小组|工作小组|工作专班|指挥部)?办公室)设在([^，。,；;]+)/;

/** Reads a group from the lines of the section (or attachment) that lists it; null when there is none. */
export function linesToLeadingGroup(lines: string[], heading: string): LeadingGroup | null {
  const members = lines.flatMap((l) => {
    const m = MEMBER.exec(l);
    return m ? [{ role: m[1].replace(/\s/g, ''), people: m[2].trim() }] : [];
  });
  if (!members.length) return null;
  const all = [heading.replace(/\s+/g, ''), ...lines].join('\n');
  const name = GROUP_NAME.exec(all)?.[1]?.replace(/^(?:成立|设立|组建)/, '') ?? '领导小组';
  const office = OFFICE.exec(all);
  return { name, members, office: office ? office[1] : null };
}

/** The office named in “X办公室设在Y”, a unit in its own right. */
export function textToOffice(text: string): string | null {
  return OFFICE.exec(text)?.[1] ?? null;
}

/** Every leading group of a document: in its sections, or listed as plain paragraphs after “附件：”. */
export function outlineToLeadingGroups(visits: NodeVisit[], body: OutlineItem[]): LeadingGroup[] {
  const groups: LeadingGroup[] = [];
  for (const { node } of visits) {
    const g = linesToLeadingGroup(node.paragraphs.map((p) => stripBold(p.text)), node.heading);
    if (g) groups.push(g);
  }
  const loose = body.flatMap((i) => (i.type === 'paragraph' && i.paragraph.role === 'body' ? [i.paragraph.text] : []));
  const g = linesToLeadingGroup(loose, loose.find((t) => /小组.*名单/.test(t)) ?? '');
  if (g) groups.push(g);
  return groups;
}

/** The offices of the groups, then any other “X办公室设在Y” in the text: units in their own right. */
export function documentOffices(groups: LeadingGroup[], lines: string[]): string[] {
  const offices = groups.flatMap((g) => (g.office ? [g.office] : []));
  for (const t of lines) {
    const office = textToOffice(t);
    if (office && !offices.includes(office)) offices.push(office);
  }
  return offices;
}
