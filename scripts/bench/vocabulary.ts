/**
 * Phrase pools for the synthetic corpus: general Party-building vocabulary of the kind the
 * seed documents use (work plans, 通知, 实施方案, 任务清单), never whole sentences lifted from them.
 *
 * Placeholders filled in by the generator: `{L}` is the administrative level of the issuing
 * place (市 / 县 / 区), `{P}` the place's full name, `{Y}` the document year.
 * Pools are data only; composition lives in the corpus-* modules. `村<社区>` is kept on purpose:
 * the seeds have it, and an unescaped `<` breaks MDX.
 */

/** First and second characters of invented place names; the two lists share no character. */
export const placeFirst = [...'江山河平安清东西南临宁新华永兴长泰德云金'] as const;
export const placeSecond = [...'阳州源川海城溪丰林水口桥岭湖峰石田庄坪塘'] as const;
export const placeLevels = ['市', '县', '区'] as const;

/** Issuing organs: full name (with {P}), file-number abbreviation code, whether a 文件 masthead is used. */
export const issuers = [
  { name: '中共{P}委组织部', code: '组通', masthead: false },
  { name: '中共{P}委组织部', code: '组字', masthead: false },
  { name: '中共{P}教育局委员会', code: '教党', masthead: true },
  { name: '中共{P}教育局党组', code: '教党组', masthead: false },
  { name: '{P}教育局', code: '教', masthead: true },
  { name: '中共{P}委党建工作领导小组', code: '党建组', masthead: false },
  { name: '中共{P}直属机关工作委员会', code: '直工发', masthead: true },
  { name: '中共{P}教育和体育局委员会', code: '教体党发', masthead: true },
] as const;

export const recipients = [
  '各县（市、区）党委组织部，市直机关工委、市委教育工委、市国资委党委',
  '局机关党组织及各学校党组织',
  '全{L}教育系统各基层党组织',
  '各直属学校（单位）党委（总支、支部），机关各支部',
  '各乡镇（街道）党（工）委，{L}直各党（工）委、党组',
  '各中小学校、幼儿园党组织，局机关各科室',
  '各基层党委（党总支、党支部）',
  '各乡镇（街道）党（工）委，各村<社区>党组织',
] as const;

export const meetings = [
  '党的十九大和十九届二中、三中、四中全会',
  '党的二十大和二十届二中全会',
  '全国组织工作会议',
  '省委全面加强基层党组织建设工作会议',
  '全国高校思想政治工作会议',
  '中央和国家机关党的建设工作会议',
] as const;

export const citedDocuments = [
  '《中国共产党支部工作条例（试行）》',
  '《中国共产党党员教育管理工作条例》',
  '《中国共产党发展党员工作细则》',
  '《中国共产党农村基层组织工作条例》',
  '《中国共产党党和国家机关基层组织工作条例》',
  '《关于党的基层组织任期的意见》',
  '《中国共产党党内关怀帮扶办法》',
  '《关于新形势下党内政治生活的若干准则》',
  '《中国共产党纪律处分条例》',
  '《关于解决形式主义突出问题为基层减负的通知》',
] as const;

/** Verbs that open a measure: 严格落实 + an object makes a lead sentence. */
export const actions = [
  '严格落实', '深入推进', '全面加强', '持续深化', '扎实开展', '健全完善', '认真贯彻', '规范做好',
  '着力提升', '切实加强', '大力推进', '不断完善', '统筹推进', '稳步推进', '全面推行', '扎实推进',
  '积极探索', '进一步规范', '认真组织', '持续抓好',
] as const;

/** Objects of a measure; quoted terms (“…”) are kept because real documents are full of them. */
export const objects = [
  '“三会一课”制度', '支部主题党日活动', '发展党员工作', '党员教育培训', '基层党组织书记轮训',
  '党支部标准化规范化建设', '意识形态工作责任制', '软弱涣散基层党组织整顿', '党费收缴管理使用',
  '党员组织关系转接', '民主评议党员工作', '谈心谈话制度', '书记抓基层党建述职评议考核', '智慧党建平台建设',
  '党群服务中心建设', '基层党组织按期换届', '党内关怀帮扶', '党员评星定级', '党务公开', '党建品牌创建',
  '党风廉政建设', '后备干部队伍建设', '党建指导员队伍建设', '民主集中制', '领导干部双重组织生活',
  '党员示范岗创建', '“两学一做”学习教育常态化制度化', '学习型党组织建设', '校园意识形态阵地管理',
  '党建与业务深度融合', '理论学习中心组学习', '党员积分管理', '流动党员管理', '党组织活动阵地建设',
  '基层党建信息化建设', '统战工作', '群团组织建设', '党外干部培养使用', '“四个日子”党日活动',
  '“双带头人”培育工程', '“头雁”工程', '党员先锋工程', '“五纳入三报告”制度', '党建工作联系点制度',
] as const;

