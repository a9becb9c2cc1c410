/**
 * A 部门整体 evaluation sheet of 一级 / 二级 / 指标名称 / 指标解释说明 / 评分标准 / 得分 (a Hebei procuratorate's page,
 * twenty-seventh study): 三级指标 over 指标名称 and 指标解释说明 in a two-row header, the names carrying their weights as
 * the 二级 do ("职能相符(2分)" under "目标设定情况(6分)"), the explanations with their 评价要点. Written one cell per line,
 * the merged levels leave no line, so a row's level cells are placed from the right. Our own rows of that structure.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../text/read-text.ts';

const header = ['一级指标', '二级指标', '三级指标', '评分标准', '得分', '指标名称', '指标解释说明'];
const rows = [
  ['投入(10)', '目标设定情况(6分)', '职能相符(2分)', '整体目标是否符合职能。', '符合(2);不符合(0)。', '2'],
  ['工作计划性(4分)', '年度工作计划是否完整。评价要点:1.计划经会议研究;2.计划细化到科室。', '全部符合(4);其中一项不符合(0)。', '3'],
  ['预算配置情况(4分)', '在职人员控制率(4分)', '在职人员数与编制数的比率。', '小于或等于100%的,得满分。', '4'],
  ['过程(10)', '预算执行情况(10分)', '预算完成率(10分)', '预算完成数与预算数的比率。', '预算完成率×10分。', '9.5'],
];

const scored = (text: string) =>
  readText(text)?.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.score]);

const expected = [
  ['投入', '目标设定情况', '职能相符', '2', '2'],
  ['投入', '目标设定情况', '工作计划性', '4', '3'],
  ['投入', '预算配置情况', '在职人员控制率', '4', '4'],
  ['过程', '预算执行情况', '预算完成率', '10', '9.5'],
];

const title = '示范县人民检察院2023年度部门整体支出绩效自评表';

describe('a score sheet of names with their explanations, one cell per line', () => {
  it.each([
    ['cells one per line', (cell: string) => [cell]],
    ['cells closed by " |"', (cell: string) => [`${cell} |`]],
    ['each cell’s pipe on the next line', (cell: string) => [cell, '|']],
  ])('reads each row’s last level cells from the right, the names with their weights and 得分 (%s)', (_case, write) => {
    const text = [title, ...[...header, ...rows.flat()].flatMap(write), ...['合计', '25', '18.5'].flatMap(write)].join('\n');
    expect(readText(text)?.kind).toBe('self-evaluation');
    expect(scored(text)).toEqual(expected);
  });

  it('reads the same sheet as tab rows, the two header rows as one', () => {
    const tabRows = [['一级指标', '二级指标', '指标名称', '指标解释说明', '评分标准', '得分'], ...rows.map((cells) => [...Array(6 - cells.length).fill(''), ...cells])];
    expect(scored([title, ...tabRows.map((cells) => cells.join('\t'))].join('\n'))).toEqual(expected);
  });

  it('reads a sheet with a 分值 column between the name and its explanation from the left, as before', () => {
    const withWeights = [
      ['一级指标', '二级指标', '三级指标', '分值', '指标解释', '评分标准', '得分'],
      ['投入(10)', '目标设定情况(6分)', '职能相符', '2', '整体目标是否符合职能。', '符合(2);不符合(0)。', '2'],
      ['工作计划性', '4', '年度工作计划是否完整。', '全部符合(4)。', '3'],
    ];
    const text = [title, ...withWeights.flat()].join('\n');
    expect(scored(text)?.map((indicator) => indicator.slice(2))).toEqual([
      ['职能相符', '2', '2'],
      ['工作计划性', '4', '3'],
    ]);
  });
});
