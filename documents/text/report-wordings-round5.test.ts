/**
 * Fifth round of report wordings (docs/layouts.md "Several projects, letter scales, rates without a base",
 * reports-25): money wordings of stored 自评报告 pages (Yunnan 项目支出绩效单位自评报告 with 年初批复 / 调整预算后 /
 * 实际到位, Sichuan 部门预算项目 自评表 text, Guangdong 省级财政资金 reports), written again with invented units,
 * projects and figures. Rows through the import path; near misses hold what must not be read.
 */
import { describeWordingRows, type WordingRow } from '../../test-support/report-wordings.ts';

const budgetRows: WordingRow[] = [
  {
    wording: '全年预算 without 数 at a clause start (the lead-in 全年 kept before 预算)',
    body: ['全年预算40万元，全年执行数38万元。'],
    facts: { 'budget.adjusted': '40', 'budget.executed': '38', 'finding[report-budget-unqualified]': null },
  },
  {
    wording: '全年预算 after 年初预算 and an addition',
    body: ['项目年初预算60万元，年中追加10万元，全年预算70万元，实际支出68.6万元，结余1.4万元。'],
    facts: { 'budget.initial': '60', 'budget.adjusted': '70', 'budget.executed': '68.6' },
  },
  {
    wording: '项目共安排资金 as the initial budget',
    body: ['项目共安排资金60万元，实际支出57万元。'],
    facts: { 'budget.initial': '60', 'budget.executed': '57' },
  },
  {
    wording: '项目预算安排 as the initial budget',
    body: ['项目预算安排30万元，当年支出28.2万元，执行率94%。'],
    facts: { 'budget.initial': '30', 'budget.executed': '28.2', 'budget.executionRate': '94' },
  },
  {
    wording: '全年可支配资金 as the year’s budget',
    body: ['本项目全年可支配资金50万元，实际支出49万元。'],
    facts: { 'budget.adjusted': '50', 'budget.executed': '49' },
  },
  {
    wording: '共完成预算资金 as the executed figure',
    body: ['该项目全年预算数为52万元，共完成预算资金50.4万元。'],
    facts: { 'budget.adjusted': '52', 'budget.executed': '50.4' },
  },
  {
    wording: '共申请预算资金 as the budget when the stated rate proves it the base',
    body: ['该项目共申请预算资金50万元，共完成预算资金48.5万元，预算执行率97%。'],
    facts: { 'budget.adjusted': '50', 'budget.executed': '48.5', 'finding[report-budget-unqualified]': 'yes' },
  },
  {
    wording: 'near miss: 共申请预算资金 whose rate is of another base stays unread',
    body: ['该项目共申请预算资金50万元，实际支出40万元，预算执行率97%。'],
    facts: { 'budget.adjusted': null, 'budget.executed': '40', 'budget.executionRate': '97' },
  },
  {
    wording: 'near miss: 共申请预算资金 with no rate stays unread (an application, not the approved budget)',
    body: ['该项目共申请预算资金50万元，实际支出48.5万元。'],
    facts: { 'budget.adjusted': null, 'budget.initial': null, 'budget.executed': '48.5' },
  },
  {
    wording: 'near miss: 累计拨付 and 结转结余 are no figures of the model',
    body: ['2023年共安排项目资金60万元，截至年底累计拨付55万元，实际支出54万元，结转结余6万元。'],
    facts: { 'budget.initial': '60', 'budget.executed': '54', 'budget.adjusted': null },
  },
];

const rateRows: WordingRow[] = [
  {
    wording: 'the execution as a share of the year’s budget (占全年预算的)',
    body: ['全年预算数为40万元，全年共完成支出36.8万元，占全年预算的92%。'],
    facts: { 'budget.executionRate': '92', 'finding[stated-rate-mismatch]': null },
  },
  {
    wording: 'near miss: a kind of spending’s share of the budget is no rate',
    body: ['全年预算数为40万元，全年执行数38万元。人员经费支出12万元，占全年预算的30%。'],
    facts: { 'budget.executionRate': null },
  },
];

describeWordingRows('report wordings, fifth round', [
  ['budget figures', budgetRows],
  ['rates', rateRows],
]);
