import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

/**
 * An own 项目支出绩效运行监控表 as a Word table's text: one cell per line, blank lines between,
 * header words broken over two cell lines, an empty row (其他资金) whose cells left no line, an
 * empty last 偏差原因 and the analysis rows under the table (names and numbers made up).
 */
const cells = [
  '项目支出绩效运行监控表', '(2024年1-6月)', '项目名称', '社区养老服务补助', '主管部门', '桐江县民政局', '实施单位', '桐江县养老服务中心',
  '项目资金', '(万元)', '年初', '预算数', '1-6月', '执行数', '1-6月', '执行率', '全年预计', '执行数',
  '年度资金总额', '120', '54', '45%', '118',
  '其他资金', ' ', ' ', ' ', ' ',
  '一级指标', '二级指标', '三级指标', '年度', '指标值', '1-6月', '完成值', '完成目标', '可能性', '偏差原因',
  '产出指标', '数量指标', '补助养老服务站点', '≥20个', '9个', '确定能', ' ',
  '满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%', '92%', '确定能', ' ',
  '偏差原因分析', '无偏差。', '改进措施', '按计划推进。',
];

describe('a monitoring table one cell per line with blank lines between', () => {
  const document = readText(cells.join('\n\n'));

  it('reads the funds under header words broken over lines', () => {
    expect(document?.budget).toMatchObject({ initial: '120', executedToDate: '54', forecast: '118' });
  });

  it('keeps the indicator header after a funds row whose cells left no line, and ends the table at the analysis rows', () => {
    const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text, indicator.monitoring?.explanation ?? null]);
    expect(rows).toEqual([
      ['补助养老服务站点', '≥20个', '9个', null],
      ['老年人满意度', '≥90%', '92%', null],
    ]);
  });
});
