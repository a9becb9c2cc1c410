import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';

const header = '一级指标二级指标三级指标分值指标值（A）全年实际值（B）得分未完成原因分析及改进措施';

function rowsOf(stream: string): string[][] {
  const read = readIndicatorGrid(recoverGrid([`某市本级部门项目支出绩效自评表（2022年）项目名称耗材补助${header}${stream}总分10093`]).grid);
  return read.goals
    .flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight ?? '', indicator.target?.text ?? '', indicator.actual?.text ?? '', indicator.score ?? '']);
}

describe('a framework sheet run together: 分值 before the values, text values, placeholders', () => {
  it.each([
    // A placeholder target and a text actual before the score; the 决策-bound 二级 项目目标.
    ['项目决策（10分）项目目标目标完整性4—目标明确、任务量化4', ['决策', '项目目标', '目标完整性', '4', '—', '目标明确、任务量化', '4']],
    // A text actual with a comma before the score; a reason after it.
    ['项目决策（10分）项目立项立项规范性6—程序完整，审批齐全5审批材料归档迟', ['决策', '项目立项', '立项规范性', '6', '—', '程序完整，审批齐全', '5']],
    // Dates are one value each.
    ['项目产出（35分）时效指标（5分）采购完成时间52022年9月前2022年9月5', ['产出指标', '时效指标', '采购完成时间', '5', '2022年9月前', '2022年9月', '5']],
    // Two text values side by side part where their costs say.
    ['项目效益（30分）可持续影响指标教学常态化开展5长期持续开展5', ['效益指标', '可持续影响指标', '教学常态化开展', '5', '长期', '持续开展', '5']],
  ])('reads %s', (stream, expected) => {
    expect(rowsOf(stream)[0]).toEqual(expected);
  });

  it('drops the template’s empty 指标N： places and an empty 二级 group', () => {
    const rows = rowsOf('项目产出（35分）数量指标（15分）开出实验数15≥120个124个15指标2：质量指标（10分）实验合格率10≥95%97%10项目效益（30分）经济效益指标指标1：社会效益指标操作考核通过率15≥90%92%13个别班级训练不足');
    expect(rows.map((row) => [row[1], row[2], row[6]])).toEqual([
      ['数量指标', '开出实验数', '15'],
      ['质量指标', '实验合格率', '10'],
      ['社会效益指标', '操作考核通过率', '13'],
    ]);
  });

  it('cuts rows rather than reading them into one long reason', () => {
    const rows = rowsOf('项目管理（25分）预算执行率10—95%9部分耗材未结算财务制度有效性7—制度健全，核算规范7项目产出（35分）数量指标开出实验数15≥120个124个15');
    expect(rows.map((row) => row[2])).toEqual(['预算执行率', '部分耗材未结算财务制度有效性', '开出实验数']);
  });

  it('reads the 项目管理 二级 of city frameworks (投入管理, 财务管理, 项目实施) before their names', () => {
    const rows = rowsOf('项目管理（25分）投入管理预算执行率10—95%9部分耗材未结算财务管理财务制度有效性7—制度健全，核算规范7项目实施监控有效性8—按季度开展监控7');
    expect(rows.map((row) => [row[0], row[1], row[2], row[6]])).toEqual([
      ['过程', '投入管理', '预算执行率', '9'],
      ['过程', '财务管理', '财务制度有效性', '7'],
      ['过程', '项目实施', '监控有效性', '7'],
    ]);
  });
});

describe('column words found by their patterns, likelihood words, dates', () => {
  const monitoring = '一级指标二级指标三级指标年度指标值1-6月实际完成值完成目标可能性偏差原因及改进措施';

  it.each([
    ['产出指标数量指标管网疏通长度≥12公里7公里确定能', ['管网疏通长度', '≥12公里', '7公里', '确定能', '']],
    ['产出指标时效指标疏通完成时间2024年10月底前2024年6月有可能汛期作业受限，错峰施工', ['疏通完成时间', '2024年10月底前', '2024年6月', '有可能', '汛期作业受限，错峰施工']],
    ['产出指标质量指标验收合格率=100%100%完全不可能', ['验收合格率', '=100%', '100%', '完全不可能', '']],
  ])('reads %s under a 1-6月 header', (stream, expected) => {
    const rows = recoverGrid([`某县2024年1-6月项目支出绩效监控表项目名称管网维护${monitoring}${stream}`]).grid.rows.map(rowTexts);
    const header = rows.find((texts) => texts.includes('一级指标'));
    expect(header).toContain('截至目前完成值');
    const row = rows.find((texts) => texts.includes(expected[0] as string)) ?? [];
    expect([row[2], row[3], row[4], row[5], row[6] ?? '']).toEqual(expected);
  });

  it('reads a rate unit (万元/个, 元/人·月) as one unit', () => {
    const target = '项目支出绩效目标表（2024年度）项目名称集贸市场改造一级指标二级指标三级指标指标值产出指标成本指标单个市场补助标准≤40万元/个质量指标验收合格率=100%';
    const rows = recoverGrid([target]).grid.rows.map(rowTexts);
    expect(rows.find((texts) => texts.includes('单个市场补助标准'))?.[3]).toBe('≤40万元/个');
  });

  it.each([
    ['长效管护机制健全', '长效管护机制', '健全'],
    ['资金使用达到预期', '资金使用', '达到预期'],
    ['设施运行状况良好', '设施运行状况', '良好'],
  ])('cuts a qualitative value off its name: %s', (glued, name, value) => {
    const target = `项目支出绩效目标表（2024年度）项目名称管护一级指标二级指标三级指标指标值产出指标数量指标管护里程≥12公里效益指标可持续影响指标${glued}满意度指标服务对象满意度指标群众满意度≥90%`;
    const rows = recoverGrid([target]).grid.rows.map(rowTexts);
    expect(rows.find((texts) => texts.includes(name))?.[3]).toBe(value);
  });
});
