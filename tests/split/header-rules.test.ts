/** Header rules on short invented headers: title, 文号, date and issuer, each field exact. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';

const BODY = '一、加强值守。各乡镇要落实24小时值班制度。';
const fields = (text: string) => {
  const h = linesToHeader(cleanText(text).lines);
  return { title: h.title, docNumber: h.docNumber, issuers: h.issuers, date: h.date };
};

describe('文号 under the title', () => {
  test('in brackets on its own line', () => {
    expect(fields(`关于做好汛期值守工作的通知\n（某防办〔2022〕6号）\n各乡镇：\n${BODY}\n某某县防汛办公室\n2022年5月6日`)).toEqual({
      title: '关于做好汛期值守工作的通知', docNumber: '某防办〔2022〕6号', issuers: ['某某县防汛办公室'], date: '2022-05-06',
    });
  });
  test('bare on its own line', () => {
    expect(fields(`关于做好汛期值守工作的通知\n某防办〔2022〕7号\n各乡镇：\n${BODY}\n2022年5月6日`)).toEqual({
      title: '关于做好汛期值守工作的通知', docNumber: '某防办〔2022〕7号', issuers: [], date: '2022-05-06',
    });
  });
});

describe('title repeated on the first two lines', () => {
  test('the second copy is part of the header, not the body', () => {
    const h = linesToHeader(cleanText(`关于做好汛期值守工作的通知\n关于做好汛期值守工作的通知\n各乡镇：\n${BODY}`).lines);
    expect(h.title).toBe('关于做好汛期值守工作的通知');
    expect(h.roles.slice(0, 3)).toEqual(['title', 'title', 'recipients']);
  });
});

describe('date line under the title', () => {
  test('a bracketed date is the document date', () => {
    expect(fields(`关于推进人才工作的实施意见\n（2013年4月2日）\n${BODY}`)).toEqual({
      title: '关于推进人才工作的实施意见', docNumber: null, issuers: [], date: '2013-04-02',
    });
  });
  test('a Chinese-numeral bracketed date', () => {
    expect(fields(`关于推进人才工作的实施意见\n（二〇一三年四月二日）\n${BODY}`).date).toBe('2013-04-02');
  });
  test('a regulation’s 题注: date passed and the body that passed it', () => {
    const text = '某某县河道管理条例\n（2019年5月30日某某省第十三届人民代表大会常务委员会第十二次会议通过　2021年3月1日修正）\n第一章 总则\n第一条 为了加强河道管理，制定本条例。';
    expect(fields(text)).toEqual({ title: '某某县河道管理条例', docNumber: null, issuers: ['某某省第十三届人民代表大会常务委员会'], date: '2019-05-30' });
  });
  test('an unbracketed 题注 with a space after the date', () => {
    const text = '某某市供水条例\n2018年9月28日 某某市第十五届人民代表大会常务委员会第九次会议通过\n第一条 为了规范供水，制定本条例。';
    expect(fields(text)).toMatchObject({ issuers: ['某某市第十五届人民代表大会常务委员会'], date: '2018-09-28' });
  });
  test('a government rule passed at a 常务会议', () => {
    const text = '某某市养犬管理办法\n（2019年3月1日市人民政府第46次常务会议通过 2019年3月8日某某市人民政府令第12号公布）\n第一条 为了规范养犬，制定本办法。';
    expect(fields(text)).toMatchObject({ issuers: ['市人民政府'], date: '2019-03-01' });
  });
});

describe('issuer', () => {
  test('the leading organ of a “X关于印发…的通知” title when nothing else names it', () => {
    expect(fields(`某某县人民政府办公室关于印发防汛工作方案的通知\n各乡镇：\n${BODY}\n2022年5月6日`).issuers).toEqual(['某某县人民政府办公室']);
  });
  test('joint issuers at the start of a title', () => {
    expect(fields(`某某县教育局、某某县财政局关于做好助学工作的通知\n各学校：\n${BODY}`).issuers).toEqual(['某某县教育局', '某某县财政局']);
    expect(fields(`中共某某镇委员会 某某镇人民政府关于做好助学工作的通知\n各村：\n${BODY}`).issuers).toEqual(['中共某某镇委员会', '某某镇人民政府']);
  });
  test('the signature wins over the title', () => {
    expect(fields(`某某县人民政府关于做好助学工作的通知\n各乡镇：\n${BODY}\n某某县人民政府办公室\n2022年5月6日`).issuers).toEqual(['某某县人民政府办公室']);
  });
  test('a school named at the start of a work plan title, full or abbreviated', () => {
    expect(fields(`某某市第二中学2022学年工作要点\n${BODY}`).issuers).toEqual(['某某市第二中学']);
    expect(fields(`某某三中2022年度工作要点\n${BODY}`).issuers).toEqual(['某某三中']);
  });
  test('a school signature above the date', () => {
    expect(fields(`关于公布工作要点的通知\n各处室：\n现将工作要点印发给你们。\n某某市第二中学\n2022年9月1日`)).toMatchObject({ issuers: ['某某市第二中学'], date: '2022-09-01' });
  });
  test('a region or a 等部门 lead is not an issuer', () => {
    expect(fields(`某某县2022年工作要点\n${BODY}`).issuers).toEqual([]);
    expect(fields(`某某局等部门关于做好助学工作的通知\n${BODY}`).issuers).toEqual([]);
  });
});

describe('主送', () => {
  test('a line ending in a colon after the first numbered item is body, not 主送', () => {
    const h = linesToHeader(cleanText('某某工作方案\n一、工作职责\n办公室具体负责：\n1、组织协调日常工作；').lines);
    expect(h.recipients).toBeNull();
  });
});

describe('纪要 and decrees', () => {
  test('a 纪要 names its issuing office and date on one 版头 line, set apart by spaces', () => {
    expect(fields(`云岭县人民政府\n\n专题会议纪要\n\n〔2024〕第3期\n\n云岭县人民政府办公室        2024年5月8日\n\n关于防汛备汛工作的会议纪要\n${BODY}`)).toEqual({
      title: '关于防汛备汛工作的会议纪要', docNumber: '〔2024〕第3期', issuers: ['云岭县人民政府办公室'], date: '2024-05-08',
    });
  });
  test('a government decree’s number in the 题注 is its 文号', () => {
    expect(fields(`某省农村饮水安全管理办法\n（2022年6月1日某省人民政府令第88号公布　自2022年8月1日起施行）\n第一条　为了保障农村饮水安全，制定本办法。`)).toEqual({
      title: '某省农村饮水安全管理办法', docNumber: '某省人民政府令第88号', issuers: ['某省人民政府'], date: '2022-06-01',
    });
  });
});
