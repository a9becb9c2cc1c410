import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

describe('budget amounts written as label and amount above the indicators', () => {
  it('reads a label alone on its line with its unit note, the amount on the next line (cells one per line)', () => {
    const document = readText(
      [
        '2025年中央预算内投资计划绩效目标表',
        '专项名称', '城镇污水管网建设专项',
        '下达地方或单位', '示范县人民政府',
        '下达中央预算内投资（万元）', '1360',
        '总体目标', '新建污水管网，提高污水收集率。',
        '绩效指标', '一级指标', '二级指标', '三级指标', '指标值',
        '实施效果指标', '产出指标', '新建污水管网长度', '≥12公里',
      ].join('\n'),
    );
    expect(document?.budget.total).toBe('1360');
  });
});
