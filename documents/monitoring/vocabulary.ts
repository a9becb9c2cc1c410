/**
 * What monitoring tables and reports write, as data: titles, header labels, the budget and indicator
 * columns (their wordings in documents/vocabulary/columns.ts), analysis labels, tick marks and money words. Matched against compact text (no
 * whitespace). A new region's wording is an edit here, not in the readers.
 */
import {
  matchColumnRole,
  monitoringBudgetColumnOfRole,
  monitoringBudgetColumnWordings,
  monitoringColumnWordings,
  type ColumnRole,
  type MonitoringBudgetColumn,
} from '../vocabulary/columns.ts';
import { fundLabelIndex } from '../vocabulary/fund-labels.ts';
import { bareLabelKey } from '../vocabulary/label-key.ts';

/** Titles of monitoring tables (表) and narrative monitoring reports (报告). */
export const tableTitle =
  // A round's table too: 绩效二次监控表, 第二轮绩效监控表 (a second round keeps the first's progress beside its own).
  /绩效(运行|执行)?(二次|第[一二三四]次|第[一二三四]轮)?监控(情况|执行|结果)?表|绩效目标执行(情况)?监控表|绩效监控表|运行监控表/;
export const reportTitle =
  /绩效(运行|执行)?监控(情况|工作|自评)?的?报告|绩效目标执行(情况)?监控的?报告|运行监控的?报告/;

/** Column labels that only monitoring tables have: two of these make a table a monitoring table. */
export const monitoringColumnLabels: readonly RegExp[] = [
  /^(1|一)[-—–~至到](\d{1,2}|[一二三四五六七八九十]{1,2})月份?(阶段性)?(执行数|实际完成值?|执行情况|完成值|完成情况|实际值)/,
  /全年预计(执行数|完成值?|完成情况|执行率)/,
  /完成目标可能性/,
  /上半年(执行数|指标执行情况|实际完成)|半年度指标执行情况/,
  /截至\d{1,2}月(底|末|\d{1,2}日)?(执行数|完成值?)/,
  /偏差原因分析|偏差或不能完成目标原因分析/,
  /纠偏措施/,
];

/** Words one of which every monitoring column label contains (a cheap first test, spaces allowed). */
export const monitoringWords =
  /预\s*计|可\s*能\s*性|纠\s*偏|月\s*(执\s*行|实\s*际|完\s*成)|半\s*年|截\s*[至止]/;

/** Header labels → model fields (the value is the cell after the label). */
export const headerLabels: ReadonlyArray<['project' | 'supervisor' | 'unit', RegExp]> = [
  ['project', /^项目名称[:：]?$/],
  ['supervisor', /^主管部门(及代码)?[:：]?$/],
  [
    'unit',
    /^(实施单位|项目执行单位|项目实施单位|执行单位|项目单位|单位名称|部门名称|预算单位|部门（单位）名称|部门\(单位\)名称|填报单位)(（盖章）|\(盖章\))?[:：]?$/,
  ],
];

export type BudgetColumn = MonitoringBudgetColumn;

/**
 * The budget column a label names: the monitoring wordings (documents/vocabulary/columns.ts), else
 * the funds labels every table reader shares, the region profiles' included (vocabulary/fund-labels.ts).
 */
export function matchBudgetColumn(label: string): BudgetColumn | null {
  if (label === '') return null;
  const written = label.replace(/\s+/g, '');
  for (const { column, pattern } of monitoringBudgetColumnWordings) if (pattern.test(written)) return column;
  const role = fundLabelIndex().roleByLabel.get(bareLabelKey(written));
  return role !== undefined && role in monitoringBudgetColumnOfRole ? monitoringBudgetColumnOfRole[role as keyof typeof monitoringBudgetColumnOfRole] : null;
}

export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'actualToDate'
  | 'forecast'
  | 'deviationGroup'
  | 'likelihood'
  | 'explanation'
  | 'correctiveAction'
  /** 原因分类: the class of a deviation's cause (政策调整, 项目实施进度 …): kept for the positions, not read. */
  | 'causeClass'
  | 'note'
  /** 计量单位 / 度量单位: the unit of the values written as bare numbers. */
  | 'unit'
  | 'funding'
  | 'rules'
  | 'staffing'
  | 'equipment'
  | 'other'
  | 'certain'
  | 'possible'
  | 'impossible'
  /** A header column no label names: kept for the positions, never read. */
  | 'unknown';

/** The monitoring columns of the table readers' shared column vocabulary (documents/vocabulary/columns.ts). */
const sharedColumns: Partial<Record<ColumnRole, IndicatorColumn>> = {
  level1: 'level1',
  level2: 'level2',
  name: 'name',
  target: 'target',
  initialTarget: 'target',
  // In a monitoring table the 实际完成值 is the progress so far.
  actual: 'actualToDate',
  actualToDate: 'actualToDate',
  forecast: 'forecast',
  likelihood: 'likelihood',
  deviation: 'explanation',
  remark: 'note',
  unit: 'unit',
};

