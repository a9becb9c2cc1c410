import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

/** A 申报表 whose names keep the template's placeholder hints (an Anhui county's page, twenty-third study). */
function table(name: string): string {
  return ['项目支出绩效目标申报表', '项目名称\t安置小区保洁', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t保洁小区数量\t6个', `满意度指标\t服务对象满意度指标\t${name}\t≥90%`].join('\n');
}

describe('a template’s placeholder hint left in an indicator’s name', () => {
  it.each([
    ['小区居民满意度(≥**%)', '小区居民满意度'],
    ['小区居民满意度（≥**%）', '小区居民满意度'],
    ['指标1:项目总成本(≤**万元)', '项目总成本'],
    ['居民满意度(问卷)', '居民满意度(问卷)'],
    ['满意度**调查', '满意度**调查'],
  ])('reads %j as %j', (written, name) => {
    const indicators = readText(table(written))?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => indicator.name)).toContain(name);
  });
});
