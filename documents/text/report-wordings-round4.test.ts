/**
 * Fourth round of report wordings (docs/layouts.md "Fourth round", reports-24): sentence forms seen in
 * stored 自评报告 / 评价报告 / 监控报告 pages (Sichuan 部门预算项目 reports, Hunan and Guangxi 监控报告 on
 * mirror sites, a collection page of 专项资金 reports, Fujian 监控报告), written again with invented
 * units, projects and figures. Rows through the import path; near misses hold what must not be read.
 */
import { DEPARTMENT_TITLE, MONITORING_TITLE, describeWordingRows, type WordingRow } from '../../test-support/report-wordings.ts';

const budgetRows: WordingRow[] = [
  {
    wording: 'the year’s allocation as a 指标 (年初…经费指标总额为)',
    body: ['项目年初专项经费指标总额为64万元，截至2023年12月31日已支出63.2万元。'],
    facts: { 'budget.initial': '64', 'budget.executed': '63.2' },
  },
  {
    wording: '本级财政预算安排 <unit> 专项资金共计',
    body: ['2023年本级财政预算安排县农业技术推广站专项资金共计46.5万元，全年支出46.2万元。'],
    facts: { 'budget.initial': '46.5', 'budget.executed': '46.2' },
  },
  {
    wording: 'the Sichuan 部门预算项目 sentence: 该项目<year>预算数为…，决算数为…',
    body: ['该项目2023年预算数为15.00 万元，决算数为14.20万元。'],
    facts: { 'budget.adjusted': '15', 'budget.executed': '14.2' },
  },
  {
    wording: 'a fund’s budget named without its kind (资金预算总额) beside funds received',
    body: ['耕地质量提升项目资金预算总额为46万元，实际到位46万元，实际支出45.1万元。'],
    facts: { 'budget.adjusted': '46', 'budget.executed': '45.1', 'finding[report-budget-unqualified]': 'yes' },
  },
  {
    wording: 'amounts of a 部门整体 report in 万 before a full stop (支出总额为…万。)',
    title: DEPARTMENT_TITLE,
    body: ['2023年度收、支总计均为523.26万。其中基本支出401.2万，项目支出122.06万。'],
    facts: { 'budget.byNature.basic': '401.2', 'budget.byNature.project': '122.06' },
  },
];

const scoreRows: WordingRow[] = [
  {
    wording: 'score as 绩效考核得分',
    body: ['本项目绩效考核得分92分。'],
    facts: { 'totals.score': '92' },
  },
  {
    wording: 'score as 本项目评分为',
    body: ['经综合评价，本项目评分为88.5分，等级为良。'],
    facts: { 'totals.score': '88.5', 'totals.grade': '良' },
  },
  {
    wording: 'grade 一般 (优秀/良好/一般/较差 schemes) is 中',
    body: ['本项目自评得分75分，评价等级为“一般”。'],
    facts: { 'totals.score': '75', 'totals.grade': '中' },
  },
  {
    wording: 'near miss: 一般公共预算 after a grade label is no grade',
    body: ['自评结果：一般公共预算资金全部到位。'],
    facts: { 'totals.grade': null },
  },
];

const headerRows: WordingRow[] = [
  {
    wording: 'the unit under 编报单位 / 报送单位 on a report’s cover',
    title: '2023年度部门整体支出绩效自评报告',
    body: ['编报单位：青禾县文化馆', '全年预算数320万元。'],
    facts: { unit: '青禾县文化馆' },
  },
  {
    wording: 'the year under 评价年度 on a cover over a title without one',
    title: '青禾县文化馆部门整体支出绩效自评报告',
    body: ['评价年度：2023年度', '全年预算数320万元。'],
    facts: { year: '2023' },
  },
];

const monitoringRows: WordingRow[] = [
  {
    wording: 'monitoring: 年初 alone as the budget’s label (项目年初…，1-6月执行…)',
    title: MONITORING_TITLE,
    body: ['项目年初35.6万元，1-6月执行18.2万元，完成率51.12%。'],
    facts: { 'budget.initial': '35.6', 'budget.executedToDate': '18.2' },
  },
  {
    wording: 'monitoring: 截止…日止, 已执行',
    title: '青禾县水利局2024年项目支出绩效运行监控报告',
    body: ['项目年初预算安排资金12万元，截止2024年6月30日止，已执行7.2万元。'],
    facts: { 'monitoring.month': '6', 'budget.initial': '12', 'budget.executedToDate': '7.2' },
  },
  {
    wording: 'monitoring: the budget as 年初…经费指标 (专项经费指标总额为)',
    title: MONITORING_TITLE,
    body: ['2024年年初专项经费指标总额为84万元，截至6月30日已支付40.5万元。'],
    facts: { 'budget.initial': '84', 'budget.executedToDate': '40.5' },
  },
];

describeWordingRows('report wordings, fourth round', [
  ['budget figures', budgetRows],
  ['score and grade', scoreRows],
  ['unit, year', headerRows],
  ['monitoring', monitoringRows],
]);
