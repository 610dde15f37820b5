/**
 * Sentences of a measure: lead sentences, body sentences with deadline phrases, unit markers.
 * All functions draw from a `Random` and a `Place` and return text; nothing here knows about
 * outline numbering or document layout.
 */
import { chance, pick, pickSome, randomInt, type Random } from './random.ts';
import * as v from './vocabulary.ts';

/** What the phrases of one document depend on: where it was issued and when. */
export type Place = {
  /** Full place name, e.g. 江阳市. */
  name: string;
  /** 市 / 县 / 区. */
  level: string;
  year: number;
};

/** Fills {P}, {L}, {Y} placeholders. */
export function fill(template: string, place: Place): string {
  return template
    .replaceAll('{P}', place.name)
    .replaceAll('{L}', place.level)
    .replaceAll('{Y}', String(place.year));
}

/** `严格落实“三会一课”制度。` — the bold or plain lead of a measure. */
export function leadSentence(random: Random): string {
  return `${pick(random, v.actions)}${pick(random, v.objects)}。`;
}

/**
 * A deadline phrase in one of the four kinds the splitter knows (date, period, recurring,
 * relative), already built into a clause so that it reads naturally.
 */
export function deadlineClause(random: Random, place: Place): string {
  const y = place.year;
  const subject = fill(pick(random, v.subjects), place);
  switch (randomInt(random, 0, 3)) {
    case 0: {
      const phrase = pick(random, [`${randomInt(random, 3, 11)}月底前`, '年底前', `${y}年12月31日前`, `${randomInt(random, 4, 10)}月30日前`, '上半年']);
      return `${phrase}${pick(random, v.completions)}`;
    }
    case 1: {
      const month = randomInt(random, 3, 10);
      const phrase = pick(random, [`${y}年—${y + 1}年`, `${y - 1}年-${y + 1}年`, `${month}月至${month + 1}月`, `${month}月下旬`, `${month}月中旬`]);
      return `${phrase}分阶段${pick(random, v.actions)}${pick(random, v.objects)}`;
    }
    case 2: {
      const phrase = pick(random, ['每月', '每季度', '每半年', '每年至少2次', '每年至少1次', '每年年底', '隔周一次', '每周']);
      return `${subject}${phrase}${pick(random, v.recurringActivities)}`;
    }
    default:
      return pick(random, [
        `上级党组织在任期届满前${randomInt(random, 3, 6)}个月书面提醒做好换届准备`,
        `高考中考后${pick(random, v.completions)}`,
        `用${pick(random, ['两', '三'])}年时间${pick(random, v.actions)}${pick(random, v.objects)}`,
        `年终对${pick(random, v.objects)}情况进行考核`,
        `每届任期内${pick(random, v.recurringActivities)}`,
      ]);
  }
}

/** One ordinary sentence of a measure body, without deadline. */
function plainSentence(random: Random, place: Place): string {
  const subject = fill(pick(random, v.subjects), place);
  switch (randomInt(random, 0, 3)) {
    case 0:
      return `${subject}要${pick(random, v.actions)}${pick(random, v.objects)}，${pick(random, v.purposes)}。`;
    case 1:
      return `认真贯彻落实${pick(random, v.citedDocuments)}，${pick(random, v.actions)}${pick(random, v.objects)}。`;
    case 2:
      return `坚持问题导向和目标导向，把${pick(random, v.objects)}与${pick(random, v.objects)}结合起来，${pick(random, v.purposes)}。`;
    default:
      return `${pick(random, v.actions)}${pick(random, v.objects)}，${pick(random, v.actions)}${pick(random, v.objects)}，${pick(random, v.purposes)}。`;
  }
}

/** 一是…；二是…；三是…。 — the enumeration real measures love. */
function enumeration(random: Random, place: Place): string {
  const ordinals = ['一是', '二是', '三是', '四是'];
  const count = randomInt(random, 2, 4);
  const parts = ordinals.slice(0, count).map((ordinal) =>
    chance(random, 0.1)
      ? `${ordinal}${deadlineClause(random, place)}`
      : `${ordinal}${pick(random, v.actions)}${pick(random, v.objects)}`,
  );
  return `${parts.join('；')}。`;
}

/**
 * The body of a measure: 2–5 sentences, a fifth of them with a deadline — the seeds have about
 * 0.6 deadline phrases per KB, and deadlines become entries (and maybe pages) of their own.
 */
export function measureBody(random: Random, place: Place): string {
  const sentences: string[] = [];
  const count = randomInt(random, 2, 5);
  for (let i = 0; i < count; i++) sentences.push(plainSentence(random, place));
  if (chance(random, 0.2)) sentences.splice(randomInt(random, 0, sentences.length), 0, `${deadlineClause(random, place)}。`);
  if (chance(random, 0.3)) sentences.push(enumeration(random, place));
  return sentences.join('');
}

/** `count` distinct responsible units of the place's level. */
export function unitNames(random: Random, place: Place, count: number): string[] {
  return pickSome(random, v.units, count).map((unit) => fill(unit, place));
}

/** 【市委组织部，市属党（工）委负责】 — the 任务清单 way of naming who does it. */
export function bracketUnits(random: Random, place: Place): string {
  const names = unitNames(random, place, randomInt(random, 1, 3)).join(pick(random, ['，', '、']));
  return `【${names}${chance(random, 0.85) ? '负责' : ''}】`;
}

/** （牵头单位：…；配合单位：…） and its shorter variants. */
export function parenthesisUnits(random: Random, place: Place): string {
  const [lead, ...support] = unitNames(random, place, randomInt(random, 1, 4));
  const roll = random();
  if (roll < 0.6 && support.length > 0) return `（牵头单位：${lead}；配合单位：${support.join('、')}）`;
  if (roll < 0.8) return `（牵头单位：${lead}）`;
  return `（责任单位：${[lead, ...support].join('、')}）`;
}

/** A person's name for leading-group lists. */
export function personName(random: Random): string {
  return `${pick(random, v.surnames)}${pick(random, v.givenNames)}`;
}
