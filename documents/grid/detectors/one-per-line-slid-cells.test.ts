import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

function read(lines: readonly string[]) {
  return readIndicatorGrid(recoverTextGrid(lines).grid).goals.flatMap((goal) => goal.indicators);
}

describe('cells one per line, empty cells leaving no line (pdftotext without -layout)', () => {
  it('reads 满意度 as the 二级 of 效果 in a framework table (规划 / 执行 / 效果), not as a 一级', () => {
    const indicators = read([
      '一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分',
      '规划（30分）', '目标设定', '目标编制规范性', '规范', '规范', '30', '30',
      '效果（70分）', '职责履行', '巡河任务完成率', '=100%', '100%', '40', '40',
      '满意度', '沿河居民满意度', '≥85%', '88%', '30', '30',
    ]);
    expect(indicators.map((indicator) => [indicator.name, indicator.level2, indicator.target?.text])).toEqual([
      ['目标编制规范性', '目标设定', '规范'],
      ['巡河任务完成率', '职责履行', '=100%'],
      ['沿河居民满意度', '满意度', '≥85%'],
    ]);
    expect(indicators.at(-1)?.level1).toBe(indicators[1]?.level1);
  });

  it('keeps 满意度 a 一级 in a table of the usual levels, its 二级 after it', () => {
    const indicators = read([
      '一级指标', '二级指标', '三级指标', '指标值',
      '效益指标', '社会效益指标', '河道断面达标率', '≥90%',
      '满意度', '服务对象满意度指标', '沿河居民满意度', '≥85%',
    ]);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2])).toEqual([
      ['效益指标', '社会效益指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
  });

  it('keeps the text of the second goal between 目标二 and its repeated header out of the indicators', () => {
    const header = ['一级指标', '二级指标', '三级指标', '指标值'];
    const indicators = read([
      '目标一', '完成河道巡查。', ...header, '产出指标', '数量指标', '巡查河段数', '≥12段',
      '目标二', '改善河道水质。', ...header, '效益指标', '生态效益指标', '水质达标率', '≥95%',
    ]);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text])).toEqual([
      ['巡查河段数', '≥12段'],
      ['水质达标率', '≥95%'],
    ]);
  });

  it('leaves an empty 指标方向 and 计量单位 empty: a value is no direction word, a 序号 no unit', () => {
    const indicators = read([
      '序号', '一级指标', '二级指标', '指标名称', '指标性质', '指标方向', '指标值', '度量单位',
      '1', '产出指标', '数量指标', '疏浚河道长度', '定量', '正向', '8', '公里',
      '2', '效益指标', '生态效益指标', '河岸景观改善', '定性', '明显改善',
      '3', '满意度指标', '服务对象满意度指标', '沿河居民满意度', '定量', '正向', '85', '%',
    ]);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text])).toEqual([
      ['疏浚河道长度', '≥8公里'],
      ['河岸景观改善', '明显改善'],
      ['沿河居民满意度', '≥85%'],
    ]);
  });
});

describe('a 偏差原因 and an 改进措施 column, one cell per line', () => {
  it('reads 改进措施 after 偏差原因 as a column of the header, not as the end of the table', () => {
    const indicators = read([
      '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因', '改进措施',
      '产出指标', '数量指标', '修缮校舍间数', '≥12间', '10间', '40', '33.33', '两间校舍雨季停工', '暑期集中修缮',
      '质量指标', '修缮验收合格率', '=100%', '100%', '30', '30',
      '满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', '93%', '30', '30',
    ]);
    expect(indicators.map((indicator) => [indicator.name, indicator.level2, indicator.target?.text, indicator.score])).toEqual([
      ['修缮校舍间数', '数量指标', '≥12间', '33.33'],
      ['修缮验收合格率', '质量指标', '=100%', '30'],
      ['师生满意度', '服务对象满意度指标', '≥90%', '30'],
    ]);
  });
});

describe('a row under the table one cell per line (说明 / 无)', () => {
  it('reads 说明 and its text as a row of their own, neither the last row’s reason nor an indicator', () => {
    const indicators = read([
      '一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因分析',
      '产出指标', '数量指标', '修缮校舍间数', '≥12间', '12间',
      '满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', '93%',
      '说明', '无',
    ]);
    expect(indicators.map((indicator) => [indicator.name, indicator.actual?.text, indicator.deviation ?? ''])).toEqual([
      ['修缮校舍间数', '12间', ''],
      ['师生满意度', '93%', ''],
    ]);
  });
});
