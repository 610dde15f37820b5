/** Each unit rule on invented sentences in the genre's styles: exact {lead, assigned, support}. */
import { describe, expect, test } from 'vitest';
import { cellToUnits, textToUnits } from '../../src/split/extract/units.ts';
import { cellToAssignment } from '../../src/split/extract/cell-units.ts';

const u = (lead: string[], assigned: string[] = [], support: string[] = []) => ({ lead, assigned, support });

describe('labels', () => {
  test.each([
    ['several labels on one line', '完善服务平台。\n牵头单位：县商务局，配合单位：县财政局、县税务局', u(['县商务局'], [], ['县财政局', '县税务局'])],
    ['three labels on one line', '牵头单位：市教育局；责任单位：各区教育局，配合单位：市人社局', u(['市教育局'], ['各区教育局'], ['市人社局'])],
    ['牵头处室 and 责任对象 lines', '开展读书活动。\n活动时间：2023年5月\n牵头处室：局办公室\n责任对象：局各科室、机关团支部，各下属企业', u(['局办公室'], ['局各科室', '机关团支部', '各下属企业'])],
    ['责任处室 line', '建设停车场。\n责任处室：规划建设处、社会事务处', u([], ['规划建设处', '社会事务处'])],
    ['“等” dropped, 企业 and 海关 are bodies', '牵头单位：县口岸办，配合单位：县海关、各物流企业等', u(['县口岸办'], [], ['县海关', '各物流企业'])],
    ['a place named by its level counts in a label', '（牵头单位：市民政局，配合单位：东城区）', u(['市民政局'], [], ['东城区'])],
    ['persons in a label are dropped', '责任对象：局团支部、机关全体干部职工', u([], ['局团支部'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('collectives and lists', () => {
  test.each([
    ['pieces that are no names keep the list whole', '东山、西岭派出所要加强巡查。', u([], ['东山、西岭派出所'])],
    ['a bare organ word shares the front', '各镇联合党委、处室、中心要落实责任。', u([], ['各镇联合党委、处室、中心'])],
    ['a level word at the end', '（牵头单位：市人社局，配合单位：市财政局，各区、县级市）', u(['市人社局'], [], ['市财政局', '各区、县级市'])],
    ['a shared prefix is not expanded', '牵头单位：县发改局规划股、投资股', u(['县发改局规划股', '投资股'])],
    ['X等Y: two bodies', '县水利局负责，县农业局等县直部门配合。', u([], ['县水利局'], ['县农业局', '县直部门'])],
    ['one spelling per body within a measure', '辖区派出所要加强巡逻。辖区各派出所要每月通报。', u([], ['辖区派出所'])],
    ['a list number is no part of a name', '责任单位：1.县文旅局', u([], ['县文旅局'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('running text', () => {
  test.each([
    ['由X根据…: X is assigned', '由县财政局根据项目进度制定配套方案。', u([], ['县财政局'])],
    ['由X within a tag', '公厕由各镇负责建设（其中景区公厕由县旅游公司负责）。', u([], ['县旅游公司', '各镇'])],
    ['X要配合Y: Y leads', '各派出所、执法中队要配合交通运输局开展整治。', u(['交通运输局'], ['各派出所', '执法中队'])],
    ['责任分工 clauses', '责任分工：县规划局负责编制规划，城东街道组织实施，县城投公司作为业主单位，县住建局业务指导。', u([], ['县规划局', '城东街道', '县城投公司', '县住建局'])],
    ['X配合 is support', '县档案馆负责整理，县史志办全力配合。', u([], ['县档案馆'], ['县史志办'])],
    ['a name several characters longer wins', '县委宣传部负责组织宣讲。', u([], ['县委宣传部'])],
    ['each 支部 obliged by a verb', '11月底前，每个支部组织1次集中学习。', u([], ['每个支部'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('formal assignment wins over obliged bodies', () => {
  test.each([
    ['a trailing tag of names only', '开展主题党日活动。各党支部要精心组织。（校党委、各在职党支部）', u([], ['校党委', '各在职党支部'])],
    ['labels: obliged subjects are not added', '各级主管部门要积极推进。\n牵头单位：县工信局，配合单位：县相关部门', u(['县工信局'], [], ['县相关部门'])],
    ['labels: explicit 负责 in the text is kept', '县国资办负责，各县属国企配合，举办成就展。\n牵头处室：办公室股', u(['办公室股'], ['县国资办'], ['各县属国企'])],
    ['an alias in brackets after a name is no tag', '县城投集团（县园林公司）负责绿化。', u([], ['县城投集团'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('not units', () => {
  test.each([
    ['a verb phrase with a team', '并聘请专业设计团队开展规划。'],
    ['a verb phrase relying on a company', '依托数据港公司开展培训。'],
    ['a clause start with 负责', '负责城区公共场所和企事业单位厕所对外开放。'],
    ['实行 is a predicate', '实行政府统筹、部门实施的办法。'],
    ['a pronoun points back', '其所属集团公司要加强管理。'],
    ['an adverb and a verb before the body', '广泛深入地宣传学校办学成果。'],
    ['所需 is no institute', '各取所需、各展所长。'],
    ['a body that only funds', '县财政局要加大资金投入力度。'],
    ['由X给予资助: funding only', '由市财政给予项目启动资助。'],
    ['posts are no units', '各村河长要每周巡河一次。'],
    ['a receiver of reports', '于5月10日前报县委办公室。'],
    ['a body beside one that is not a body', '省科技厅与光华基金在本市共建基地。'],
  ])('%s', (_name, text) => {
    expect(textToUnits(text)).toEqual(u([]));
  });
});

describe('each 各X is a body of its own', () => {
  test('各处室、各年级、各学科组 are three bodies', () => {
    expect(textToUnits('各处室、各年级、各学科组要发挥作用。')).toEqual(u([], ['各处室', '各年级', '各学科组']));
  });
});

describe('names that are no bodies', () => {
  test.each([
    ['an information system is built, not a body', '开发数据接口，并与县级电子监察系统做好对接。'],
    ['the issuer speaking of itself', '为加强预算管理，我局制定了本办法。'],
    ['a decision told of the issuer', '决定于2022年国庆前后在全校组织开展主题活动。'],
    ['a plan told of the issuer', '还将在8个县直单位推行网上公开。'],
    ['the head of a body is a person', '列席：县水利局、县财政局负责同志。'],
  ])('%s', (_name, text) => {
    expect(textToUnits(text)).toEqual(u([]));
  });
  test('a system of bodies is still a body', () => {
    expect(textToUnits('全县教育系统要抓好落实。')).toEqual(u([], ['全县教育系统']));
  });
});

describe('joint bodies, helpers, duty lines and urged collectives', () => {
  test.each([
    ['会同 joins a second body to the task', '县委组织部会同县财政局建立台账。', u([], ['县委组织部', '县财政局'])],
    ['由X会同Y', '由县人社局会同县教育局、县财政局制定办法。', u([], ['县人社局', '县教育局', '县财政局'])],
    ['a helper verb in a tag is no part of the name', '建立台账（县城管局牵头，协助执法部门）。', u(['县城管局'], [], ['执法部门'])],
    ['配合X alone in a tag', '开展联合检查。（配合县公安局）', u([], [], ['县公安局'])],
    ['duty paragraphs “X：负责…”', '县住建局：负责统筹协调。\n各乡镇、各街道：负责组织辖区内建设。\n县档案馆：配合做好整理。', u([], ['县住建局', '各乡镇', '各街道'], ['县档案馆'])],
    ['a duty paragraph that only funds', '县财政局：负责落实运行资金。', u([])],
    ['督促各X: the urged collective is obliged', '督促各责任部门、单位充分应用宣传栏。', u([], ['各责任部门、单位'])],
    ['要求各X', '要求各乡镇建立巡查台账。', u([], ['各乡镇'])],
    ['an urged single body is not obliged', '督促村委会落实责任。', u([])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('table cells', () => {
  test.each([
    ['a helper verb before a name', '县城管局，协助执法部门', ['县城管局', '执法部门']],
    ['role words after names', '县水利局牵头，县财政局配合', ['县水利局', '县财政局']],
  ])('%s', (_name, cell, expected) => {
    expect(cellToUnits(cell)).toEqual(expected);
  });
  test('roles written in a cell', () => {
    expect(cellToAssignment('县水利局牵头，配合县公安局', 'unit')).toEqual({ lead: ['县水利局'], assigned: [], support: ['县公安局'] });
  });
});

describe('long lists and one body in several spellings', () => {
  test.each([
    ['a long list sharing the lead, “等部门” only sums it up', '由县纪委、县委办、县政府办、县财政局、县数据局、县政务服务中心等部门共同牵头，各乡镇共同参与。', u(['县纪委', '县委办', '县政府办', '县财政局', '县数据局', '县政务服务中心'], [], ['各乡镇'])],
    ['a list cut before 应急 is no subject', '县水利局、县应急管理局负责同志列席会议。', u([])],
    ['a person in a list is left out, the bodies stay', '由上级河长、河长办公室、监察机关依照规定进行约谈。', u([], ['河长办公室', '监察机关'])],
    ['“八个” and “8个” are one body', '8个县直单位负责梳理事项。八个县直单位负责提出需求。', u([], ['8个县直单位'])],
    ['the level in front is the same body', '数据局负责统筹。县数据局负责指导。', u([], ['数据局'])],
    ['each district office is not the city office', '市教育局牵头，各区教育局配合。', u(['市教育局'], [], ['各区教育局'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('clauses are never names', () => {
  test.each([
    ['a report sent upward with its date', '各镇要高度重视，贯彻落实情况请于3月15日前报县委。', u([], ['各镇'])],
    ['a result reported to a body', '审查结果报县委组织部备案。', u([])],
    ['where an office sits', '领导小组办公室设在县委组织部，负责日常工作。', u([])],
    ['a newspaper keeps its name', '县融媒体中心、青川日报要开辟专栏。', u([], ['县融媒体中心', '青川日报'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('every government of a level', () => {
  test.each([
    ['各市、县（区） share the ending', '各市、县（区）人民政府要加强组织领导。', u([], ['各市、县（区）人民政府'])],
    ['各市 alone is a body', '各市要建立工作台账。', u([], ['各市'])],
    ['各处室、各年级 are two bodies', '各处室、各年级要积极配合。', u([], ['各处室', '各年级'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});

describe('national bodies and shared remits', () => {
  test.each([
    ['a bracket of national bodies after a sentence', '引导学生养成健康饮食习惯。（教育部、国家卫生健康委、共青团中央、全国妇联）', u([], ['教育部', '国家卫生健康委', '共青团中央', '全国妇联'])],
    ['总署 is an organ ending', '严格检验检疫。（海关总署、市场监管总局）', u([], ['海关总署', '市场监管总局'])],
    ['a list sharing a task by remit', '由县委组织部、县财政局按职责分工负责。', u([], ['县委组织部', '县财政局'])],
    ['by remit, without 由', '县委组织部、县财政局按职责分工负责。', u([], ['县委组织部', '县财政局'])],
    ['how a task is shared is no part of the name', '由国务院食品安全委员会有关成员单位按职责分工负责。', u([], ['国务院食品安全委员会有关成员单位'])],
  ])('%s', (_name, text, expected) => {
    expect(textToUnits(text)).toEqual(expected);
  });
});
