/**
 * Which outline nodes are measures: each lowest-level item that prescribes action, and every
 * task-table row. Scope, background, guiding-thought and goal sections, time-only items and
 * member lists are not.
 */
import type { OutlineNode, OutlineItem } from '../structure/outline.ts';
import { stripBold } from '../text/text-utils.ts';
import { ORG_SUFFIX, PERSON_SUFFIX } from '../text/patterns.ts';
import { GOAL_HEADING } from './goals.ts';
import { textToUnits, unitsInOrder } from './units.ts';

const NOT_MEASURE_SECTION = /指导思想|总体要求|基本原则|工作原则|原则(?:[（(][^）)]*[）)])?$|重要意义|总体思路|工作思路|背景|现状|形势|编制依据|目标任务|主要目标|总体目标|工作目标|发展目标|(?:范围|对象)$|^(?:投资规模|投资估算|资金测算)$|(?:考核|考评|评分)标准/;
// 要 commands (“各支部要…”), but not inside 主要, 重要, 需要, 要求, 要点.
const ACTION = /(?<![主重需纲摘概必简])要(?![求点素件闻])|加强|推进|开展|建立|健全|完善|落实|制定|组织|实施|推动|强化|提升|提高|做好|抓好|坚持|深化|严格|规范|确保|召开|举办|选派|完成|出台|培训|整顿|建设|实行|加大|成立|设立|负责|牵头|配合|实现|探索|创新|督导|考核|检查|整改|宣传|发挥|引导|培育|选树|推广|压实|纳入|树立|巩固|聚焦|减少|压缩|激发|做到|杜绝|防止|避免|清理|报送|上报|印发|修订|排查|治理|保障|加快|统筹|深入|改进|优化|打造|发展|营造|惩治|贯彻|学习|争取|委托|编制|扩大|引入|引进|申报|启动|部署|动员|梳理|督促|协调|指导|监督/g;
// A verb inside an organ's name is no action: 区经济发展局, 交通与建设局, 区两岸发展公司, 监督检查组.
const IN_ORGAN_NAME = /^(?:局|厅|委|办|处|科|所|站|院|组|中心|公司|集团|部门|工作部)/;
// An item that names who is responsible for it (“责任处室：交通与建设处”) is a task, even when it only
// describes a project.
const ASSIGNED = /(?:牵头|责任|配合|主责|负责)(?:单位|部门|处室|科室|领导)\s*[:：]/;
// A heading that says what a result serves (“为申请奖补的依据”, “占绩效考核一定权重”) states a use,
// not a task: the verbs in the text under it (考核) are nouns there.
const USE_STATEMENT = /^(?:为|作为|占)[^。；，,]{2,40}(?:依据|权重|参考)$/;
// An item whose heading carries its own time limit (“——试运行（11月底前）”) is a task.
const HEADING_DEADLINE = /[（(][^（）()]*前[^（）()]*[）)]/;

