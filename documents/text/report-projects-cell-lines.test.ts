import { describe, expect, it } from 'vitest';
import { readProjectsCellLines } from './report-projects-cell-lines.ts';

/** Cells one per line with a blank line between, as a site's page copies a table. */
const spaced = (cells: readonly string[]): string[] => cells.flatMap((cell) => [cell, '']);

const header = ['序号', '主管部门', '项目单位', '项目名称', '发行金额(亿元)', '评价得分', '评价结果', '备注'];

describe('a results list written one cell per line', () => {
  it('reads each row opened by its serial, whatever cells the row left out', () => {
    const lines = spaced([
      ...header,
      ...['1', '某镇人民政府', '某建设公司', '工业园区标准厂房', '0.6', '91', '项目单位自评'],
      ...['2', '某镇人民政府', '某水务公司', '农村供水提升工程', '0.2', '78', '良', '委托第三方评价'],
    ]);
    expect(readProjectsCellLines(lines).map(({ name, score, grade }) => ({ name, score, grade }))).toEqual([
      { name: '工业园区标准厂房', score: '91', grade: undefined },
      { name: '农村供水提升工程', score: '78', grade: '良' },
    ]);
  });

  it('takes a serial number as a row start only once the row before wrote half its cells', () => {
    const lines = spaced([...header, ...['1', '某镇人民政府', '2', '污水管网改造', '0.3', '86'], ...['2', '某镇人民政府', '某公司', '道路提升工程', '0.1', '80']]);
    expect(readProjectsCellLines(lines).map((project) => [project.name, project.score])).toEqual([
      ['污水管网改造', '86'],
      ['道路提升工程', '80'],
    ]);
  });

  it.each([
    { case: 'no 项目名称 heading', lines: spaced(['序号', '单位名称', '评价得分', '1', '某局', '90', '2', '某所', '85']) },
    { case: 'no figure heading', lines: spaced(['序号', '项目名称', '备注', '1', '甲工程', '无', '2', '乙工程', '无']) },
    { case: 'one project', lines: spaced([...header, '1', '某镇人民政府', '某公司', '甲工程', '0.6', '91']) },
    { case: 'a header that is a sentence', lines: spaced(['序号', '项目名称为本次评价的对象。', '评价得分', '1', '甲工程', '90', '2', '乙工程', '80']) },
  ])('reads none with $case', ({ lines }) => {
    expect(readProjectsCellLines(lines)).toEqual([]);
  });

  it('ends the list at the sentence after it', () => {
    const lines = spaced([...header, ...['1', '某镇', '某公司', '甲工程', '0.6', '91'], ...['2', '某镇', '某公司', '乙工程', '0.2', '80'], '公示期为5个工作日。', '3']);
    expect(readProjectsCellLines(lines)).toHaveLength(2);
  });
});
