/** The text a reader pastes into a chat to share one measure: title, units, deadline, source and link. */

export interface ShareInput {
  title: string;
  units: string[];
  /** Normalised deadline labels; empty means none stated. */
  deadlines: string[];
  documentTitle: string;
  docNumber: string | null;
  /** Absolute when known; the page script swaps in location.href otherwise. */
  url: string;
}

export function shareTextOf(x: ShareInput): string {
  return [
    `【${x.title}】`,
    `责任单位：${x.units.length ? x.units.join('、') : '未明确'}`,
    `完成时限：${x.deadlines.length ? x.deadlines.join('；') : '未明确时限'}`,
    // A title inside 《》 takes 〈〉 for the titles it quotes, as in print.
    `出处：《${x.documentTitle.replace(/《/g, '〈').replace(/》/g, '〉')}》${x.docNumber ? `（${x.docNumber}）` : ''}`,
    x.url,
  ].join('\n');
}
