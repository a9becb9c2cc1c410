import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';
import { oneLineCells } from './one-line.ts';

// A document site's text of a Word monitoring table: everything on one line, non-empty cells separated by single spaces.
const oneLine =
  '项目支出绩效运行监控表 （2024年度） 项目名称 河口镇污水管网维护 主管部门 河口县住房和城乡建设局 实施单位 河口县市政服务中心 ' +
  '项目资金（万元） 年初预算数 1-6月执行数 全年预计执行数 年度资金总额 80 35.5 80 ' +
  '一级指标 二级指标 三级指标 年度指标值 1-6月完成值 完成目标可能性 偏差原因分析 ' +
  '产出指标 数量指标 管网疏通长度 ≥12公里 7公里 确定能 时效指标 维修响应时长 ≤24小时 20小时 确定能 ' +
  '满意度指标 服务对象满意度指标 沿街商户满意度 ≥90% 88% 有可能 进度偏慢';

describe('a monitoring table written as one line with single spaces', () => {
  it('reads the header, the funds and every indicator row', () => {
    const document = readText(oneLine);
    expect(document).toMatchObject({ kind: 'monitoring', year: 2024, project: '河口镇污水管网维护', unit: '河口县市政服务中心', supervisor: '河口县住房和城乡建设局' });
    expect(document?.budget).toMatchObject({ initial: '80', executedToDate: '35.5', forecast: '80' });
    const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text, indicator.monitoring?.likelihood]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', '管网疏通长度', '≥12公里', '7公里', 'certain'],
      ['产出指标', '时效指标', '维修响应时长', '≤24小时', '20小时', 'certain'],
      ['满意度指标', '服务对象满意度指标', '沿街商户满意度', '≥90%', '88%', 'possible'],
    ]);
  });

  it('finds the title year behind a file\'s metadata', () => {
    const document = readText(`admin 张三 2024-01-05T08:00:00Z 2024-01-06T09:30:00Z 3 120 684 Normal 12.00 False False False ${oneLine}`);
    expect(document).toMatchObject({ kind: 'monitoring', year: 2024, unit: '河口县市政服务中心' });
    expect([...eachIndicator(document!)]).toHaveLength(3);
  });

  it('leaves a text with lines, or one line without an indicator header, as written', () => {
    expect(oneLineCells(['项目支出绩效运行监控表', '项目名称\t河口镇污水管网维护'])).toBeNull();
    expect(oneLineCells([oneLine.replace('一级指标 二级指标 三级指标', '指标')])).toBeNull();
    expect(oneLineCells([oneLine.replaceAll(' ', '  ')])).toBeNull();
  });
});
