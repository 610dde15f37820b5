/** 一 … 九十九 → number; also works for 十一, 二十, 二十三. Returns NaN for anything else. */
export function chineseNumeral(text: string): number {
  const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '') return NaN;
  let total = 0;
  let current = 0;
  for (const c of text) {
    if (c in digits) current = digits[c];
    else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return NaN;
  }
  return total + current;
}
