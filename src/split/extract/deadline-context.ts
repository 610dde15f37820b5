/** What a deadline phrase needs from its document: the year a bare “9月底前” falls in. */
import type { DeadlineContext } from './deadlines.ts';

/** The document's date, else its 文号, else its title, names the year. */
export function deadlineContextOf(date: string | null, docNumber: string | null, title: string): DeadlineContext {
  const y = (date ?? docNumber ?? title).match(/(?:19|20)\d{2}/)?.[0];
  return { year: y ? Number(y) : null };
}
