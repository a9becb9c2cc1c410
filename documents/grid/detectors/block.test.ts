import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';
import { rowTexts } from '../grid.ts';
import { blockDetector } from './block.ts';

/** docx2txt's rows: each cell on a tab-led line, an empty line after each row; paragraphs as they are. */
const docx2txt = (rows: ReadonlyArray<readonly string[] | string>): string[] =>
  rows.flatMap((row) => (typeof row === 'string' ? [row] : [...row.map((cell) => `\t${cell}`), '']));

const readRows = (lines: readonly string[]): string[][] => blockDetector.readRows(lines).map((row) => rowTexts(row).filter((text) => text !== ''));

describe('block rows (docx2txt): a paragraph between the rows', () => {
  const cases: Array<{ when: string; paragraph: string; rows: string[][] }> = [
    {
      when: 'a numbered heading between two tables is a row of its own, and the next table’s first row opens after it',
      paragraph: '二、绩效指标完成情况',
      rows: [['资金总额', '80.00'], ['二、绩效指标完成情况'], ['一级指标', '三级指标', '得分'], ['产出指标', '培训人次', '9']],
    },
    {
      when: 'a bracketed heading likewise',
      paragraph: '（二）指标评分',
      rows: [['资金总额', '80.00'], ['（二）指标评分'], ['一级指标', '三级指标', '得分'], ['产出指标', '培训人次', '9']],
    },
    {
      when: 'a cell’s rest after an empty line continues the cell above, as before',
      paragraph: '专项经费',
      rows: [['资金总额', '80.00\n专项经费', '一级指标', '三级指标', '得分'], ['产出指标', '培训人次', '9']],
    },
  ];
  it.each(cases)('$when', ({ paragraph, rows }) => {
    const lines = docx2txt([['资金总额', '80.00'], paragraph, ['一级指标', '三级指标', '得分'], ['产出指标', '培训人次', '9']]);
    expect(readRows(lines)).toEqual(rows);
  });
});

describe('a scoring sheet with a 分值 after each level, one cell per tab-led line, its header again after a page break', () => {
  const sheet = [
    '项目支出绩效自评表',
    '（2024年度）',
    '一、项目基本情况',
    ...docx2txt([
      ['项目名称', '乡村学校营养餐配送'],
      ['项目实施单位', '石门县教育服务中心', '主管部门', '石门县教育局'],
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '执行率'],
      ['', '年度资金总额', '96.00', '96.00', '90.24', '94.00%'],
    ]),
    ...docx2txt([
      '二、绩效评价指标评分',
      ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
      ['项目决策', '30', '项目目标', '10', '目标明确性', '10', '9'],
      ['', '', '决策过程', '20', '决策程序', '20', '18'],
      ['项目管理', '30', '资金管理', '30', '资金使用', '30', '27'],
    ]),
    '- 1 -',
    '',
    ...docx2txt([
      ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
      ['项目绩效', '40', '项目产出', '20', '配送覆盖率', '20', '20'],
      ['', '', '项目效益', '20', '学生满意度', '20', '17'],
      ['总分', '100', '', '', '', '', '91'],
    ]),
  ].join('\n');

  it('reads the rows of both pages, the heading above the header no part of the funds rows', () => {
    const document = readText(sheet);
    const indicators = document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.level2, indicator.name, indicator.weight, indicator.score]) : [];
    expect(indicators).toEqual([
      ['项目目标', '目标明确性', '10', '9'],
      ['决策过程', '决策程序', '20', '18'],
      ['资金管理', '资金使用', '30', '27'],
      ['项目产出', '配送覆盖率', '20', '20'],
      ['项目效益', '学生满意度', '20', '17'],
    ]);
  });
});
