/** linesToHeader: the parts around the body of an official document (GB/T 9704), and a role per line. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader, type DocumentHeader } from '../../src/split/structure/document-header.ts';

const header = (...lines: string[]) => linesToHeader(cleanText(lines.join('\n')).lines);
const none: Omit<DocumentHeader, 'lines' | 'roles'> = {
  title: null, docNumber: null, issuers: [], date: null, recipients: null, disclosure: null, signature: null, attachments: [],
};
/** The header without its lines, which most tests leave as they came in. */
const fields = ({ lines: _lines, ...rest }: DocumentHeader) => rest;

describe('版头 and title', () => {
  test('a 文件 banner, 文号, title, 主送, signature and date are each read and given their role', () => {
    const input = cleanText(['中共某某县委办公室文件', '', '某办发〔2021〕12号', '', '关于印发《某某县党建工作要点》的通知', '',
      '各乡镇党委，县直各单位：', '现将《要点》印发给你们，请认真贯彻落实。', '', '中共某某县委办公室', '2021年3月5日'].join('\n')).lines;
    expect(linesToHeader(input)).toEqual({
      title: '关于印发《某某县党建工作要点》的通知', docNumber: '某办发〔2021〕12号', issuers: ['中共某某县委办公室'],
      date: '2021-03-05', recipients: '各乡镇党委，县直各单位', disclosure: null, signature: '中共某某县委办公室', attachments: [],
      lines: input,
      roles: ['banner', 'body', 'doc-number', 'body', 'title', 'body', 'recipients', 'body', 'body', 'signature', 'date'],
    });
  });

  test('a 文号 above the title, with no banner, is read as the 文号', () => {
    expect(fields(header('某安办函〔2023〕5号', '关于开展安全生产大检查的函', '各有关单位：', '请按要求开展检查。'))).toEqual({
      ...none, title: '关于开展安全生产大检查的函', docNumber: '某安办函〔2023〕5号', recipients: '各有关单位',
      roles: ['doc-number', 'title', 'recipients', 'body'],
    });
  });

  test('a 文号 under the title of a letter with an organ line above is read as the 文号', () => {
    const h = header('某某县安全生产委员会办公室', '', '关于开展安全生产大检查的函', '某安办函〔2023〕5号', '', '各有关单位：', '请按要求开展检查。');
    expect(fields(h)).toEqual({
      ...none, title: '某某县安全生产委员会办公室关于开展安全生产大检查的函', docNumber: '某安办函〔2023〕5号',
      issuers: ['某某县安全生产委员会办公室'], recipients: '各有关单位',
      roles: ['title', 'body', 'title', 'doc-number', 'body', 'recipients', 'body'],
    });
  });

  test('a 文号 under the title of a letter without a banner is read as the 文号', () => {
    const h = header('关于开展安全生产大检查的函', '某安办函〔2023〕5号', '各有关单位：', '请按要求开展检查。');
    expect(h.docNumber).toBe('某安办函〔2023〕5号');
  });

  test("the issuer's name on the line above the title begins the title and names the issuer", () => {
    expect(fields(header('中共西峡县委办公室', '2019年工作要点', '', '一、加强政治建设。'))).toEqual({
      ...none, title: '中共西峡县委办公室2019年工作要点', issuers: ['中共西峡县委办公室'], roles: ['title', 'title', 'body', 'body'],
    });
  });

  test('a title broken over lines is joined, and organs two spaces apart are two issuers', () => {
    expect(fields(header('中共某某市委组织部  某某市财政局', '', '关于开展', '党员教育培训工作的通知', '各县（区）委组织部：', '一、总体要求'))).toEqual({
      ...none, title: '中共某某市委组织部  某某市财政局关于开展党员教育培训工作的通知', issuers: ['中共某某市委组织部', '某某市财政局'],
      recipients: '各县（区）委组织部', roles: ['title', 'body', 'title', 'title', 'recipients', 'body'],
    });
  });

  test('with no header at all, a title glued to the first body line is split off onto a line of its own', () => {
    const h = header('防汛工作会议纪要 会议于2025年6月3日在县政府三楼会议室召开，县长主持会议，研究部署当前防汛救灾工作。', '一、压实责任。');
    expect(h.title).toBe('防汛工作会议纪要');
    expect(h.lines).toEqual([
      { no: 1, text: '防汛工作会议纪要' },
      { no: 1, text: '会议于2025年6月3日在县政府三楼会议室召开，县长主持会议，研究部署当前防汛救灾工作。' },
      { no: 2, text: '一、压实责任。' },
    ]);
    expect(h.roles).toEqual(['title', 'body', 'body']);
  });

  test('empty text has no header, and its one line is body', () => {
    expect(header('')).toEqual({ ...none, lines: [{ no: 1, text: '' }], roles: ['body'] });
  });
});

describe('落款 and closing lines', () => {
  test('a date in Chinese numerals or full-width digits under a signature is the 成文日期', () => {
    for (const date of ['二〇一九年三月五日', '２０１９年３月５日']) {
      expect(fields(header('关于表彰先进集体的决定', '现予以通报表彰。', '某某县人民政府', date))).toEqual({
        ...none, title: '关于表彰先进集体的决定', issuers: ['某某县人民政府'], date: '2019-03-05', signature: '某某县人民政府',
        roles: ['title', 'body', 'signature', 'date'],
      });
    }
  });

  test('a date under a person, not an organ, is still the date but gives no signature', () => {
    expect(fields(header('关于表彰先进集体的决定', '现予以通报表彰。', '张三', '2019年3月5日'))).toEqual({
      ...none, title: '关于表彰先进集体的决定', date: '2019-03-05', roles: ['title', 'body', 'body', 'date'],
    });
  });

  test('附件 list, 公开方式, 抄送, 印发 and an attachment section are each recognised', () => {
    const h = header('关于做好有关工作的通知', '请认真落实。', '', '附件：1．工作任务分工表', '      2．联系人名单', '', '公开方式：主动公开',
      '抄送：市委办公室。', '某某县人民政府办公室       2021年3月8日印发', '附件1', '工作任务分工表', '序号\t任务');
    expect(fields(h)).toEqual({
      ...none, title: '关于做好有关工作的通知', disclosure: '主动公开', attachments: ['工作任务分工表', '联系人名单'],
      roles: ['title', 'body', 'body', 'attachment-list', 'attachment-list', 'body', 'disclosure', 'cc', 'printed', 'attachment-start', 'body', 'body'],
    });
  });

  test('an attachment section whose title the 附件 list does not name adds that title', () => {
    expect(header('关于做好有关工作的通知', '请认真落实。', '附件', '', '领导小组成员名单', '组长：张三').attachments).toEqual(['领导小组成员名单']);
  });
});
