import { describe, expect, it } from 'vitest';
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

/** An own 监控表 one cell per line (pdftotext without -layout), names and numbers made up. */
const head = [
  '2024年1-6月项目支出绩效运行监控表', '项目名称', '村级光伏电站运维', '主管部门', '柳滩县发展和改革局',
  '项目资金', '年初预算数', '1-6月执行数', '全年预计执行数', '年度资金总额', '96', '40', '95',
  '年度总体目标', '保障村级光伏电站稳定发电。',
];
const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月实际完成值', '完成目标可能性', '偏差原因'];

const rowsOf = (document: PerformanceDocument | null) =>
  [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text, indicator.monitoring?.likelihood, indicator.monitoring?.explanation ?? null]);

describe('a monitoring table one cell per line', () => {
  it('reads a 序号 opening the header and each row as no cell of the row, and the goal without it', () => {
    const document = readText(
      [
        ...head, '序号', ...header,
        '1', '产出指标', '数量指标', '运维电站数量', '=14座', '14座', '确定能', '逆变器更换待招标',
        '2', '故障修复时长', '≤48小时', '36小时', '确定能',
        '3', '效益指标', '经济效益指标', '村集体发电收益', '≥30万元', '11万元', '有可能',
        '4', '满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '93%', '确定能',
      ].join('\n'),
    );
    expect(document?.overallGoal).toBe('保障村级光伏电站稳定发电。');
    expect(document?.overallResult ?? null).toBeNull();
    expect(rowsOf(document)).toEqual([
      ['产出指标', '数量指标', '运维电站数量', '=14座', '14座', 'certain', '逆变器更换待招标'],
      ['产出指标', '数量指标', '故障修复时长', '≤48小时', '36小时', 'certain', null],
      ['效益指标', '经济效益指标', '村集体发电收益', '≥30万元', '11万元', 'possible', null],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '93%', 'certain', null],
    ]);
  });

  it.each([
    ['with its 绩效指标 title', ['绩效指标']],
    ['right after a row whose last 偏差原因 is empty', []],
  ])('passes over the header written again after a page break, %s', (_case, title) => {
    const document = readText(
      [
        ...head, ...title, ...header,
        '产出指标', '数量指标', '运维电站数量', '=14座', '14座', '确定能',
        '质量指标', '发电设备完好率', '≥95%', '97%', '确定能',
        '- 1 -',
        ...title, ...header,
        '成本指标', '单站运维成本', '≤6.8万元', '2.9万元', '确定能',
        '满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '93%', '确定能',
      ].join('\n'),
    );
    expect(rowsOf(document).map((row) => row.slice(0, 3))).toEqual([
      ['产出指标', '数量指标', '运维电站数量'],
      ['产出指标', '质量指标', '发电设备完好率'],
      ['产出指标', '成本指标', '单站运维成本'],
      ['满意度指标', '服务对象满意度指标', '村民满意度'],
    ]);
  });

  it('passes over the upper row of a two-row header written again after a page break', () => {
    const upper = ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月实际完成值', '全年预计完成值', '偏差原因分析', '完成目标可能性', '备注'];
    const lower = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'];
    const document = readText(
      [
        ...head, ...upper, ...lower,
        '产出指标', '数量指标', '运维电站数量', '=14座', '7座', '14座', '确定能',
        '- 1 -',
        ...upper,
        '时效指标', '故障修复时长', '≤48小时', '36小时', '36小时', '确定能',
        '满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '93%', '93%', '确定能',
      ].join('\n'),
    );
    expect(rowsOf(document).map((row) => row.slice(0, 4))).toEqual([
      ['产出指标', '数量指标', '运维电站数量', '=14座'],
      ['产出指标', '时效指标', '故障修复时长', '≤48小时'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%'],
    ]);
  });
});

