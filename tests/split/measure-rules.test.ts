/** Which outline nodes are measures, on short invented texts: exact paths and titles. */
import { describe, expect, test } from 'vitest';
import { splitDocument } from '../../src/split/split-document.ts';

const measures = (text: string) => splitDocument(text, 'rules.txt').measures.map((m) => `${m.path} ${m.title}`);
const unitsOf = (text: string) => Object.fromEntries(splitDocument(text, 'rules.txt').measures.map((m) => [m.path, m.units]));

const REGULATION = [
  '某某县水库管理条例',
  '第一条 为了加强水库管理，保障水库安全，制定本条例。',
  '第二条 本县行政区域内水库的管理，适用本条例。',
  '第三条 水库管理坚持安全第一、统一管理的原则。',
  '第四条 鼓励和支持水库管理科学研究。',
  '第五条 按照分级管理的原则，建立县、乡镇两级库长体系。',
  '第六条 县、乡镇设立库长办公室，承担水库管理具体工作。',
  '第七条 县级库长履行下列职责：',
  '（一）组织编制水库管理方案；',
  '（二）巡查责任水库，每季度不少于一次；',
  '（三）协助执法机关查处违法行为；',
  '（四）法律、法规规定的其他职责。',
  '第八条 各级库长办公室履行以下主要职责：',
  '（一）拟定年度工作任务；',
  '（二）承办监督考核工作。',
  '第九条 县库长可以签发库长令，部署重点工作。',
  '第十条 库长有下列行为之一的，由上级库长依照有关规定进行约谈：',
  '（一）未按照规定巡查水库的；',
  '（二）对发现的问题不及时处理的。',
  '第十一条 水库管理成绩显著的单位，由县人民政府按照有关规定给予表彰。',
  '第十二条 本条例自2022年1月1日起施行。',
].join('\n');

describe('articles of a 条例', () => {
  test('duty-list points are measures, catch-all points and boilerplate articles are not', () => {
    expect(measures(REGULATION)).toEqual([
      '第五条 按照分级管理的原则，建立县、乡镇两级库长体系',
      '第六条 县、乡镇设立库长办公室，承担水库管理具体工作',
      '第七条.（一） 组织编制水库管理方案',
      '第七条.（二） 巡查责任水库，每季度不少于一次',
      '第七条.（三） 协助执法机关查处违法行为',
      '第八条.（一） 拟定年度工作任务',
      '第八条.（二） 承办监督考核工作',
      '第九条 县库长可以签发库长令，部署重点工作',
      '第十条 库长有下列行为之一的，由上级库长依照有关规定进行约谈',
      '第十一条 水库管理成绩显著的单位，由县人民政府按照有关规定给予表彰',
    ]);
  });
  test('a duty-list point belongs to the body the article gives the duties to, or to none when that is a post', () => {
    const units = unitsOf(REGULATION);
    expect(units['第七条.（三）']).toEqual([]);
    expect(units['第八条.（一）']).toEqual(['各级库长办公室']);
  });
  test('an article listing steps or contents stays one measure', () => {
    const text = '某某市资金监控办法\n第一条 单位开展监控，应当按照下列程序进行：\n（一）收集数据资料；\n（二）提出纠偏措施。\n第二条 监控的主要内容包括：\n（一）目标完成情况；\n（二）资金执行情况。';
    expect(measures(text)).toEqual(['第一条 单位开展监控，应当按照下列程序进行']);
  });
  test('an article that only lets others refer to it is not a measure', () => {
    expect(measures('某某市资金监控办法\n第一条 市财政局负责组织实施监控工作。\n第二条 各县财政局可以参照本办法制定实施细则。')).toEqual([
      '第一条 市财政局负责组织实施监控工作',
    ]);
  });
});

