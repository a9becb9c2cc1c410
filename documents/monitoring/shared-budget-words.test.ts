import { describe, expect, it } from 'vitest';
import { budgetColumnLabels } from '../vocabulary/labels.ts';
import { monitoringBudgetColumnOfRole, monitoringBudgetColumnWordings } from '../vocabulary/columns.ts';
import { readText } from '../text/read-text.ts';
import { matchBudgetColumn } from './vocabulary.ts';

/** An own 项目 monitoring table (names and numbers made up) whose budget header uses the words given. */
function table(header: readonly string[]): string {
  return [
    '项目支出绩效运行监控表',
    '（2024年1-6月）',
    '项目名称\t河湖岸线巡查',
    '主管部门\t临江县水利局\t实施单位\t临江县河道管理所',
    `资金情况（万元）\t${header.join('\t')}`,
    '年度资金总额\t60.00\t64.00\t30.00\t46.88%\t62.00',
    '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t完成目标可能性\t偏差原因及纠偏措施',
    '产出指标\t数量指标\t巡查河段长度\t≥80公里\t42公里\t确定能\t',
  ].join('\n');
}

describe('the monitoring budget block reads the funds labels every table reader shares', () => {
  it('names each shared funds column by its monitoring column', () => {
    for (const [role, column] of Object.entries(monitoringBudgetColumnOfRole)) {
      // A monitoring wording reads its own way first: 预算调整数 is the adjustment beside 调整后预算数.
      const labels = budgetColumnLabels[role as keyof typeof monitoringBudgetColumnOfRole].filter((label) => !monitoringBudgetColumnWordings.some(({ pattern }) => pattern.test(label)));
      for (const label of labels) expect([label, matchBudgetColumn(label)]).toEqual([label, column]);
    }
    expect(matchBudgetColumn('预算调整数')).toBe('adjustment');
    expect(matchBudgetColumn('全年预计执行率')).toBe('forecastRate');
    expect(matchBudgetColumn('1-6月执行数（万元）')).toBe('executedToDate');
    expect(matchBudgetColumn('分值')).toBeNull();
  });

  it('reads a budget header in the shared wordings (年初批复数) as the monitoring wordings', () => {
    const monitoring = readText(table(['年初预算数', '调整后预算数', '1-6月执行数', '执行率', '全年预计执行数']));
    const shared = readText(table(['年初批复数', '调整后预算数', '1-6月执行数', '执行率', '全年预计执行数']));
    expect(monitoring?.budget).toMatchObject({ initial: '60.00', adjusted: '64.00' });
    expect(shared?.budget).toEqual(monitoring?.budget);
  });
});
