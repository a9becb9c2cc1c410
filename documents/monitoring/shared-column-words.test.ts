import { describe, expect, it } from 'vitest';
import { columnWordings, matchColumnRole, monitoringColumnWordings, type ColumnRole } from '../vocabulary/columns.ts';
import { readMonitoring } from './index.ts';
import { matchIndicatorColumn, type IndicatorColumn } from './vocabulary.ts';

/** What a shared role is in a monitoring table (its 实际完成值 is the progress so far). */
const monitoringColumnOf: Partial<Record<ColumnRole, IndicatorColumn>> = {
  level1: 'level1',
  level2: 'level2',
  name: 'name',
  target: 'target',
  initialTarget: 'target',
  actual: 'actualToDate',
  actualToDate: 'actualToDate',
  forecast: 'forecast',
  likelihood: 'likelihood',
  deviation: 'explanation',
  remark: 'note',
};

describe('one column vocabulary for the monitoring reader and the other table readers', () => {
  it('reads every wording of the shared vocabulary as the monitoring column of its role', () => {
    for (const { role, exact } of columnWordings) {
      const column = monitoringColumnOf[role];
      if (column === undefined) continue;
      // The 偏差原因 heading over sub-columns is the one wording a monitoring table reads its own way.
      for (const wording of exact.filter((text) => !monitoringColumnWordings.some(({ pattern }) => pattern.test(text)))) {
        expect([wording, matchIndicatorColumn(wording)]).toEqual([wording, column]);
      }
    }
  });

  it('reads the monitoring wordings of shared roles in the other readers too', () => {
    const wordings: Array<[string, ColumnRole]> = [
      ['半年度指标执行情况', 'actualToDate'],
      ['上半年实际完成', 'actualToDate'],
      ['前三季度完成值', 'actualToDate'],
      ['1-8月份实际完成值', 'actualToDate'],
      ['1—7月阶段性完成值', 'actualToDate'],
      ['全年预计实现值', 'forecast'],
      ['完成目标可能性', 'likelihood'],
    ];
    for (const [wording, role] of wordings) {
      expect([wording, matchColumnRole(wording)]).toEqual([wording, role]);
      expect([wording, matchIndicatorColumn(wording)]).toEqual([wording, monitoringColumnOf[role]]);
    }
  });

  it('keeps the columns only monitoring tables have out of the shared roles', () => {
    for (const wording of ['纠偏措施', '拟采取的措施', '经费保障', '确定能', '有可能', '完全不可能']) {
      expect(matchColumnRole(wording)).toBeNull();
      expect(matchIndicatorColumn(wording)).not.toBeNull();
    }
  });

  it('reads a monitoring table written with the other readers’ wordings (具体指标, 年度计划值, 截至目前完成值)', () => {
    const lines = [
      '项目支出绩效运行监控表',
      '项目名称\t渔港码头日常维护',
      '一级指标\t二级指标\t具体指标\t年度计划值\t截至目前完成值\t全年预计完成值\t完成可能性\t未完成原因说明',
      '产出指标\t数量指标\t码头巡查次数\t≥240次\t118次\t245次\t确定能\t',
      '满意度指标\t服务对象满意度指标\t渔民满意度\t≥90%\t未调查\t92%\t确定能\t',
    ];
    const indicators = readMonitoring(lines, 'project').goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.monitoring?.likelihood])).toEqual([
      ['码头巡查次数', '≥240次', 'certain'],
      ['渔民满意度', '≥90%', 'certain'],
    ]);
  });

  it('reads 存在问题及原因, 原因分类 and 拟采取的措施 each in its place (a province\'s 绩效监控表, seventeenth study)', () => {
    const lines = [
      '2024年省级财政专项项目绩效监控表',
      '项目名称\t渔港码头日常维护',
      '资金情况（万元）\t年度预算数\t1—7月执行数\t执行率',
      '\t80.00\t30.00\t37.50%',
      '一级指标\t二级指标\t三级指标\t年度指标值\t1—7月阶段性完成值\t存在问题及原因\t原因分类\t拟采取的措施',
      '产出指标\t数量指标\t码头巡查次数\t≥240次\t118次\t汛期停航两周\t客观因素\t下半年加密巡查',
      '满意度指标\t服务对象满意度指标\t渔民满意度\t≥90%\t未调查\t\t\t',
    ];
    const document = readMonitoring(lines, 'project');
    const indicators = document.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.monitoring?.actualToDate?.text, indicator.monitoring?.explanation, indicator.monitoring?.correctiveAction])).toEqual([
      ['码头巡查次数', '118次', '汛期停航两周', '下半年加密巡查'],
      ['渔民满意度', '未调查', null, null],
    ]);
    expect(document.budget).toMatchObject({ adjusted: '80.00', executedToDate: '30.00' });
  });
});

describe('the year goal and its progress when a converter repeats merged cells (python-docx)', () => {
  it.each([
    [['年度绩效目标\t完成码头巡查240次。\t完成码头巡查240次。', '1—7月目标完成情况\t已巡查118次。\t已巡查118次。'], '完成码头巡查240次。', '已巡查118次。'],
    [['年度绩效目标\t完成码头巡查240次。', '1—7月目标完成情况\t已巡查118次。'], '完成码头巡查240次。', '已巡查118次。'],
    // A result worded as the goal, on its own line, stays the result.
    [['年度绩效目标\t完成码头巡查240次。', '1—7月目标完成情况\t完成码头巡查240次。'], '完成码头巡查240次。', '完成码头巡查240次。'],
  ])('%j gives the goal %s and the result %s', (rows, goal, result) => {
    const lines = [
      '2024年项目绩效监控表',
      '项目名称\t渔港码头日常维护',
      ...rows,
      '一级指标\t二级指标\t三级指标\t年度指标值\t1—7月完成值',
      '产出指标\t数量指标\t码头巡查次数\t≥240次\t118次',
    ];
    const document = readMonitoring(lines, 'project');
    expect([document.overallGoal, document.overallResult]).toEqual([goal, result]);
  });
});
