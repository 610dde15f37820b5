/** Units stated outside any measure belong to the document: invented documents, exact document.units. */
import { describe, expect, test } from 'vitest';
import { splitDocument } from '../../src/split/split-document.ts';

const unitsOf = (text: string) => splitDocument(text, 'x.txt').document.units;

describe('document units outside measures', () => {
  test('a section heading led by one body heads several items', () => {
    const text = ['关于印发工作方案的通知', '一、做好文旅融合', '由文旅股牵头，统筹推进以下工作。', '1.建设游客中心。', '2.开展节庆活动。'].join('\n');
    expect(unitsOf(text)).toEqual(['文旅股']);
  });
  test('a closing request obliges the recipients', () => {
    const text = ['关于开展读书活动的通知', '各党支部：', '现将有关安排通知如下，请各党支部认真抓好落实。', '一、开展集中学习', '每月组织一次学习。'].join('\n');
    expect(unitsOf(text)).toEqual(['各党支部']);
  });
  test('goal, principle and member sections name no units', () => {
    const text = ['关于印发实施方案的通知', '一、工作目标', '县教育局党委力争达到优秀等次。', '二、组织领导', '成立领导小组。', '组长：张三  县长', '成员：李四  县财政局局长', '三、主要任务', '1.县农业局负责建设示范基地。'].join('\n');
    expect(unitsOf(text)).toEqual(['县农业局']);
  });
  test('a generic collective outside a task names no body', () => {
    const text = ['会议纪要', '会议要求，各级各部门要坚持人民至上。', '一、关于防汛', '1.县水利局负责排查水库。'].join('\n');
    expect(unitsOf(text)).toEqual(['县水利局']);
  });
});