const monitoringOnly = monitoringColumnWordings as ReadonlyArray<{ column: IndicatorColumn; pattern: RegExp }>;

/**
 * The column a header cell names, from the shared column vocabulary: the columns only monitoring
 * tables have first (the 偏差原因分析 heading over its sub-columns, 纠偏措施, the likelihood ticks),
 * then every role the other table readers know by the same wordings (指标名称, 年度目标值,
 * 1-6月实际完成值, 全年预计完成值, 原因说明 …).
 */
export function matchIndicatorColumn(label: string): IndicatorColumn | null {
  if (label === '') return null;
  const written = label.replace(/\s+/g, '');
  for (const { column, pattern } of monitoringOnly) if (pattern.test(written)) return column;
  const role = matchColumnRole(label);
  return role === null ? null : (sharedColumns[role] ?? null);
}

/** Sub-columns that replace a group heading when the header has a second row. */
export const deviationSubColumns: readonly IndicatorColumn[] = [
  'funding',
  'rules',
  'staffing',
  'equipment',
  'other',
];
export const likelihoodSubColumns: readonly IndicatorColumn[] = ['certain', 'possible', 'impossible'];

/** A ticked box in a tick column. */
export const tickMark = /^(√|✓|✔|☑|■|是|v|V)$/;

/** Analysis block labels (table-wide), as the first cell of a row. */
export const analysisLabels: ReadonlyArray<['deviation' | 'problems' | 'nextSteps', RegExp]> = [
  // "偏差原因分析及纠偏措施" as a row label under the indicators (.docx 部门整体 监控表).
  ['deviation', /^(偏差情况|偏差原因分析|偏差或不能完成目标原因分析|偏差原因及分析|偏差原因)(及(纠偏|改进|整改)措施)?[:：]?$/],
  ['problems', /^(存在的?问题|存在的主要问题|问题及原因)[:：]?$/],
  [
    'nextSteps',
    /^(下一步(工作)?措施|下一步工作(计划|打算)|相关建议或举措|纠偏措施|改进措施|整改措施|建议)[:：]?$/,
  ],
];

/** Overall goal rows: 年度总体目标 / 年初设定目标 and its 1-N月执行情况. */
export const overallGoalLabel = /^(年度)?(总体)?绩效目标$|^年度总体目标$|^年初设定目标$/;

/** The amount unit of a table: 单位：元 / 金额单位：元 / (元). */
export const yuanUnit = /(金额)?单位[:：]?元(?!\/)|[（(]元[）)]/;
export const tenThousandYuanUnit = /(金额)?单位[:：]?万元|[（(]万元[）)]/;

/** Money words of narrative reports, by what they tell: 预计 first, else the word nearest the amount (money-sentences.ts). */
export const moneyWords: ReadonlyArray<['forecast' | 'received' | 'spent' | 'executed' | 'budget', RegExp]> =
  [
    // 预计 and, within a few characters, the verb: 预计全年可执行, 预计到年底资金支出, 预计年底前可完成支付,
    // 预计到年底能够执行, 预计至12月底可以支出.
    ['forecast', /预计[^，,。；;]{0,8}?(执行|支出|支付|完成)/],
    ['received', /到位|到账|拨付到位|拨入/],
    ['spent', /支付|使用|支出|拨付/],
    ['executed', /执行/],
    ['budget', /预算|安排|批复|下达|资金规模|资金总额|共计|总额|年初/],
  ];

/**
 * Kinds of expenditure, names of budget lines rather than money spent: "其中部门项目支出420万元" after the
 * budget is a part of it, "项目支出预算19.3万元" a budget. A clause is classified without them; one that
 * then names nothing is spending only in a sentence that gave no budget ("截至6月底项目支出270万元").
 */
export const expenditureCategories = /(?:项目|基本|人员|公用|专项|运转类|特定目标类|经常性|资本性)支出/g;

/**
 * Words that make a clause's amount what should have been spent by now, not what was: "按序时进度应支出
 * 40万元", "计划支出". Such an amount is no money fact of the report.
 */
export const moneyNotFactWords = /序时|应(?:支出|支付|执行|完成|到位)|计划(?:支出|支付|执行)/;

/** Rate words of narrative reports: what was divided, and the base the word itself implies. */
export const rateWords: ReadonlyArray<
  [RegExp, 'received' | 'spent' | 'executed', 'budget' | 'received' | null]
> = [
  [/到(位|账)率/, 'received', 'budget'],
  [/预算执行率|(?:预算|资金)完成率/, 'executed', 'budget'],
  [/(支付|使用|支出)(进度|率)/, 'spent', null],
  [/执行(进度|率)/, 'executed', null],
];

/** Words before a rate that make it expected, not reached: "预计全年支付率100%", "预计年底执行率可达98%". */
export const forecastRateWords = /预计|预期|力争|计划/;

/** Words that name a rate's base explicitly (占到位资金的56%). */
export const rateBaseWords: ReadonlyArray<[RegExp, 'budget' | 'received']> = [
  [/占?到(位|账)资金|到(位|账)数/, 'received'],
  [/占?(年初|调整后|全年)?预算/, 'budget'],
];

