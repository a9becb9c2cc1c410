import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../core/model.ts';
import { listLevel1Options, listLevel2Options } from './level-options.ts';

const goals: Goal[] = [
  {
    name: '目标一',
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '巡逻次数', target: null },
      { level1: '产出指标', level2: '办案数量', name: '立案数', target: null },
      { level1: '效益指标', level2: '社会效益指标', name: '群众安全感', target: null },
    ],
  },
];

describe('the level names offered on a phone', () => {
  it('offers the document’s own 一级 first, then the template’s four, without the evaluation frameworks’ levels', () => {
    expect(listLevel1Options(goals)).toEqual(['产出指标', '效益指标', '满意度指标', '成本指标']);
    expect(
      listLevel1Options([
        { name: '', indicators: [{ level1: '履职产出', level2: '', name: '', target: null }] },
      ])[0],
    ).toBe('履职产出');
    expect(listLevel1Options([])).not.toContain('决策');
  });

  it('offers under 产出 the document’s 二级 there, then 数量/质量/时效 and the 成本 kinds older templates put under it', () => {
    const options = listLevel2Options(goals, '产出指标');
    expect(options.slice(0, 2)).toEqual(['数量指标', '办案数量']);
    expect(options).toEqual(expect.arrayContaining(['质量指标', '时效指标', '成本指标', '经济成本指标']));
    expect(options).not.toContain('社会效益指标');
    expect(options).not.toContain('产出数量');
  });

  it('offers the 效益 and 满意度 二级 under their 一级, and only the document’s own under an unknown one', () => {
    expect(listLevel2Options(goals, '效益指标')).toEqual([
      '社会效益指标',
      '经济效益指标',
      '生态效益指标',
      '可持续影响指标',
    ]);
    expect(listLevel2Options(goals, '满意度指标')).toContain('服务对象满意度指标');
    expect(listLevel2Options(goals, '其他')).toEqual([]);
  });
});
