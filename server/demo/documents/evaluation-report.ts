/**
 * A demo 整体支出绩效评价报告 in the shape of sample 003 (道县公安局 2023): narrative sections and
 * itemised money lists whose items add up to their totals.
 */
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { createJusticeEvaluationReport } from './justice.ts';
import type { DemoTheme } from './target-table.ts';

export function createDemoEvaluationReport(input: { unit: string; year: number; theme?: Exclude<DemoTheme, 'education'> }): PerformanceDocument {
  if (input.theme === 'justice') return createJusticeEvaluationReport(input);
  const document = createEmptyDocument('evaluation-report');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = { total: '6820.40', executed: '6695.12' };
  document.report = {
    sections: [
      { title: '部门基本情况', text: `${input.unit}内设机构12个，下设派出所9个，年末在职人员356人。主要职能为维护社会治安、打击违法犯罪、服务人民群众。` },
      { title: '一般公共预算支出情况', text: '全年一般公共预算支出6520.40万元，其中基本支出5210.75万元，项目支出1309.65万元。' },
      { title: '政府性基金预算支出情况', text: '政府性基金预算支出180.00万元，全部用于道路交通安全设施建设。' },
      { title: '绩效情况', text: '年度绩效目标基本完成，自评得分99.07分，等级为优。开展治安巡逻1850次，未达年度目标2000次。' },
      { title: '存在的问题及原因分析', text: '一是汛期警力抽调导致巡逻次数未达目标；二是部分项目资金支付进度偏慢。' },
      { title: '下一步改进措施', text: '优化勤务排班，加快项目资金支付进度，强化绩效目标执行监控。' },
      { title: '自评结果拟应用和公开情况', text: '自评结果作为下年度预算安排的重要依据，并随部门决算在政府门户网站公开。' },
    ],
    moneyLists: [
      {
        label: '基本支出',
        amount: '5210.75',
        items: [
          { label: '工资福利支出', amount: '4120.30' },
          { label: '商品和服务支出', amount: '890.45' },
          { label: '对个人和家庭的补助', amount: '200.00' },
        ],
      },
      {
        label: '政府性基金预算支出',
        amount: '180.00',
        items: [
          { label: '交通信号设施改造', amount: '112.50' },
          { label: '道路监控补点建设', amount: '67.50' },
        ],
      },
    ],
  };
  return document;
}
