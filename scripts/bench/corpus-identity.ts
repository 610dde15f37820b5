/**
 * Who issued document i, where, when, under which 发文字号 and title.
 *
 * Every generated document must have a distinct 发文字号 and title, and picking them at random
 * would collide, so they are derived from the index instead: a bijective scramble maps i onto
 * the mixed-radix key (year, first place character, second place character, level); the title
 * carries the whole key (place + year); the 发文字号 carries the year and a serial number that
 * is unique within the year.
 */
import { fill, type Place } from './corpus-sentences.ts';
import { chance, pick, randomInt, type Random } from './random.ts';
import * as v from './vocabulary.ts';

export const firstYear = 2016;
export const yearCount = 9;

const A = v.placeFirst.length;
const B = v.placeSecond.length;
const L = v.placeLevels.length;
/** Distinct keys before titles need a batch suffix: 20 × 9 × 20 × 3 = 10,800. */
export const keySpace = A * yearCount * B * L;
/** A prime that shares no factor with keySpace (2⁴·3³·5²), so i ↦ i·STRIDE mod keySpace is a bijection. */
const STRIDE = 7919;

export type Identity = {
  place: Place;
  /** Issuing organ, e.g. 中共江阳市委组织部. */
  issuer: string;
  /** Whether the first line is a 文件 masthead (中共…委员会文件). */
  masthead: boolean;
  /** e.g. 江组通〔2019〕22号. */
  docNumber: string;
  /**
   * `transmittal`: a 关于印发《…》的通知 cover, then the inner document (the 台山 and 湛江 seeds);
   * `direct`: the notice or opinion is the document (the 建始 and 绵阳 seeds).
   */
  layout: 'transmittal' | 'direct';
  /** The title as the document states it, unique in the corpus. */
  title: string;
  /** The inner document's title (transmittal layout), also unique; null for direct documents. */
  innerTitle: string | null;
  /** `2019年4月24日`. */
  date: string;
};

export function identityForIndex(index: number, seed: number, random: Random): Identity {
  const round = Math.floor(index / keySpace);
  const key = (((index % keySpace) * STRIDE + (seed >>> 0)) % keySpace + keySpace) % keySpace;
  // Year is the lowest digit so that neighbouring documents differ in year as well as place.
  const y = key % yearCount;
  const a = Math.floor(key / yearCount) % A;
  const b = Math.floor(key / (yearCount * A)) % B;
  const l = Math.floor(key / (yearCount * A * B)) % L;

  const place: Place = { name: `${v.placeFirst[a]}${v.placeSecond[b]}${v.placeLevels[l]}`, level: v.placeLevels[l], year: firstYear + y };
  const organ = pick(random, v.issuers);
  // The serial alone is unique within a year, so ids built from a lossy transliteration of the
  // abbreviation (河 and 华 are both h) stay distinct: STRIDE ≡ 8 (mod 9) and 9 divides keySpace,
  // so the year is (8·index + seed) mod 9, a function of index mod 9, and documents of one year
  // differ in floor(index / 9). It also keeps serials small, as real ones are (≤ 112 for N = 1,000).
  const serial = 1 + Math.floor(index / yearCount);
  const month = randomInt(random, 1, 12);
  const batch = round > 0 ? `（第${round + 1}批）` : '';
  const topic = pick(random, v.topics);
  const scope = pick(random, ['教育系统', '直属机关', '全域', '机关和学校']);
  const innerTitle = `${place.name}${scope}${place.year}年${topic}${batch}`;
  const layout = chance(random, 0.55) ? 'transmittal' : 'direct';
  const directTitle = chance(random, 0.6)
    ? `关于做好${place.year}年${place.name}${scope}党建工作的通知${batch}`
    : `关于推进${place.name}${scope}${place.year}年基层党建“书记项目”的意见${batch}`;
  return {
    place,
    issuer: fill(organ.name, place),
    masthead: organ.masthead && chance(random, 0.7),
    docNumber: `${v.placeFirst[a]}${organ.code}〔${place.year}〕${serial}号`,
    layout,
    title: layout === 'transmittal' ? `关于印发《${innerTitle}》的通知` : directTitle,
    innerTitle: layout === 'transmittal' ? innerTitle : null,
    date: `${place.year}年${month}月${randomInt(random, 1, 28)}日`,
  };
}
