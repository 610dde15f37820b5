/**
 * Word lists the unit rules read: labels and their roles, the verbs that open a clause (so what
 * follows is no name), the words that assign or oblige, and the generic organ words. Each list is
 * data with the reason it exists; `wordsPattern` compiles a list once, longest word first.
 */

export type UnitRole = 'lead' | 'assigned' | 'support';

/** Escapes a word for a RegExp and joins a list into one alternation, longest first. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Label words before “：” and the role of the names that follow (“牵头单位：A，配合单位：B”). */
export const LABEL_ROLES: Record<UnitRole, readonly string[]> = {
  // 牵头: the one that leads; documents say it of 单位, 部门, 处室 or 科室.
  lead: ['牵头单位', '牵头部门', '牵头处室', '牵头科室', '主责单位', '主责部门', '牵头责任单位'],
  // 责任: the bodies that carry the task; 责任对象 is how party-building plans say it.
  assigned: ['责任单位', '责任部门', '责任处室', '责任科室', '负责单位', '负责部门', '负责处室', '实施主体', '责任主体', '责任对象', '实施单位', '承办单位'],
  // 配合: the bodies that help.
  support: ['配合单位', '配合部门', '配合处室', '配合科室', '协同单位', '协同部门', '参与单位', '参与部门', '协办单位', '协助单位'],
};

/**
 * Words that open a clause with its predicate: a candidate name that starts with one of them is
 * a verb phrase (“引进台湾团队”, “负责区内公共场所”, “实行政府统筹”), never a body.
 */
export const CLAUSE_START_WORDS: readonly string[] = [
  // actions the genre prescribes
  '实现', '开发', '做到', '压实', '选优', '配强', '推行', '完成', '优化', '提出', '研究', '增强', '培养', '注重', '保持', '构建',
  '打造', '形成', '改进', '促进', '引导', '鼓励', '支持', '明确', '细化', '严肃', '持续', '扩大', '拓展', '突出', '加大', '筑牢',
  '树牢', '夯实', '激发', '营造', '弘扬', '确立', '联合', '督促', '指导', '开展', '探索', '狠抓', '抓', '聚焦', '紧盯', '强化',
  '提升', '落实', '加强', '推进', '建立', '制定', '完善', '健全', '组织', '实施', '推动', '提高', '做好', '抓好', '坚持', '深化',
  '严格', '规范', '确保', '结合', '利用', '发挥', '选', '引进', '聘请', '依托', '实行', '新建', '改建', '扩建', '建设', '设立',
  '成立', '组建', '搭建', '负责', '牵头', '配合', '协助', '协同', '会同', '参与', '对接', '宣传', '扛起', '加快', '整合', '申请',
  '鼓励', '吸引', '吸纳', '推广', '召开', '举办', '举行', '组织开展', '邀请', '委托',
  // prepositions and frames that put the subject elsewhere
  '以', '按照', '根据', '围绕', '通过', '对', '把', '将', '在', '从', '为', '要', '对于', '关于', '凡', '经',
  // quantifiers and adverbs that open a predicate, not a name
  '有的', '有些', '各类', '一批', '全面', '进一步', '认真', '积极', '充分', '切实', '深入', '大力', '着力', '扎实', '努力', '不断',
  '及时', '坚决', '广泛', '主动', '全力', '统一', '逐步', '分别', '共同',
  // prohibitions and copulas: “严禁中小学校…”, “是教育系统…”
  '严禁', '禁止', '不得', '是', '借力', '借助', '密切',
  // times and receivers before the subject: “于4月15日前报市国资委”, “即时向区招商局报告”
  '于', '每日', '每周', '每月', '每年', '即时', '向', '报', '报送',
  // pronouns: “其所属集团公司” points back to a body named before
  '其',
  // decisions and plans told of the issuer: “决定于…在全校组织…”, “还将在8个区直单位…”
  '决定', '还将', '并将', '已经',
];

