/** Leading groups (领导小组 / 工作小组): members by role, the group's office, and offices as units. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';
import { linesToParagraphs } from '../../src/split/structure/paragraphs.ts';
import { paragraphsToOutline } from '../../src/split/structure/outline.ts';
import { visitOutline } from '../../src/split/extract/outline-measures.ts';
import { linesToLeadingGroup, textToOffice, outlineToLeadingGroups, documentOffices } from '../../src/split/extract/leading-groups.ts';

describe('linesToLeadingGroup', () => {
  test('members are read by role, spaces in the role dropped, and the group is named from the text', () => {
    expect(linesToLeadingGroup([
      '为加强组织领导，成立县燃气安全专项整治工作领导小组。',
      '组  长：张某某（县长）',
      '副组长：李某某、王某某',
      '成  员：县住建局、县应急局主要负责人',
      '领导小组办公室设在县住建局，负责日常工作。',
    ], '四、组织领导')).toEqual({
      name: '县燃气安全专项整治工作领导小组',
      members: [
        { role: '组长', people: '张某某（县长）' },
        { role: '副组长', people: '李某某、王某某' },
        { role: '成员', people: '县住建局、县应急局主要负责人' },
      ],
      office: '领导小组办公室',
    });
  });

  test('the heading may name the group; with no name anywhere it is called 领导小组', () => {
    expect(linesToLeadingGroup(['组长：张某某'], '成立防汛抗旱指挥部')).toEqual({ name: '防汛抗旱指挥部', members: [{ role: '组长', people: '张某某' }], office: null });
    expect(linesToLeadingGroup(['组长：张某某'], '')).toEqual({ name: '领导小组', members: [{ role: '组长', people: '张某某' }], office: null });
  });

  test('a section with no member lines is no group', () => {
    expect(linesToLeadingGroup(['成立工作领导小组，各单位要高度重视。'], '四、组织领导')).toBeNull();
  });
});

describe('offices', () => {
  test('“X办公室设在Y” names the office', () => {
    expect(textToOffice('工作专班办公室设在县应急局，负责统筹协调。')).toBe('工作专班办公室');
    expect(textToOffice('加强组织领导。')).toBeNull();
  });

  // Bug: the office pattern keeps only an optional 领导小组/工作小组/… before 办公室, so the organ name
  // in front is lost and a bare “办公室” becomes a unit of the document.
  test.fails('an office with its own name keeps the name', () => {
    expect(textToOffice('县专项整治办公室设在县应急局。')).toBe('县专项整治办公室');
  });

  test("documentOffices lists the groups' offices first, then other offices in the text, each once", () => {
    const groups = [{ name: '县防汛工作小组', members: [{ role: '组长', people: '王某某' }], office: '工作小组办公室' }];
    expect(documentOffices(groups, ['工作专班办公室设在县应急局。', '工作小组办公室设在县水利局。', '加强领导。'])).toEqual(['工作小组办公室', '工作专班办公室']);
  });
});

describe('outlineToLeadingGroups', () => {
  test('groups are found in outline sections and in an attachment that lists members', () => {
    const lines = [
      '关于开展燃气安全专项整治的实施方案', '一、组织领导', '成立县燃气安全专项整治工作领导小组。', '组  长：张某某', '成  员：李某某',
      '领导小组办公室设在县住建局。', '二、主要任务', '（一）开展排查。各乡镇要全面排查。',
      '附件', '', '县防汛工作小组成员名单', '组长：王某某', '副组长：赵某某',
    ];
    const header = linesToHeader(cleanText(lines.join('\n')).lines);
    const outline = paragraphsToOutline(linesToParagraphs(header.lines, header.roles));
    expect(outlineToLeadingGroups(visitOutline(outline), outline)).toEqual([
      { name: '县燃气安全专项整治工作领导小组', members: [{ role: '组长', people: '张某某' }, { role: '成员', people: '李某某' }], office: '领导小组办公室' },
      { name: '县防汛工作小组', members: [{ role: '组长', people: '王某某' }, { role: '副组长', people: '赵某某' }], office: null },
    ]);
  });

  test('member lines in plain paragraphs outside the outline make a group named by its 名单 line', () => {
    const header = linesToHeader(cleanText(['关于调整县安全生产工作小组的通知', '县安全生产工作小组名单', '组长：王某某', '成员：赵某某'].join('\n')).lines);
    const outline = paragraphsToOutline(linesToParagraphs(header.lines, header.roles));
    expect(outlineToLeadingGroups(visitOutline(outline), outline)).toEqual([
      { name: '县安全生产工作小组', members: [{ role: '组长', people: '王某某' }, { role: '成员', people: '赵某某' }], office: null },
    ]);
  });
});
