/**
 * The report leftovers of docs/layouts.md (reports-24): letter grades and grades written alone, budgets
 * named without 年初 / 调整, 人员经费 + 公用经费 as 基本支出, several projects in one report. Rows through the
 * import path; near misses hold what must not be read.
 */
import { DEPARTMENT_TITLE, describeWordingRows, type WordingRow } from '../../test-support/report-wordings.ts';

const gradeRows: WordingRow[] = [
  {
    wording: 'a letter grade with the report’s scale stated (A（优秀）、B（良好）…)',
    body: ['评价结果分为A（优秀）、B（良好）、C（中）、D（差）四个等级。', '本项目自评得分93分，评价等级为A级。'],
    facts: { 'totals.score': '93', 'totals.grade': '优', 'finding[letter-grade-unmapped]': null },
  },
  {
    wording: 'a letter grade with the scale written word first (良好（B级）)',
    body: ['等级分为优秀（A级）、良好（B级）、合格（C级）和不合格（D级）。', '经自评，本项目得分85分，等级为B级。'],
    facts: { 'totals.score': '85', 'totals.grade': '良' },
  },
  {
    wording: 'a letter grade with the scale as 为 (A级为优)',
    body: ['其中A级为优，B级为良，C级为中，D级为差。', '本项目自评得分78分，自评等级：C。'],
    facts: { 'totals.score': '78', 'totals.grade': '中' },
  },
  {
    wording: 'a bare letter grade with no scale: no grade, a notice names the letter',
    body: ['本项目自评得分93分，评价等级为A级。'],
    facts: { 'totals.score': '93', 'totals.grade': null, 'finding[letter-grade-unmapped]': 'yes' },
  },
  {
    wording: 'a bare letter grade on the line after the score (等级：B)',
    body: ['自评得分：84分', '等级：B'],
    facts: { 'totals.score': '84', 'totals.grade': null, 'finding[letter-grade-unmapped]': 'yes' },
  },
  {
    wording: 'near miss: a letter that is no grade (A类项目, 附件A)',
    body: ['本项目属于A类项目，详见附件A。', '本项目自评得分93分。'],
    facts: { 'totals.grade': null, 'finding[letter-grade-unmapped]': null },
  },
  {
    wording: 'a grade word alone on its conclusion line, no score stated (等级：良)',
    body: ['全年预算数80万元，全年执行数78万元。', '等级：良'],
    facts: { 'totals.grade': '良' },
  },
  {
    wording: 'a grade opening its sentence (等次为优秀)',
    body: ['全年预算数80万元，全年执行数78万元。', '等次为优秀。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'near miss: a risk or road grade alone (风险等级：中) is no grade of the report',
    body: ['项目风险等级：中。', '全年预算数80万元，全年执行数78万元。'],
    facts: { 'totals.grade': null },
  },
];

const budgetRows: WordingRow[] = [
  {
    wording: 'a budget named without its kind (项目预算资金) whose executed figure gives the stated rate: the year’s budget',
    body: ['项目预算资金40万元，实际支出38万元，预算执行率95%。'],
    facts: { 'budget.adjusted': '40', 'budget.executed': '38', 'finding[report-budget-unqualified]': 'yes' },
  },
  {
    wording: '项目预算 with no rate stated',
    body: ['该项目预算80万元，全年执行数78万元。'],
    facts: { 'budget.adjusted': '80', 'budget.executed': '78', 'finding[report-budget-unqualified]': 'yes' },
  },
  {
    wording: '年度预算数 / 本年度预算资金',
    body: ['本年度预算资金60万元，截至2023年12月31日实际支出57万元。'],
    facts: { 'budget.adjusted': '60', 'budget.executed': '57' },
  },
  {
    wording: 'the year between 该项目 and 预算数 (该项目2023年预算数)',
    body: ['该项目2023年预算数50万元，全年执行数49.5万元，预算执行率99%。'],
    facts: { 'budget.adjusted': '50', 'budget.executionRate': '99' },
  },
  {
    wording: 'near miss: an unqualified figure the stated rate disagrees with is no budget (项目总预算 of the whole period)',
    body: ['项目预算资金400万元，实际支出38万元，预算执行率95%。'],
    facts: { 'budget.adjusted': null, 'budget.executed': '38', 'finding[stated-rate-mismatch]': null },
  },
  {
    wording: 'near miss: an unqualified figure beside a 年初 figure is left unread',
    body: ['年初预算数40万元，项目预算资金45万元，实际支出44万元。'],
    facts: { 'budget.initial': '40', 'budget.adjusted': null, 'finding[report-budget-unqualified]': null },
  },
];

const natureRows: WordingRow[] = [
  {
    wording: '人员经费 and 公用经费 without 基本支出: their sum is the 基本支出',
    title: DEPARTMENT_TITLE,
    body: ['2023年度本单位支出合计320万元，其中人员经费支出210.5万元，公用经费支出39.5万元，项目支出70万元。'],
    facts: { 'budget.byNature.basic': '250', 'budget.byNature.project': '70', 'finding[report-basic-from-parts]': 'yes' },
  },
  {
    wording: '人员经费、公用经费 with 分别为',
    title: DEPARTMENT_TITLE,
    body: ['全年人员经费和日常公用经费分别为180万元、20.25万元。'],
    facts: { 'budget.byNature.basic': '200.25' },
  },
  {
    wording: 'near miss: a stated 基本支出 wins over its parts',
    title: DEPARTMENT_TITLE,
    body: ['基本支出260万元，其中人员经费210.5万元，公用经费39.5万元。'],
    facts: { 'budget.byNature.basic': '260', 'finding[report-basic-from-parts]': null },
  },
  {
    wording: 'near miss: a project report’s 人员经费 is no 基本支出',
    body: ['项目支出中人员经费12万元，公用经费3万元。'],
    facts: { 'budget.byNature.basic': null },
  },
];

const severalProjectRows: WordingRow[] = [
  {
    wording: 'several projects: 共对N个项目开展了绩效自评, scores 分别为',
    title: '青禾县农业农村局2023年度项目支出绩效自评报告',
    body: ['本次共对3个项目开展了绩效自评，自评得分分别为95分、88分和90分。'],
    facts: { 'totals.score': null, 'finding[several-projects-in-report]': 'yes' },
  },
  {
    wording: 'several projects counted in numerals (五个专项资金项目)',
    title: '青禾县农业农村局2023年度专项资金绩效评价报告',
    body: ['受县财政局委托，对我局五个专项资金项目进行了绩效评价。'],
    facts: { 'finding[several-projects-in-report]': 'yes' },
  },
  {
    wording: 'several projects in a summary table (项目名称 over two or more project rows)',
    title: '青禾县农业农村局2023年度项目支出绩效自评报告',
    body: [
      '项目名称\t预算金额（万元）\t实际支出（万元）\t自评得分',
      '耕地质量提升项目\t40\t38\t92',
      '农机购置补贴项目\t120\t118\t95',
      '动物防疫补助项目\t30\t29.5\t90',
    ],
    facts: { 'totals.score': null, 'budget.adjusted': null, 'finding[several-projects-in-report]': 'yes' },
  },
  {
    wording: 'near miss: a fund’s evaluation over its sub-projects stating one total score',
    title: '青禾县乡村振兴项目资金绩效评价报告',
    body: ['本次评价涉及12个项目，项目资金全年执行数480万元。', '经评价，该项目资金综合得分86分，等级为良。'],
    facts: { 'totals.score': '86', 'finding[several-projects-in-report]': null },
  },
  {
    wording: 'near miss: a table of sub-projects with no score or grade column is no summary of evaluations',
    body: ['项目名称\t建设内容\t金额（万元）', '村道硬化项目\t硬化3公里\t40', '桥梁维修项目\t维修2座\t30', '本项目自评得分90分。'],
    facts: { 'totals.score': '90', 'finding[several-projects-in-report]': null },
  },
  {
    wording: 'near miss: a project of sub-projects (包括3个子项目)',
    body: ['本项目包括3个子项目，本次对其开展了绩效自评。', '全年预算数80万元，全年执行数78万元。'],
    facts: { 'finding[several-projects-in-report]': null },
  },
  {
    wording: 'near miss: one project’s report naming its indicators (设置3个指标)',
    body: ['项目共设置3个绩效指标，全部完成。', '本项目自评得分92分。'],
    facts: { 'totals.score': '92', 'finding[several-projects-in-report]': null },
  },
  {
    wording: 'near miss: a 部门整体 report evaluating its projects is one document',
    title: DEPARTMENT_TITLE,
    body: ['本单位共对3个项目开展了绩效自评，部门整体自评得分92分。'],
    facts: { 'totals.score': '92', 'finding[several-projects-in-report]': null },
  },
];

describeWordingRows('report leftovers read through the import path', [
  ['letter grades and grades alone', gradeRows],
  ['budgets without their kind', budgetRows],
  ['人员经费 + 公用经费', natureRows],
  ['several projects', severalProjectRows],
]);