describe('numbered items', () => {
  test('“1、” then “2.” is one list, not an item with a sub-item', () => {
    const text = '某某工作方案\n一、工作职责\n办公室具体负责：\n1、组织协调日常工作；\n2.定期检查通报工作进展情况；';
    expect(measures(text)).toEqual(['一.1 组织协调日常工作', '一.2 定期检查通报工作进展情况']);
  });
  test('“3.5G…” after item 2. is item 3, not a decimal', () => {
    const text = '某某工作方案\n一、重点工作\n1.推进产权改革。加强基层治理。\n2.建设智慧社区。推进数据共享。\n3.5G重点区域深覆盖。推进基站建设。\n二、保障措施\n加强领导，落实投资3.5亿元。';
    expect(measures(text)).toEqual(['一.1 推进产权改革', '一.2 建设智慧社区', '一.3 5G重点区域深覆盖', '二 保障措施']);
  });
  test('a short numbered heading listing nouns with 、 is not joined to the paragraph under it', () => {
    const text = '某某工作方案\n一、组织实施\n（一）用地的规划、选址和征用\n根据发展需要，由区规划局负责规划选址，各乡镇要积极配合征地工作。';
    expect(measures(text)).toEqual(['一.（一） 用地的规划、选址和征用']);
  });
  test('工作原则 and an investment estimate are not measures', () => {
    const text = '某某工作方案\n一、工作原则\n坚持统筹规划，建立健全长效机制。\n二、建设标准及投资规模\n（一）建设标准\n新建公厕要严格按国家标准进行设计。\n（二）投资规模\n经初步测算，共需建设资金约2亿元。';
    expect(measures(text)).toEqual(['二.（一） 建设标准']);
  });
  test('items under a heading that names principles (“分工原则（…）”) are not measures', () => {
    const text = '某某推进方案\n一、明确工作任务\n（一）分工原则（随项目推进动态调整）\n1.项目实行属地化管理。\n2.跨区域项目由相关单位协商而定。\n（二）进行任务分解。各单位要细化任务。';
    expect(measures(text)).toEqual(['一.（二） 进行任务分解']);
  });
  test('a verb inside an organ name prescribes nothing: “X局：…网上公开” is a scope list', () => {
    const text = '某某试点方案\n一、试点工作\n1.区经济发展局：行政征收网上公开。\n2.区交通与建设局：公共服务事项网上公开。\n承接试点的单位的主要任务如下：\n1.梳理公开事项目录。\n2.编制权力运行流程图。';
    expect(measures(text)).toEqual(['一.1 梳理公开事项目录', '一.2 编制权力运行流程图']);
  });
  test('an item with its own time limit, or with a responsible unit, is a task', () => {
    const text = '某某工作方案\n一、建设实施阶段（2015年7月-12月）\n——试运行（11月底前）对各平台进行调试。\n二、重点项目\n1.滨海酒店项目\n项目占地约47亩，客房236套。\n责任处室：交通与建设处';
    expect(measures(text)).toEqual(['一.1 试运行（11月底前）对各平台进行调试', '二.1 滨海酒店项目']);
  });
  test('action verbs of 工作要点: 争取, 委托, 编制, 扩大, 引入', () => {
    const text = '某某旅游工作要点\n一、编制旅游规划\n1.争取风景名胜区总体规划上半年获批。\n2.委托编制风景名胜区详细规划。\n3.引入有经验的企业投资开发民宿。';
    expect(measures(text).length).toBe(3);
  });
});

describe('statements and attachment lists', () => {
  test('a heading stating what a result serves is not a task', () => {
    const text = '某某实施方案\n一、考核结果运用\n（1）为申请奖补的依据。依据年终考核结果给予奖补。\n（2）对考核情况进行通报。考核后全区通报。';
    expect(measures(text)).toEqual(['一.（2） 对考核情况进行通报']);
  });
  test('“附件：” followed by numbered document names lists attachments, not measures', () => {
    const text = '关于开展专项治理工作的通知\n各学校：\n一、加强宣传。各学校要开展宣传教育。\n附件：\n1．某某省教育厅关于开展专项治理工作的通知\n2．专项治理工作领导小组名单\n3．违规情况反馈表\n某某市教育局\n2015年7月10日';
    const split = splitDocument(text, 'rules.txt');
    expect(split.measures.map((m) => m.path)).toEqual(['一']);
    expect(split.document.attachments).toEqual(['某某省教育厅关于开展专项治理工作的通知', '专项治理工作领导小组名单', '违规情况反馈表']);
    expect(split.document.issuer).toBe('某某市教育局');
  });
});
