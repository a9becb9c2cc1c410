import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

const header = ['一级指标', '二级指标', '三级指标', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重', '是否核心指标'];

describe('Chongqing-style 得分系数 and 是否核心指标 columns', () => {
  it('keeps the coefficient and the core flag on each indicator', () => {
    const read = readIndicatorGrid(
      gridOf([
        header,
        ['产出指标', '数量指标', '巡查河段', '≥40公里', '≥40公里', '38公里', '95', '10', '是'],
        ['', '质量指标', '水质达标率', '≥90%', '≥90%', '92%', '100', '20', '否'],
        ['效益指标', '社会效益指标', '沿岸宣传', '持续开展', '持续开展', '已开展', '', '10', ''],
      ]),
    );
    const indicators = read.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.scoreCoefficient ?? null, indicator.isCore ?? null, indicator.weight])).toEqual([
      ['95', true, '10'],
      ['100', false, '20'],
      [null, null, '10'],
    ]);
  });
});
