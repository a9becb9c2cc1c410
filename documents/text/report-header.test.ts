import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

const body = [
  '一、项目基本情况',
  '年初预算数为120万元，全年执行数为118万元。',
  '二、存在的问题',
  '无。',
  '三、改进措施',
  '无。',
];

function readHead(head: readonly string[]) {
  const document = readText([...head, ...body].join('\n'));
  return { scope: document?.scope, unit: document?.unit, project: document?.project, year: document?.year };
}

describe('report headers as published (invented names)', () => {
  it('reads a year written in Chinese numerals and the 被评价单位 of a 部门整体 evaluation', () => {
    expect(
      readHead([
        '二〇二三年度部门整体支出绩效评价报告',
        '被评价单位：示范县审计局',
        '评价机构：某某咨询有限公司',
      ]),
    ).toEqual({
      scope: 'department',
      unit: '示范县审计局',
      project: null,
      year: 2023,
    });
  });

  it('takes the 项目用款单位 as the unit and no project from a generic title', () => {
    expect(readHead(['2023年度省级财政资金项目绩效自评报告', '项目用款单位：示范县农业农村局'])).toEqual({
      scope: 'project',
      unit: '示范县农业农村局',
      project: null,
      year: 2023,
    });
  });

  it.each([['发行金额(亿元)'], ['预算金额（万元）'], ['执行率(%)']])(
    'takes no project from a 项目名称 heading followed by the next column’s heading %s (a list one cell per line)',
    (next) => {
      expect(readHead(['2023年度省级财政资金项目绩效自评报告', '项目名称', next]).project).toBeNull();
    },
  );

  it('reads a unit written alone on the line above the title', () => {
    expect(readHead(['示范县公安局', '2023年度部门整体支出绩效自评报告']).unit).toBe('示范县公安局');
  });

  it('reads a project the title names without the word 项目', () => {
    expect(readHead(['示范县教育局2023年度营养改善计划绩效自评报告'])).toEqual({
      scope: 'project',
      unit: '示范县教育局',
      project: '营养改善计划',
      year: 2023,
    });
  });

  it.each([
    ['(直达资金)示范市北环路改造工程项目2021年度绩效自评报告'],
    ['【直达资金】示范市北环路改造工程项目2021年度绩效自评报告'],
    ['示范市北环路改造工程项目2021年度绩效自评报告'],
  ])('reads a title naming its project before the year and no unit, a leading funds tag left out: %s', (title) => {
    expect(readHead([title])).toEqual({ scope: 'project', unit: '', project: '示范市北环路改造工程项目', year: 2021 });
  });

  it('keeps a unit before the year when its project follows it', () => {
    expect(readHead(['(直达资金)示范县交通运输局2021年度北环路改造工程项目绩效自评报告'])).toEqual({
      scope: 'project',
      unit: '示范县交通运输局',
      project: '北环路改造工程项目',
      year: 2021,
    });
  });

  it('keeps a 部门整体 title a department report', () => {
    expect(readHead(['示范县教育局2023年度部门整体支出绩效自评报告']).scope).toBe('department');
  });
});

describe('a 财政支出项目绩效评价自评报告 cover: the unit under 项目承担单位', () => {
  it.each([
    [['财政支出项目绩效评价', '自评报告', '（2023年度）', '评价类型：口阶段评价 □结束评价', '项目名称：水库除险加固', '项目承担单位：松岭县水库管理所', '项目承担单位机构代码：53012300-7', '项目主管部门：松岭县水务局']],
    [['财政支出项目绩效评价自评报告', '（2023年度）', '项目名称\t水库除险加固', '项目承担单位\t松岭县水库管理所', '项目承担单位机构代码\t53012300-7']],
  ])('reads %j', (head) => {
    expect(readHead(head)).toEqual({ scope: 'project', unit: '松岭县水库管理所', project: '水库除险加固', year: 2023 });
  });

  it.each([
    [
      'a sentence under a heading that looks like a label (一、评价对象)',
      ['青禾市商务局2023年度项目支出绩效评价报告', '单位：青禾市商务局', '一、评价对象', '本次评价对象为我局管理的4项专项资金，资金总额1562.4万元。'],
      null,
    ],
    ['a project under a cover’s 项目名称 label', ['青禾市商务局2023年度项目支出绩效评价报告', '项目名称：外贸发展专项资金'], '外贸发展专项资金'],
  ])('reads the project of %s', (_case, head, project) => {
    expect(readHead(head).project).toBe(project);
  });
});