/** A share of a named base after a sum ("已支付54万元，占到位资金的56.25%"): group 1 the base, 2 the rate. */
export const shareOfBase =
  /占(到位资金|到账资金|到位数|到账数|(?:年初|调整后|全年)?预算(?:数|资金)?)的?(?:比例)?(?:为)?(\d+(?:\.\d+)?)%/g;

/** Completion counts in report sentences: how many indicators were set, how many are done, the 完成率. */
export const indicatorTotalPatterns: readonly RegExp[] = [
  /(?:设置|设定|确定|共有|共计|共)(?:了)?(?:绩效|三级)?指标(?:共)?(\d+)(?:个|项|条)/,
  /(?<!\d)(\d+)(?:个|项|条)(?:绩效|三级)?指标/,
];
export const indicatorCompletedPatterns: readonly RegExp[] = [
  /(?:已|均已|全部)?(?:完成|达成|实现|达到)(?:了)?(?:目标值?的?)?(\d+)(?:个|项|条)/,
  /(?:其中)?(?<!\d)(\d+)(?:个|项|条)(?:指标)?(?:已|均已)?(?:完成|达成|实现)/,
];
export const completionRatePattern = /(?:指标)?完成率(?:为|达到?|是)?(\d+(?:\.\d+)?)%/;

/**
 * Narrative reports, indicator items: the numbering that opens an item ((一), 1., 1、, ①, 一是),
 * and the clauses that state an indicator's 年度指标值, its progress to date and its 完成目标可能性.
 * Each pattern's group 1 is the value; a clause is the text between commas.
 */
export const reportItemNumber =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[一二三四五六七八九十]{1,3}是)/;
/** A note under the report or its table ("注：1.指标值…；2.…"): its numbers open no indicator item. */
export const reportNoteLine = /^(注|说明|备注|填报说明|填表说明)[:：]/;
export const reportTargetClauses: readonly RegExp[] = [
  /(?:年度|全年|年初)(?:绩效|预期)?(?:指标值|目标值)(?:设定为|确定为|为|是|[:：])?(.+)$/,
  /(?:预期)?(?:指标值|目标值|计划值)(?:设定为|为|是|[:：])?(.+)$/,
  // "年度目标≥98%": 目标 without 值 only before an operator or a figure ("年度目标任务" is no value).
  /(?:年度|全年)(?:绩效)?目标(?:为|是|[:：])?((?:[≥≤=＞＜><]|不低于|不少于|不高于|不超过|\d).*)$/,
];
export const reportProgressClauses: readonly RegExp[] = [
  /(?:(?:1|一)月?[-—–~～至到](?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?|上半年|前三季度|截[至止].{0,12}?)(?:底|末)?(?:已|实际|累计|共)*(?:完成|实现|达到)(?!率|进度|情况)(?:值)?(?:为|了|[:：])?(.+)$/,
  /(?:实际|累计|已)(?:完成|实现)(?!率|进度|情况)(?:值)?(?:为|了|[:：])?(.+)$/,
];
export const reportLikelihoodClauses: readonly RegExp[] = [
  /(?:完成目标|目标完成|全年(?:目标)?完成)(?:的)?可能性(?:为|是|[:：])?(.+)$/,
  // "预计能够完成", "预计全年无法完成": the words after 预计 are the likelihood.
  /^预计(?:全年|年底|年末)?((?:能够|可以|能|有可能|无法|不能)完成)/,
];

/**
 * Narrative reports, the project: a 项目名称 label, the title ("某局2024年X项目绩效运行监控报告",
 * after the year and window), an overview item ("项目概况：X项目，…") or a quoted name ("“X”项目").
 * Group 1 is the name; tried in this order.
 */
export const reportProjectLabel = /项目名称[:：]([^，,；;。:：]{2,40})/;
export const reportProjectInTitle = /^(.{2,40}?项目)(?:支出)?(?:运行)?绩效(?:运行|执行)?监控/;
export const reportProjectInText: readonly RegExp[] = [
  // "（1）项目名称：执法记录设备运维经费，主要用于…" (a project's paragraph naming it, then what it pays for).
  /项目名称[:：]([^，,；;。:：]{2,40}?)[，,](?:主要)?用于/,
  /项目(?:概况|简介|基本情况)[:：]((?!该|本)[^，,；;。:：]{2,40}?项目)(?=[，,；;。]|$)/,
  /[“"「『]([^”"」』]{2,40})[”"」』]项目/,
  // "我中心对2023年度县级财政资金农机推广专项费项目的支出情况进行了绩效评价": after the year and the
  // fund's source, the project the evaluation is of.
  /对(?:(?:19|20)\d{2}年度?)?(?:(?:中央|省级|市级|县级|区级|本级)?财政资金)?((?!该|本|各|全部)[^，,；;。:：对]{2,40}?项目)(?:的(?:支出|资金|实施|绩效)|开展|进行)/,
];