/** Fillers before a clause's subject: “一是”, “同时”, “由”. */
export const LEADING_FILLERS: readonly string[] = [
  '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '首先', '其次', '同时', '并且', '并', '特别是', '尤其是',
  '重点是', '另外', '此外', '再次', '最后', '由', '请', '选树', '确定', '指定', '其中',
];

/** After a subject, words that assign the task to it (“X负责…”, “X组织实施”). */
export const ASSIGNING_WORDS: readonly string[] = [
  '牵头负责', '牵头', '负责', '带头', '具体负责', '组织实施', '负责实施', '负责组织', '作为业主单位', '作为建设单位', '作为', '业务检查指导',
  '业务检查', '业务指导', '检查指导', '统筹', '负总责',
  // “X会同Y建立…”: X acts, and Y acts with it (JOINT_WORDS)
  '会同',
  // several bodies sharing the lead or the task (“…等部门共同牵头”)
  '共同牵头', '共同负责',
  // bodies sharing a task by their remits (“由X、Y按职责分工负责”, the usual closing of an assignment)
  '按职责分工负责', '按照职责分工负责', '按职责负责', '分别负责', '各负其责',
];

/** After a subject, words that join a second body to its task (“县委组织部会同县财政局建立台账”): both are assigned. */
export const JOINT_WORDS: readonly string[] = ['会同'];

/** After a subject, words that make it a helper (“X配合”, “X协助”). */
export const SUPPORTING_WORDS: readonly string[] = ['全力配合', '积极配合', '密切配合', '配合', '协助', '参与', '协同', '共同参与'];

/** After a subject, words that oblige it without assigning the task (“各支部要…”). */
export const OBLIGING_WORDS: readonly string[] = [
  '要', '必须', '应当', '应', '须', '需要', '需', '都要', '均要', '务必', '召集', '充分', '认真', '切实', '严格', '积极', '主动',
  '每年', '每季度', '每月', '每半年', '定期', '在', '将', '深入', '进一步', '全面', '坚持', '加强', '做好', '抓好', '落实', '开展',
  '建立', '制定', '履职', '发挥', '对', '按照', '依照', '依法', '结合', '围绕', '督促', '指导', '组织', '安排', '提交', '报送', '联动',
];

/**
 * “X要配合Y开展…”, “X要协同Y处理…”: Y leads the work X helps with.
 * (“配合落实”, “配合做好”: no body follows, nothing is read.)
 */
export const PARTNER_WORDS: readonly string[] = ['积极配合', '全力配合', '配合', '协同', '协助'];

/**
 * A body that only funds is not a unit (“区财政部门要加大资金投入”, “由市财政给予资助”): the
 * predicate words that say so.
 */
export const FUNDING_PREDICATE = /^(?:要|应|应当|负责)?(?:加大|增加|安排|保障|落实|给予|提供|拨付)?[^，。；]{0,4}(?:资金|经费|补贴|补助|贴息|资助)/;

/**
 * Generic organ words: on their own (“处室”, “中心”) they name no body, so in “各村居联合党委、处室、
 * 中心” they share the front of the first piece and the list is one collective.
 */
export const GENERIC_ORGANS: readonly string[] = ['系统', '处室', '科室', '中心', '单位', '部门', '机关', '处', '科', '室', '部', '局', '办', '委', '组', '所', '站', '队'];

/** Characters that end an administrative level: “县级市”, “区县（自治县）”, “乡镇（街道）”. */
export const LEVEL_END = /(?:[省市县区州盟旗乡镇]|街道|[（(](?:自治县|县级市|街道|市、区|区、县)[）)])$/;

/**
 * Endings that make a name a thing, not a body: an information system (“区级电子监察系统”,
 * “各单位业务系统”) ends like an organ (“教育系统”) but is what a task builds.
 */
export const THING_END = /(?:信息|业务|管理|监察|监管|监控|监测|办公|网络|数据|应用|软件|预警|调度|服务|电子|审批|操作)系统$/;

/** The issuer speaking of itself (“我局制定了…”, “我校”): the issuer, not a unit of the text. */
export const SELF_REFERENCE = /^我(?:局|校|委|办|厅|部|院|处|科|司|单位|公司|县|市|区|镇|乡)$/;