/** Whether `text` prescribes action: an action verb that is not part of an organ's name. */
function prescribesAction(text: string): boolean {
  for (const m of text.matchAll(ACTION)) if (!IN_ORGAN_NAME.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

export const MEMBER_LIST = /(?:^|\n)\s*(?:组\s*长|副\s*组\s*长|成\s*员)\s*[:：]/;

/** Whether a node sits in a section that states thought, principles, goals or scope, not tasks. */
export const inStatementSection = (node: OutlineNode, ancestors: OutlineNode[]): boolean =>
  [...ancestors, node].some((n) => NOT_MEASURE_SECTION.test(n.heading) || GOAL_HEADING.test(n.heading));

/** A node's own text; with `nested`, the text of the items under it too, each with its number. */
export function nodeText(node: OutlineNode, nested = false): string {
  const own = node.paragraphs.map((p) => p.text);
  const below = nested ? node.children.map((c) => `${c.marker.text}${nodeText(c, true)}`) : [];
  return stripBold([...own, ...below].join('\n'));
}

// An article (第X条) of a 办法, 规定 or 条例 is one measure when it obliges someone; the numbered
// points inside it are its content (steps, contents, the conditions of a sanction), not measures of
// their own. Purpose, definition, scope, principle, interpretation and entry-into-force articles
// oblige no one.
const OBLIGES = /应当|(?<![相适响供反效对])应(?![用对急变])|须|(?<![主重需纲摘概必简])要(?![求点素件闻])|负责|不得|严禁|禁止|由[^，。；]{1,20}(?:负责|牵头|组织|予以|统一)/;
// A 条例 also acts without 应当: it sets up a body or a system (设立河长办公室, 建立…四级体系,
// 确定牵头单位), assigns work (做好…, 落实…), empowers (总河长可以签发…), and states who sanctions or
// rewards (“由上级…依照有关规定进行约谈”, “由…按照有关规定给予表彰”).
const ESTABLISHES = /建立|设立|实行|确定(?!的)|做好|落实|可以|由[^。；]{1,60}?(?:给予|予以|进行|处理|责令)/;
const BOILERPLATE_ARTICLE = /^为[^。]{2,80}(?:制定|特制定)本|本(?:办法|规定|细则|制度|条例|意见|规则)(?:所称|适用于|由[^。]{1,30}负责解释|自[^。]{1,20}起(?:施行|执行|实施))|(?:适用|参照)本(?:办法|规定|细则|条例)|遵循[^。]{0,40}原则|^[^。，,]{0,20}坚持[^。]{0,60}原则/;
/** An encouragement (“鼓励和支持…”, “提倡…”) obliges no one; a sentence that starts so is left out. */
const ENCOURAGEMENT = /^(?:国家|本市|本省|各级人民政府)?(?:鼓励|支持|提倡|倡导)/;
// An article that lists duties (“市级河长履行下列主要职责：（一）…”) has one measure per duty:
// its points, not the article. The catch-all last point (“国家和本市规定的其他职责”) adds none.
const DUTY_LIST = /(?:履行|承担|负责)(?:下列|以下|如下)[^。；：:]{0,8}(?:职责|职能|任务|工作|事项)|主要职责(?:是|为|包括)?[：:]/;
const CATCH_ALL = /其他(?:职责|职能|事项|工作|任务)[。；;]?$/;
/** Who holds the listed duties: the subject before 履行/承担/负责, when it is a body, not a post (河长). */
const DUTY_HOLDER = /^([^，。；：:,;]{2,30}?)(?:应当|应)?(?:履行|承担|负责)(?:下列|以下|如下)/;

export const isArticle = (node: OutlineNode) => node.marker.style === 'article';
const listsDuties = (node: OutlineNode) => isArticle(node) && node.children.length > 0 && DUTY_LIST.test(nodeText(node));

/**
 * The units of a point in a duty list: the body the article gives the duties to (“各级河长办公室履行
 * 以下主要职责”), or none when the holder is a post; bodies the point names are what it acts on
 * (“协助执法部门开展执法工作”). Null when the node is not such a point.
 */
export function dutyListUnits(ancestors: OutlineNode[]): string[] | null {
  const parent = ancestors[ancestors.length - 1];
  if (!parent || !listsDuties(parent)) return null;
  const holder = DUTY_HOLDER.exec(nodeText(parent).trim())?.[1];
  return holder && ORG_SUFFIX.test(holder) && !PERSON_SUFFIX.test(holder) ? [holder] : [];
}

/** Whether an article's own sentences oblige or empower someone; points listed under it do not count. */
function articleActs(node: OutlineNode): boolean {
  const own = nodeText(node);
  if (BOILERPLATE_ARTICLE.test(own)) return false;
  const binding = own.split(/(?<=[。；;])|\n/).filter((s) => !ENCOURAGEMENT.test(s.trim())).join('');
  return OBLIGES.test(binding) || ESTABLISHES.test(binding) || unitsInOrder(textToUnits(binding)).length > 0;
}

function isMeasureNode(node: OutlineNode, ancestors: OutlineNode[]): boolean {
  if (node.kind === 'row') return true;
  if (node.kind !== 'item' || node.marker.style === 'attachment') return false;
  const parent = ancestors[ancestors.length - 1];
  if (parent && listsDuties(parent)) return !node.children.length && !CATCH_ALL.test(nodeText(node).trim());
  if (ancestors.some(isArticle)) return false;
  if (node.children.length && !isArticle(node)) return false;
  if (inStatementSection(node, ancestors)) return false;
  const text = nodeText(node, isArticle(node));
  if (MEMBER_LIST.test(text)) return false;
  if (isArticle(node)) return !listsDuties(node) && articleActs(node);
  if (USE_STATEMENT.test(node.heading)) return false;
  return prescribesAction(text) || ASSIGNED.test(text) || HEADING_DEADLINE.test(node.heading);
}

export interface NodeVisit {
  node: OutlineNode;
  ancestors: OutlineNode[];
  isMeasure: boolean;
}

/** Every outline node in document order, with its ancestors and whether it is a measure. */
export function visitOutline(items: OutlineItem[]): NodeVisit[] {
  const out: NodeVisit[] = [];
  const walk = (node: OutlineNode, ancestors: OutlineNode[]) => {
    out.push({ node, ancestors, isMeasure: isMeasureNode(node, ancestors) });
    for (const child of node.children) walk(child, [...ancestors, node]);
  };
  for (const item of items) if (item.type === 'node') walk(item.node, []);
  return out;
}
