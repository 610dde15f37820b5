/**
 * Which body a written unit name is. A name relative to its issuer (市委组织部, 宣传部, 各支部,
 * 区经发局) is not the same body in a 湛江 document and a 绵阳 one: it is qualified by the issuing
 * jurisdiction. A name that carries its place (湛江市委组织部, 越秀区, 人民银行平潭支行 in a 平潭
 * document) or is national (国家…, 中央…) needs nothing. The split decides this once, per measure
 * (`unitIds`); the site and the search follow the ids.
 */
import { nameKey } from './name-key.ts';
import { unitId } from './ids.ts';

// Longest first: 自治县 before 县, 综合实验区 before 区.
const LEVELS = ['特别行政区', '综合实验区', '自治区', '自治州', '自治县', '新区', '街道', '省', '市', '州', '盟', '县', '旗', '区', '镇', '乡'];
/**
 * A place name opening a name: at least two characters, then a level (湛江市, 平潭综合实验区, 越秀区).
 * Words that point at a body without naming it (各, 本, 所在, 相关 …) never start a place.
 */
const PLACE = new RegExp(`^(?!各|本|全|所在|相关|有关|上级|下级|同级|辖|该)[\\u4e00-\\u9fa5]{2,8}?(?:${LEVELS.join('|')})`);
const NATIONAL = /^(?:国家|中国|中华|中央|全国|国务院)/;
const PARTY_PREFIX = /^(?:中共|中国共产党)/;

/** The place the first issuer governs (中共湛江市委组织部 → 湛江市); the issuer itself when it names no place. */
export function jurisdictionOf(issuers: readonly string[]): string | null {
  const first = issuers[0]?.replace(PARTY_PREFIX, '').trim();
  if (!first) return null;
  return PLACE.exec(first)?.[0] ?? first;
}

/** Whether a name names its place itself, or the issuer's own place (the jurisdiction's first two characters). */
export function carriesPlace(name: string, jurisdiction: string | null): boolean {
  const bare = name.replace(PARTY_PREFIX, '');
  if (NATIONAL.test(bare) || PLACE.test(bare)) return true;
  const core = jurisdiction?.replace(PARTY_PREFIX, '').slice(0, 2);
  return !!core && core.length === 2 && bare.includes(core);
}

export interface UnitIdentity {
  /** The same for every spelling of the same body (src/model/name-key.ts), and the jurisdiction when qualified. */
  key: string;
  id: string;
  /** The jurisdiction that qualifies the name, or null when the name needs none. */
  jurisdiction: string | null;
}

/**
 * A unit's key and qualifying jurisdiction without its id: what the library's steps need of a name
 * whose id the document already carries (its measures' and record's `unitIds`), the pinyin being
 * the costly part of an identity.
 */
export function unitKey(name: string, jurisdiction: string | null): Omit<UnitIdentity, 'id'> {
  const scope = jurisdiction && !carriesPlace(name, jurisdiction) ? jurisdiction : null;
  return scope ? { key: `${nameKey(name)}@${nameKey(scope)}`, jurisdiction: scope } : { key: nameKey(name), jurisdiction: null };
}

function identityOf(name: string, jurisdiction: string | null): UnitIdentity {
  const { key, jurisdiction: scope } = unitKey(name, jurisdiction);
  return Object.freeze({ key, id: unitId(scope ? `${scope}${name}` : name), jurisdiction: scope });
}

/**
 * Remembered: a library names the same few hundred bodies in every measure, and each id costs a
 * pinyin conversion (4 % of the split's CPU before). Bounded for long-lived processes; the results
 * are frozen since every caller shares them.
 */
const known = new Map<string, UnitIdentity>();
const KEPT = 50_000;

export function unitIdentity(name: string, jurisdiction: string | null): UnitIdentity {
  const key = `${jurisdiction ?? ''}\u0000${name}`;
  let identity = known.get(key);
  if (!identity) {
    if (known.size >= KEPT) known.clear();
    identity = identityOf(name, jurisdiction);
    known.set(key, identity);
  }
  return identity;
}

export const unitIdsOf = (names: readonly string[], jurisdiction: string | null) => names.map((n) => unitIdentity(n, jurisdiction).id);
