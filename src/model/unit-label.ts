/**
 * How a unit is named on its page, in lists and in the search filter: 市委组织部（湛江市）. Apart from
 * src/model/unit-identity.ts because the browser's search code needs the label and nothing of the
 * ids (pinyin tables, hundreds of KB).
 */
export const unitLabel = (unit: { name: string; jurisdiction: string | null }) => (unit.jurisdiction ? `${unit.name}（${unit.jurisdiction}）` : unit.name);