export const purposes = [
  '推动基层党建全面进步全面过硬', '增强基层党组织政治功能和组织力', '确保各项任务落地见效',
  '把基层党组织建设成为坚强战斗堡垒', '充分发挥党员先锋模范作用', '为教育事业高质量发展提供坚强组织保证',
  '推动党建工作与中心工作同部署同落实', '切实解决党建、业务“两张皮”问题', '不断提高党建工作质量',
  '形成一级抓一级、层层抓落实的工作格局',
] as const;

export const subjects = [
  '各基层党组织', '各级党组织书记', '机关各支部', '各学校党组织', '{L}委组织部', '党员领导干部',
  '各党（总）支部', '班子成员', '局党委', '各单位党组织',
] as const;

/** What a body does on a recurring schedule; follows 每月 / 每季度 / 每年至少2次 … */
export const recurringActivities = [
  '召开党员大会', '专题研究党建工作', '开展意识形态风险分析研判', '向上级党组织书面报告工作', '进行督查通报',
  '组织集中学习', '对基层党组织设置情况进行清理', '讲党课', '开展谈心谈话',
] as const;

/** What must be finished by a date or within a period. */
export const completions = [
  '全面完成“两委”干部的清理及补齐配强工作', '完成党员信息库更新和党内统计年报', '报送年度工作总结',
  '完成党组织阵地建设年度计划', '完成各领域党支部达标创优考评', '完成基层党组织书记全员轮训',
  '完成软弱涣散基层党组织排查整顿', '形成制度成果并报局党委备案',
] as const;

/** Headings of task chapters (一、…): a goal, a comma, a result. */
export const chapterHeadings = [
  '突出党的政治建设，落实落细各项政治任务', '加强思想理论武装，筑牢信仰之基',
  '推动支部达标创优，全域推进标准化规范化建设', '深化“头雁”工程，选优配强基层党组织带头人',
  '抓实党员先锋工程，促进党员作用发挥', '夯实基础保障，推进各类资源向基层倾斜',
  '提升统筹协调水平，推动基层党建减负提质增效', '强化正风肃纪，营造风清气正的政治生态',
  '创新活动载体，增强基层党组织生机活力', '推进党建信息化，打造智慧党建平台',
  '加强党建带群建，凝聚群团力量共发展', '压实主体责任，健全党建工作责任体系',
] as const;

/** Short headings of sub-chapters （一）…, in the 001 style: four characters of domain + purpose. */
export const sectionHeadings = [
  '夯实政治建设固根本', '筑牢思想建设强定力', '规范组织建设促提升', '狠抓作风建设保本色',
  '强化纪律建设提党性', '凝聚群团力量共发展', '深化制度建设增活力', '推进品牌建设创特色',
  '加强阵地建设打基础', '严格党员管理强队伍', '实施规范化强基工程', '实施示范性带动工程',
] as const;

/** Closing chapter titles and their short paragraphs' lead sentences. */
export const closingTitles = ['组织保障', '保障措施', '有关要求', '工作要求'] as const;
export const closingLeads = [
  '加强组织领导', '压实工作责任', '强化督查考核', '加强宣传引导', '严格工作纪律', '注重工作实效',
  '实行项目化管理', '坚持书记抓、抓书记',
] as const;

/** Topics of the inner document, used in titles: {P}教育系统{Y}年 + topic. */
export const topics = [
  '党建工作要点', '党支部标准化规范化建设实施方案', '加强党的基层组织建设重点工作任务清单', '“强基创先”工程实施方案',
  '基层党建“书记项目”实施意见', '党员教育培训工作计划', '落实全面从严治党主体责任清单', '基层党建三年行动计划实施方案',
] as const;

/** Responsible units; `{L}` makes them match the issuing place's level. */
export const units = [
  '{L}委组织部', '{L}委宣传部', '{L}委党校', '{L}直机关工委', '{L}委教育工委', '{L}教育局', '局机关党委',
  '局办公室', '组织人事科', '宣传科', '纪检监察室', '基础教育科', '各直属学校党组织', '局机关各支部',
  '{L}属党（工）委', '{L}总工会', '团{L}委', '各县（市、区）党委组织部', '各乡镇（街道）党（工）委',
] as const;

export const surnames = [...'李王张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁'] as const;
export const givenNames = [
  '建国', '振文', '伟平', '惠庭', '卓光', '红艳', '一柱', '慕瑜', '育恒', '旭东', '怡帆', '志强', '海燕',
  '晓明', '丽华', '国栋',
] as const;
export const posts = ['党组书记、局长', '党委副书记', '党委委员、副局长', '纪检组长', '办公室主任'] as const;

/** “十一个更加”-style goal clauses for the 主要目标 paragraph. */
export const goalPhrases = [
  '党在基层的组织覆盖和工作覆盖更加有效', '党组织的领导核心作用更加坚强', '政治引领更加突出', '体制机制更加科学',
  '基层党建与基层治理结合更加紧密', '党支部建设更加规范', '党组织书记队伍建设更加系统', '党员教育管理更加精准',
  '党员先锋模范作用发挥更加充分', '基层保障更加有力', '党在基层的执政根基更加牢固',
] as const;
