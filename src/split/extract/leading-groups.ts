/** Leading groups (领导小组 / 工作小组): members by role, and where the group's office sits. */
import type { LeadingGroup } from '../../model/schemas/document.ts';

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
