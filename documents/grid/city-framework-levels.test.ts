import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

/** The indicators of a table as [name, 一级, 二级, weight, score]. */
function indicatorsOf(rows: ReadonlyArray<readonly string[]>): string[][] {
  const table = readIndicatorGrid(gridOf(rows));
  return table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.level1, indicator.level2, indicator.weight ?? '', indicator.score ?? '']);
}

describe('项目产出 / 项目效益 as 一级 of a city framework, and as 二级 of the 2013 framework', () => {
  it.each([
    ['项目产出（35分）', '项目效益（30分）'],
    ['项目产出', '项目效益'],
    ['项 目 产 出', '项目效益(30分)'],
  ])('reads %s / %s in the 一级 column as 产出 and 效益', (output, outcome) => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '分值', '指标值（A）', '全年实际值（B）', '得分'],
      ['项目决策（10分）', '项目立项', '立项相关性', '10', '—', '符合规划', '10'],
      [output, '数量指标（15分）', '实验开出数', '15', '≥120个', '124个', '15'],
      ['', '质量指标（10分）', '实验合格率', '10', '≥95%', '97%', '10'],
      [outcome, '社会效益指标', '考核通过率', '15', '≥90%', '92%', '13'],
      ['', '服务对象满意度指标（10分）', '学生满意度', '10', '≥90%', '91%', '8'],
    ];
    expect(indicatorsOf(rows)).toEqual([
      ['立项相关性', '决策', '项目立项', '10', '10'],
      ['实验开出数', '产出指标', '数量指标', '15', '15'],
      ['实验合格率', '产出指标', '质量指标', '10', '10'],
      ['考核通过率', '效益指标', '社会效益指标', '15', '13'],
      ['学生满意度', '效益指标', '服务对象满意度指标', '10', '8'],
    ]);
  });

  it('keeps 项目产出 a 二级 under 项目绩效 (a 分值 after each level)', () => {
    const rows = [
      ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
      ['项目绩效', '55', '项目产出', '15', '产出数量', '5', '5'],
      ['', '', '项目效益', '40', '社会效益', '10', '9'],
    ];
    expect(indicatorsOf(rows).map((row) => row.slice(0, 3))).toEqual([
      ['产出数量', '项目绩效', '项目产出'],
      ['社会效益', '项目绩效', '项目效益'],
    ]);
  });
});

describe('the template’s empty 指标N： place above a numbered name', () => {
  it('reads the name under it without either number', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '分值', '指标值（A）', '全年实际值（B）', '得分'],
      ['项目效益（30分）', '经济效益指标', '指标1：', '', '', '', ''],
      ['', '社会效益指标', '1.考核通过率', '15', '≥90%', '92%', '13'],
      ['', '可持续影响指标', '1.实验常态开展', '5', '长期', '持续开展', '5'],
    ];
    expect(indicatorsOf(rows).map((row) => row.slice(0, 3))).toEqual([
      ['考核通过率', '效益指标', '社会效益指标'],
      ['实验常态开展', '效益指标', '可持续影响指标'],
    ]);
  });

  it('keeps a figure that opens a name after the template’s number (指标1：1.5万亩…)', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '分值', '指标值（A）', '全年实际值（B）', '得分'],
      ['项目产出（35分）', '数量指标', '指标1：1.5万亩示范区建成', '15', '建成', '建成', '15'],
    ];
    expect(indicatorsOf(rows)[0]?.[0]).toBe('1.5万亩示范区建成');
  });
});
