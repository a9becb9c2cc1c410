import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析'];

/** Cells one per line, empty ones leaving no line (pdftotext without -layout). */
function read(body: readonly string[], columns: readonly string[] = header) {
  return readIndicatorGrid(recoverTextGrid([...columns, ...body]).grid);
}

const rows = (table: ReturnType<typeof read>) =>
  table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.actual?.text ?? '', indicator.weight, indicator.score ?? '']);

describe('cells one per line: a date as a value, a level’s 小计', () => {
  it('reads a 时效 indicator’s date before its 分值 as its value, not as the form’s closing date', () => {
    const table = read(['产出指标', '时效指标', '验收完成时间', '2023年10月前', '2023年11月', '20', '16', '雨季延误', '质量指标', '验收合格率', '=100%', '100%', '80', '80', '总分', '100', '96']);
    expect(rows(table)).toEqual([
      ['验收完成时间', '2023年11月', '20', '16'],
      ['验收合格率', '100%', '80', '80'],
    ]);
    expect([table.totals?.weight, table.totals?.score]).toEqual(['100', '96']);
  });

  it('passes over a 小计 and its sums between levels', () => {
    const table = read(['产出指标', '数量指标', '清运垃圾量', '≥300吨', '320吨', '60', '60', '小计', '60', '60', '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '93%', '40', '40', '总分', '100', '100']);
    expect(rows(table)).toEqual([
      ['清运垃圾量', '320吨', '60', '60'],
      ['居民满意度', '93%', '40', '40'],
    ]);
  });
});

/** Tables with no number column after their values: a 目标表's 指标值 (and 备注), a 自评表 without scores. */
const unscoredHeaders = {
  target: ['一级指标', '二级指标', '三级指标', '指标值'],
  targetWithRemark: ['一级指标', '二级指标', '三级指标', '指标值', '备注'],
  selfEvaluation: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析'],
};

const lastValue = (table: ReturnType<typeof read>) =>
  table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, (indicator.actual ?? indicator.target)?.text ?? '']);

describe('cells one per line: a date as a row’s last value, no number after it', () => {
  it.each([
    {
      layout: 'a 目标表 whose next row writes its 二级',
      header: unscoredHeaders.target,
      body: ['产出指标', '时效指标', '渠道完工时间', '2024年10月', '质量指标', '验收合格率', '100%', '效益指标', '社会效益指标', '受益农户', '≥800户'],
      expected: [['渠道完工时间', '2024年10月'], ['验收合格率', '100%'], ['受益农户', '≥800户']],
    },
    {
      layout: 'a 目标表 whose next row opens with its name (levels merged above)',
      header: unscoredHeaders.target,
      body: ['产出指标', '时效指标', '渠道完工时间', '2024年10月', '设备安装时间', '2024年12月', '效益指标', '社会效益指标', '受益农户', '≥800户'],
      expected: [['渠道完工时间', '2024年10月'], ['设备安装时间', '2024年12月'], ['受益农户', '≥800户']],
    },
    {
      layout: 'a 目标表 with a 备注 after the date',
      header: unscoredHeaders.targetWithRemark,
      body: ['产出指标', '时效指标', '渠道完工时间', '2024年10月', '汛期后开工', '质量指标', '验收合格率', '100%', '效益指标', '社会效益指标', '受益农户', '≥800户'],
      expected: [['渠道完工时间', '2024年10月'], ['验收合格率', '100%'], ['受益农户', '≥800户']],
    },
    {
      layout: 'a 自评表 without scores, a reason after the date',
      header: unscoredHeaders.selfEvaluation,
      body: ['产出指标', '时效指标', '渠道完工时间', '2024年6月前', '2024年10月', '汛期停工三个月', '质量指标', '验收合格率', '100%', '100%', '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '95%'],
      expected: [['渠道完工时间', '2024年10月'], ['验收合格率', '100%'], ['农户满意度', '95%']],
    },
    {
      layout: 'a 自评表 without scores, the date and its reason before the next row’s name',
      header: unscoredHeaders.selfEvaluation,
      body: ['产出指标', '时效指标', '渠道完工时间', '2024年6月前', '2024年10月', '汛期停工三个月', '设备安装时间', '2024年9月前', '2024年9月', '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '95%'],
      expected: [['渠道完工时间', '2024年10月'], ['设备安装时间', '2024年9月'], ['农户满意度', '95%']],
    },
    {
      layout: 'a 自评表 without scores, the date at a page’s foot before the header again',
      header: unscoredHeaders.selfEvaluation,
      body: ['产出指标', '时效指标', '渠道完工时间', '2024年6月前', '2024年10月', '绩效指标', ...unscoredHeaders.selfEvaluation, '设备安装时间', '2024年9月前', '2024年9月', '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '95%'],
      expected: [['渠道完工时间', '2024年10月'], ['设备安装时间', '2024年9月'], ['农户满意度', '95%']],
    },
  ])('reads the date of $layout as the row’s value, not as the form’s closing date', ({ header: columns, body, expected }) => {
    expect(lastValue(read(body, columns))).toEqual(expected);
  });

  it.each([
    { after: 'nothing', lines: [] },
    { after: 'the signatures', lines: ['单位负责人：', '填报人：'] },
    { after: 'a note', lines: ['注：本表由项目实施单位填报。'] },
  ])('still ends the table at a date after the last row’s values, followed by $after', ({ lines }) => {
    const body = ['产出指标', '数量指标', '新建灌溉渠道', '≥12公里', '12.5公里', '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '95%', '2024年12月', ...lines];
    const table = read(body, unscoredHeaders.selfEvaluation);
    expect(lastValue(table)).toEqual([['新建灌溉渠道', '12.5公里'], ['农户满意度', '95%']]);
    expect(table.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.deviation ?? '')).toEqual(['', '']);
  });

  it('keeps the last row’s reason before the form’s date', () => {
    const body = ['产出指标', '数量指标', '新建灌溉渠道', '≥12公里', '12.5公里', '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '86%', '用水时段冲突', '2025年4月15日'];
    const indicators = read(body, unscoredHeaders.selfEvaluation).goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.actual?.text, indicator.deviation ?? ''])).toEqual([
      ['新建灌溉渠道', '12.5公里', ''],
      ['农户满意度', '86%', '用水时段冲突'],
    ]);
  });
});
