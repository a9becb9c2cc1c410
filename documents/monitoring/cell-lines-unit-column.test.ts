import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

/**
 * An own 项目支出绩效运行监控表 with a 计量单位 column, one cell per line (pdftotext without -layout): a row whose
 * target needs no unit (建立, a deadline, a value with its unit written in it) leaves no line for it, so its
 * 1-N月 value would stand in the unit's place and every cell after it one column left.
 */
const head = ['项目支出绩效运行监控表', '（2024年1-8月）', '项目名称', '乡镇卫生院设备更新', '实施单位', '临溪县卫生健康局'];
const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '计量单位', '1-8月实际完成值', '完成目标可能性', '偏差原因'];

function read(rows: readonly string[][]) {
  const document = readText([...head, ...header, ...rows.flat()].join('\n'));
  return [...eachIndicator(document ?? { goals: [] })].map(({ indicator }) => [indicator.name, indicator.target?.text ?? '', indicator.monitoring?.actualToDate?.text ?? '', indicator.monitoring?.likelihood ?? '']);
}

describe('a 监控表 with a 计量单位 column, one cell per line', () => {
  it.each([
    { target: 'a qualitative word', cells: ['可持续影响指标', '设备维保制度建立', '建立', '已建立', '确定能'], expected: ['设备维保制度建立', '建立', '已建立', 'certain'] },
    { target: 'a deadline', cells: ['时效指标', '设备投入使用时间', '2024年11月底前', '部分已投入使用', '有可能', '安装调试延后'], expected: ['设备投入使用时间', '2024年11月底前', '部分已投入使用', 'possible'] },
    { target: 'a value with its unit in it', cells: ['质量指标', '设备验收合格率', '≥90%', '91%', '确定能'], expected: ['设备验收合格率', '≥90%', '91%', 'certain'] },
    { target: 'a bare figure and its unit (its 二级 merged above)', cells: ['更新医疗设备台数', '≥54', '台', '30', '确定能'], expected: ['更新医疗设备台数', '≥54台', '30台', 'certain'] },
  ])('reads a row whose target is $target in its columns', ({ cells, expected }) => {
    const rows = [['产出指标', '数量指标', '采购设备批次', '≥3', '批', '2', '确定能'], cells, ['满意度指标', '服务对象满意度指标', '医务人员满意度', '≥85', '%', '88', '确定能']];
    expect(read(rows)).toEqual([
      ['采购设备批次', '≥3批', '2批', 'certain'],
      expected,
      ['医务人员满意度', '≥85%', '88%', 'certain'],
    ]);
  });
});
