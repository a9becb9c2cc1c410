/**
 * The column vocabulary of indicator tables, as data: every column role a reader can place and the
 * header wordings that name it across regions (财预〔2020〕10号 templates, Sichuan's split
 * 指标性质/指标值/度量单位, Chongqing's 年初指标值/调整指标值/全年完成值/得分系数/指标权重, monitoring's
 * 1-N月实际完成值/全年预计完成值). Readers and writers import this; no label list lives in control
 * flow. Adding a region's wording is an edit to this file.
 */

import { columnRoles, type ColumnRole } from '../../core/column-roles.ts';
import { memoizeByText } from '../../core/memoize-by-text.ts';

export { columnRoles, type ColumnRole };

/** A role's wordings. `exact` are whole header texts (spaces removed); `patterns` cover families. */
export interface ColumnWording {
  role: ColumnRole;
  exact: readonly string[];
  patterns?: readonly RegExp[];
}

/** One data item of a 专项经费绩效评价表's 采集数据项 ("数据项1"): the figures its 指标值 is worked out from, or the answer itself. */
export const NUMBERED_DATA_ITEM = /^(采集)?数据项[1-9一二三]$/;

/** A target column named by the year it is for: "2025年指标值", "2026年度目标值". */
const PLAN_YEAR_TARGET = /^((?:19|20)\d{2})年度?(?:指标值|目标值)$/;

/**
 * The year a target column is named by ("2026年指标值" → 2026), or null: of a medium-term table's
 * yearly target columns only the budget year's (the first year) is the document's target.
 */
export function planYearOfColumn(text: string): number | null {
  const match = PLAN_YEAR_TARGET.exec(text.replace(/\s+/g, ''));
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Header wordings by role. Matched against a header cell with whitespace removed and a trailing
 * unit note such as "（分）" or "（万元）" stripped. Order matters only inside `patterns`.
 */
/**
 * Name headings whose cells write the indicator's value after its name ("缴存人数≥42人"; grid/cell-text.ts
 * splitNameAndValue): a stream reader reads such a cell as a name and a value (spaceless-stream.ts).
 */
export const nameAndValueHeadings: readonly string[] = ['三级指标及指标值', '指标名称及指标值', '三级指标及目标值'];

export const columnWordings: readonly ColumnWording[] = [
  { role: 'sequence', exact: ['序号', '编号', '序'] },
  {
    role: 'goal',
    exact: [
      '核心职能',
      '绩效目标',
      '目标',
      '职能',
      '年度绩效目标',
      '主要职能',
      '部门职能',
      // 部门整体 tables that group indicators by task or duty in their first column.
      '任务名称',
      '重点任务',
      '年度重点任务',
      '主要任务',
      '年度主要任务',
      '工作任务',
      '年度工作任务',
      '重点工作',
      '重点工作任务',
      '年度重点工作任务',
      '目标任务',
      '年度目标任务',
      '履职目标',
      '部门职责',
      '职责',
    ],
  },
  // 考评表 (部门整体 assessment sheets saved from .xls): 项目 / 考核内容 / 考核指标 over the three levels.
  // 评价内容: Fujian's system-made 自评报告 heads both levels with it (collapsed-header.ts restoreUnwrittenLevel2).
  { role: 'level1', exact: ['一级指标', '一级', '一级指标名称', '考核项目', '评价内容'] },
  { role: 'level2', exact: ['二级指标', '二级', '二级指标名称', '考核内容'] },
  {
    role: 'name',
    // 三级指标及指标值: one cell holds the name and its value ("缴存人数≥42人"; grid/cell-text.ts splitNameAndValue).
    exact: [
      '三级指标',
      '三级',
      '指标名称',
      '三级指标名称',
      '绩效指标名称',
      '具体指标',
      '三级指标内容',
      '具体指标名称',
      '考核指标',
      '绩效目标内容',
      ...nameAndValueHeadings,
      // Fujian's system-made 自评报告: 绩效内容 the indicator (评价内容 over the two levels).
      '绩效内容',
    ],
  },
  { role: 'content', exact: ['指标内容', '指标解释', '指标说明', '指标解释说明', '指标定义', '指标值说明', '绩效标准', '指标内容/计算公式', '计算公式'] },
  // 计算符号: a Jiangxi county's 部门整体绩效目标 (计算符号 | 目标值 | 度量单位 | 指标值说明, twenty-fourth study).
  { role: 'operator', exact: ['指标性质', '运算符号', '运算符', '计算符号', '符号', '比较符'] },
  { role: 'direction', exact: ['指标方向性', '指标方向', '方向'] },
  { role: 'initialTarget', exact: ['年初指标值', '年初目标值', '原指标值'] },
  {
    role: 'target',
    exact: [
      '年度指标值',
      '指标值',
      '指标值及单位',
      '目标值',
      '年度目标值',
      '全年指标值',
      '预期指标值',
      '调整指标值',
      '调整后指标值',
      '年度目标',
      '年度工作目标',
      '计划完成值',
      '预期目标值',
      '年度指标值（A）',
      '当年预期实现值',
      '预期实现值',
      // 部门预算项目支出绩效目标申报表 (Heilongjiang, Shanxi): 上年度实际水平 beside 本年度计划水平.
      '本年度计划水平',
      '本年计划水平',
      '计划水平',
      // Henan, Guangxi and Jiangsu 自评表/目标表 wordings.
      '年度计划值',
      '计划值',
      // A Guangdong city's 批复表 (twenty-fifth study): 指标值(或计划水平) of the plan period beside the year's 计划指标值(或计划水平).
      '计划指标值',
      '指标目标值',
      '绩效目标值',
      '预期值',
    ],
    // A medium-term table's value per year ("2025年指标值 | 2026年指标值 | 2027年指标值"): header-band.ts
    // keeps the budget year's (planYearOfColumn).
    patterns: [/^(年度)?指标值[（(][^）)]{0,12}[）)]$/, PLAN_YEAR_TARGET],
  },
  // 部门预算项目支出绩效目标申报表 (Heilongjiang, Shanxi): the year before's level beside the year's target.
  { role: 'priorValue', exact: ['上年度实际水平', '上年实际水平', '上年度实际值', '上年实际值', '上年度完成值', '上年完成值'] },
  { role: 'unit', exact: ['度量单位', '计量单位', '单位'] },
  {
    role: 'actual',
    exact: [
      '实际完成值',
      '全年完成值',
      '完成值',
      '全年实际完成值',
      '实际值',
      '实际完成',
      '实际完成值（B）',
      '实际完成情况',
      '全年实际值',
      '实际完成指标值',
      '年度实际完成值',
      '全年实际完成情况',
      '指标完成值',
      '年度完成值',
      '实际完成数',
      '实际完成数值',
      '本年实际完成值',
      '本年完成值',
      '当年完成值',
      '当年实际完成值',
      // A Hubei county's 自评表: 年初指标值 beside 年终完成值.
      '年终完成值',
      '年末完成值',
    ],
  },
  {
    role: 'actualToDate',
    exact: ['截至目前完成值', '累计完成值', '当前完成值', '执行中期完成值'],
    patterns: [
      // 1—7月阶段性完成值: a province's 绩效监控表 (seventeenth study) names the value so far a stage's.
      // The months in numerals too (一至六月完成情况), as monitoring/period.ts reads the window.
      /^(\d{1,2}|[一二三四五六七八九十]{1,2})[-－—~至到](\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(阶段性)?((实际)?完成(值|情况)|实际值|执行情况)$/,
      /^1[-－—~至]?[N]月(实际)?完成值$/,
      /^截至\d{1,2}月(底|末|\d{1,2}日)?(实际)?完成(值|情况)$/,
      // Monitoring tables of a half year or three quarters: 半年度指标执行情况, 上半年实际完成, 前三季度完成值.
      /^(上半年|半年度|前三季度)(指标)?(实际)?(完成|执行)(值|情况)?$/,
    ],
  },
  { role: 'forecast', exact: ['全年预计完成值', '预计全年完成值', '预计完成值', '全年预计完成情况', '全年预计实现值', '预计全年实现值'] },
  { role: 'weight', exact: ['分值', '权重', '指标权重', '权重分', '标准分', '满分', '指标分值', '权数'] },
  { role: 'score', exact: ['得分', '自评得分', '评分', '实际得分', '评价得分', '指标得分', '自评分', '自评分数', '考评得分'] },
  { role: 'scoreRatio', exact: ['得分系数', '完成系数'] },
  { role: 'isCore', exact: ['是否核心指标', '核心指标'] },
  { role: 'scoringRule', exact: ['评(扣)分标准', '评（扣）分标准', '评分标准', '扣分标准', '评分规则', '评分办法', '计分标准', '计分办法', '计分方法', '得分计算方法', '评价标准', '评价标准及依据'] },
  {
    role: 'deviation',
    exact: [
      '偏差原因分析及改进措施',
      '偏差原因分析',
      '未完成原因分析',
      '未完成原因',
      '未完成原因分析及改进措施',
      '原因分析',
      '偏差原因及改进措施',
      '偏差原因',
      '原因分析及改进措施',
      '偏差原因分析及整改措施',
      '未完成原因和改进措施',
      '未完成原因及拟采取的改进措施',
      // A Ningxia 项目绩效目标自评表 (run together on a page: the exact wording tells where the header ends).
      '未完成原因及改进措施',
      '扣分原因',
      '扣分原因说明',
      '偏差说明',
      '未完成原因说明',
      '偏差原因及纠偏措施',
    ],
    // Each region words this column its own way ("未完成原因分析及拟采取的措施", "偏差大或目标未完成原因分析",
    // "绩效指标未完成原因和拟采取的改进措施"); an unknown long header cell would drop the whole band.
    patterns: [/^[^\d]{0,12}原因[^\d]{0,16}$/],
  },
  {
    role: 'likelihood',
    exact: ['完成目标可能性', '全年目标完成可能性', '完成可能性', '是否能完成', '预计能否完成'],
  },
  // 理由: the reasons a 专项经费绩效评价表 asks for beside each 是/否 effect ("项目效果填“是”的，须在理由栏中举例说明").
  { role: 'remark', exact: ['备注', '说明', '理由'] },
  { role: 'measureKind', exact: ['指标属性', '指标类型', '指标值类型', '定量/定性', '定性/定量'] },
  // The actual over the target in percent (Fujian's system-made 自评报告); 完成率 alone may be an indicator's own word.
  { role: 'completionRate', exact: ['累计完成率', '目标完成率', '指标完成率'] },
  // A Hubei county's 财政预算支出项目绩效目标自评表 (sixteenth study): 自评分 then 复核分, the reviewer's, left empty.
  { role: 'reviewScore', exact: ['复核分', '复核得分', '复核评分', '审核评分', '财政审核评分'] },
  // A 专项经费绩效评价表 (seventeenth study): 采集数据项 over 数据项1 / 数据项2, the figures its 指标值 is worked out from.
  { role: 'dataItem', exact: ['采集数据项', '数据项'], patterns: [NUMBERED_DATA_ITEM] },
  // The long-term columns beside the year's (二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | …): readColumnRole.
  { role: 'longTerm', exact: ['指标值(长期)'] },
];

/**
 * A header naming the target 目标值 and, after it, a bare 指标值 (a 专项经费绩效评价表: "目标值（标准） | 分值 | 采集数据项 |
 * 指标值", seventeenth study): the 指标值 is the value achieved, worked out from the data items, when no column names
 * the actual. `target` tests the first target column's word, `achieved` lists the later column's words.
 */
export const achievedValueAfterTarget: { target: RegExp; achieved: readonly string[] } = { target: /目标值/, achieved: ['指标值'] };

/**
 * Columns only monitoring tables have, beside the roles above (documents/monitoring reads them): the
 * 偏差原因分析 heading over its sub-columns (经费保障, 制度保障 …), a column of measures of its own
 * (纠偏措施), the ticks under 完成目标可能性. Every other monitoring column is a role above, read by the
 * same wordings in both readers. Matched after whitespace is removed; checked before the roles.
 */
export const monitoringColumnWordings: ReadonlyArray<{ column: string; pattern: RegExp }> = [
  { column: 'deviationGroup', pattern: /^偏差原因分析$|^偏差原因$/ },
  // 拟采取的措施: a province's 绩效监控表 beside 存在问题及原因 and 原因分类 (seventeenth study).
  { column: 'correctiveAction', pattern: /^(纠偏|完善|改进|整改)措施$|^相关建议或举措$|^拟采取的?(纠偏|改进)?措施$/ },
  // 原因分类 after 存在问题及原因 (a province's 绩效监控表, seventeenth study): a class of the cause, a column of its own.
  { column: 'causeClass', pattern: /^原因(分类|类别|类型)$/ },
  { column: 'funding', pattern: /^经费保障$/ },
  { column: 'rules', pattern: /^制度保障$/ },
  { column: 'staffing', pattern: /^人员保障$/ },
  { column: 'equipment', pattern: /^硬件条件保障$/ },
  { column: 'other', pattern: /^其他$/ },
  { column: 'certain', pattern: /^确定能$/ },
  { column: 'possible', pattern: /^有可能$/ },
  { column: 'impossible', pattern: /^(完全)?不可能$/ },
];

/** The columns of a monitoring table's budget block (documents/monitoring/read-budget.ts). */
export type MonitoringBudgetColumn = 'initial' | 'adjustment' | 'adjusted' | 'executedToDate' | 'executionRate' | 'forecast' | 'forecastRate';

/**
 * Budget block columns only monitoring tables have, or word their own way (年度预算调整, 1-N月执行数,
 * 全年预计执行数, 预计执行率), matched anywhere in the label (whitespace removed) and in this order
 * (全年预计执行率 before 执行率). A label none of them names is looked up in the funds labels every
 * table reader shares (./fund-labels.ts: 年初批复数, 调整预算数, 实际支出数 …).
 */
export const monitoringBudgetColumnWordings: ReadonlyArray<{ column: MonitoringBudgetColumn; pattern: RegExp }> = [
  { column: 'forecastRate', pattern: /预计(全年)?执行率/ },
  { column: 'forecast', pattern: /全年预计执行数|预计全年执行数|全年预计支出|预计执行数/ },
  { column: 'adjustment', pattern: /年度预算调整|预算调整数|^调整数|^调整金额|^调增[/／]?调减/ },
  // 年度预算数 | 1—7月执行数 | 执行率 (a province's 绩效监控表, seventeenth study): the year's budget. Sichuan's 自评表 heads
  // its 年初 column so (年度预算数 | 调整后预算数): a monitoring wording only.
  { column: 'adjusted', pattern: /调整后预算|全年预算数|^预算数(（A）|\(A\))?$|^年度预算数$/ },
  { column: 'initial', pattern: /年初预算/ },
  { column: 'executionRate', pattern: /执行率|执行进度/ },
  { column: 'executedToDate', pattern: /执行数|已执行|支出数|执行金额/ },
];

/** The monitoring budget column of each shared funds column role (a monitoring table's 执行数 is the spending so far). */
export const monitoringBudgetColumnOfRole: Readonly<Record<'initial' | 'adjusted' | 'executed' | 'executionRate', MonitoringBudgetColumn>> = {
  initial: 'initial',
  adjusted: 'adjusted',
  executed: 'executedToDate',
  executionRate: 'executionRate',
};

/**
 * Words that stand over several columns in the upper row of a 2–3 row header band ("绩效指标" over
 * 一级/二级/三级; "指标值" over 年初/调整). They name no role themselves: the lower row decides.
 */
export const bandWords: readonly string[] = [
  '绩效指标',
  '年度绩效指标',
  '指标',
  '绩效目标完成情况',
  '完成情况',
  '指标完成情况',
  '绩效指标完成情况',
  '预算执行情况',
  '绩效指标完成情况分析',
  '执行情况',
];

/**
 * When a band word over a lower cell changes the lower cell's role: "指标值" over "年初"/"调整后",
 * "完成值" over "1-6月"/"全年预计". Keys are lower-cell words; values per upper word.
 */
export const bandCompositions: ReadonlyArray<{ upper: RegExp; lower: RegExp; role: ColumnRole }> = [
  { upper: /指标值|目标值/, lower: /^年初/, role: 'initialTarget' },
  { upper: /指标值|目标值/, lower: /^(调整|年度|全年)/, role: 'target' },
  { upper: /完成/, lower: /^\d{1,2}[-－—~至]\d{1,2}月|截至|累计/, role: 'actualToDate' },
  { upper: /完成/, lower: /预计/, role: 'forecast' },
  { upper: /完成/, lower: /^(全年|实际)/, role: 'actual' },
];

/**
 * Which lower cells an upper header cell can stand over, by the roles they name: "绩效指标" over
 * 一级/二级/三级, "年度指标值" over 指标性质/指标值/度量单位 (Yunnan 自评表), "评分" over 分值/得分,
 * "完成情况" over 完成值/完成目标可能性. A text dump that drops merged cells' empty places writes such a
 * header as two short rows; documents/grid/collapsed-header.ts puts the spans back by these groups.
 * `upperBand` lists band words, `upperRoles` the roles an upper word may name itself.
 */
export const headerGroups: ReadonlyArray<{ upperBand?: RegExp; upperRoles?: readonly ColumnRole[]; lower: readonly ColumnRole[]; afterNameOnly?: readonly ColumnRole[] }> = [
  { upperBand: /^(年度)?绩效指标$|^指标$/, lower: ['sequence', 'level1', 'level2', 'name', 'content'] },
  // 指标名称 over 二级指标 / 三级指标 (Heilongjiang and Shanxi 申报表: the name column split in two below). Also 三级指标 over
  // 指标名称 / 指标解释说明 (a Hebei 部门整体 评价指标 sheet, twenty-seventh study): the name and its explanation below, the
  // explanation only right after the name it explains (a 指标内容 of its own beside the upper 指标名称 is its own column).
  { upperRoles: ['name'], lower: ['level1', 'level2', 'name', 'content'], afterNameOnly: ['content'] },
  { upperRoles: ['target', 'initialTarget'], lower: ['operator', 'direction', 'initialTarget', 'target', 'unit', 'measureKind'] },
  { upperRoles: ['score'], lower: ['weight', 'score', 'scoreRatio'] },
  { upperBand: /完成情况$/, lower: ['actual', 'actualToDate', 'forecast', 'likelihood', 'deviation'] },
];

/**
 * How a 评(扣)分标准 cell is written: it ends in a deduction or an award ("…酌情扣分", "…扣2分",
 * "…不得分", "…得满分", "…按B/A*该指标分值记分。"). Such text is the scoring rule a template repeats on every row, no
 * indicator's name, even on a row of its own ("效益指标 | 经济效益指标 | 未达指标值酌情扣分").
 */
export const scoringRuleEndings = /(扣(\d+(\.\d+)?)?分|不得分|得满分|[计记]满分|不扣分|[计记]分)[。.]?$|酌情扣分|按比例扣分/;

/** A rule's consequence alone ("记满分", "扣2分"): a clause of a rule that no rule opens with (its condition comes first). */
export const scoringRuleConsequence = /^(扣(\d+(\.\d+)?)?分|不得分|得满分|[计记]满分|不扣分|[计记]分)$/;

/**
 * Roles that tell an indicator table from other tables (budget rows, key–value headers): a header
 * band must name the indicator (name, or level columns with a value) and at least one value role.
 */
export const valueRoles: readonly ColumnRole[] = ['target', 'initialTarget', 'actual', 'actualToDate', 'weight', 'score'];

/** Columns holding an indicator's values (指标值, 完成值, 1-N月执行情况, 全年预计), which a 总分 row leaves empty. */
export const indicatorValueRoles: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['target', 'initialTarget', 'actual', 'actualToDate', 'forecast']);

/**
 * Words of explanatory columns that name no role ("指标值设定依据及数据来源" of the central 2021
 * template, "绩效指标设定依据及指标值数据来源"): such a header cell may be long and still be a header.
 */
export const explanatoryColumnWords: readonly string[] = ['依据', '来源', '标准', '解释', '说明', '公式', '方法'];

/** A header word naming an explanatory column no role names ("指标值设定依据及数据来源"): no figures, not too long. */
export function isExplanatoryColumnWord(text: string): boolean {
  const written = normalizeHeaderText(text);
  return written.length <= MAX_HEADER_CELL_LENGTH && !/\d/.test(written) && explanatoryColumnWords.some((word) => written.includes(word));
}

/**
 * A column's note written after its word: the letter a formula names it by ("年初目标值(A)",
 * "执行率(B/A)") or its unit ("(%)", "(分)"). It belongs to the word (matchColumnRole drops it); a
 * reader cutting run-together header words keeps it with its word.
 */
export const COLUMN_NOTE = /^[（(](?:[A-Za-z](?:[/+\-*×÷][A-Za-z])*|分|万元|元|%|％)[）)]/;

/**
 * A header word over the parts of a score sheet written with their points ("项目决策2分", "项目管理13分", "项目绩效85分"):
 * it names no column of its own; right before a 评价内容 column where no name column is named it heads the 一级, and
 * 评价内容 the items (a Hubei county's 财政预算支出项目绩效目标自评表, sixteenth study).
 */
export const partWeightHeadings: readonly string[] = ['项目权重'];
/** The header words that head the items of a score sheet when a part column stands before them. */
export const itemHeadingsAfterParts: readonly string[] = ['评价内容'];

/**
 * The header's roles with a score sheet's parts over its items: 项目权重 right before 评价内容 where no name or 二级 column
 * is named heads the 一级 and 评价内容 the names ("项目决策2分 | 决策依据 | 2 | 2"). Header readers of every form (a tab
 * row, words one per line, a PDF's spaced line) read their roles through it; other headers' roles come back as they are.
 */
export function withPartsOverItems<Role extends ColumnRole | null>(words: readonly string[], roles: readonly Role[]): Array<Role | ColumnRole> {
  const part = words.findIndex((word) => partWeightHeadings.includes(normalizeHeaderText(word)));
  const isItems = part >= 0 && itemHeadingsAfterParts.includes(normalizeHeaderText(words[part + 1] ?? ''));
  if (!isItems || roles.includes('name' as Role) || roles.includes('level2' as Role)) return [...roles];
  return roles.map((role, position) => (position === part ? 'level1' : position === part + 1 ? 'name' : role));
}

/** The longest header cell a role wording can be (longer cells are data, not headers). */
export const MAX_HEADER_CELL_LENGTH = 24;

/**
 * Whitespace, a leading required-field mark ("*指标值", "★指标解释" of templates that star the
 * cells a unit must fill) and a trailing unit note ("（分）", "(万元)") go before a header cell is matched.
 */
export function normalizeHeaderText(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(REQUIRED_MARK, '')
    .replace(/[（(](分|万元|元|%|％|A|B|个)[）)]$/, '')
    .replace(/[（(]\d{1,3}(\.\d{1,2})?分?[）)]$/, '');
}

const REQUIRED_MARK = /^[*＊★☆]+/;

/**
 * The mark a target template puts before a **core** indicator's name ("★农村低保发放人数": the core
 * indicators of 财预〔2021〕101号 and the provincial templates after it, "注：带★的为核心绩效指标").
 * It says 是否核心指标, never a part of the name.
 */
export const CORE_INDICATOR_MARK = /^\s*★+\s*/;

const exactIndex: ReadonlyMap<string, ColumnRole> = new Map(
  columnWordings.flatMap((wording) => wording.exact.map((label) => [normalizeHeaderText(label), wording.role] as const)),
);

/** A filling note after a header word: "实际完成值（含单位）", "指标值(需注明计量单位)". */
const HEADER_NOTE = /[（(][^（()）]{1,16}[）)]$/;

/**
 * Roles of short cells already asked: readers ask the role of the same words many times (a header run is
 * tried at each line of a cell-per-line dump).
 */
const rememberedRoles = memoizeByText(readColumnRole, 4096);
const MAX_REMEMBERED_TEXT = 64;

/** The role a header cell names, or null (an unknown column is ignored on purpose). */
/**
 * Words that name a column only among other column words: 完成率 alone may be an indicator's own word (a name
 * "完成率", a 二级 "完成率指标"), but between two column words of a header row ("实际完成值 完成率 分值", a Hainan
 * system's 项目支出绩效自评表 printed with single spaces) it is the actual over the target.
 */
const columnWordsBetweenColumns: ReadonlyMap<string, ColumnRole> = new Map([['完成率', 'completionRate']]);

/** The role of a header word standing between two column words (`matchColumnRole` of its neighbours), or null. */
export function matchColumnRoleBetweenColumns(text: string, before: string | undefined, after: string | undefined): ColumnRole | null {
  const role = columnWordsBetweenColumns.get(normalizeHeaderText(text).replace(HEADER_NOTE, ''));
  if (role === undefined || before === undefined || after === undefined) return null;
  return matchColumnRole(before) !== null && matchColumnRole(after) !== null ? role : null;
}

export function matchColumnRole(text: string): ColumnRole | null {
  return text.length > MAX_REMEMBERED_TEXT ? readColumnRole(text) : rememberedRoles(text);
}

/** A column's note naming the long term ("二级指标(长期)", "指标值（中长期）"): the plan's columns beside the year's. */
const LONG_TERM_NOTE = /[（(](?:中长期|长期)[）)]$/;
/** The roles a long-term column repeats from the year's: its levels, names and values. */
const longTermRepeatedRoles: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['level1', 'level2', 'name', 'content', 'target']);

function readColumnRole(text: string): ColumnRole | null {
  const written = normalizeHeaderText(text);
  if (written === '' || written.length > MAX_HEADER_CELL_LENGTH) return null;
  if (LONG_TERM_NOTE.test(written)) {
    const repeated = matchWrittenRole(written.replace(LONG_TERM_NOTE, ''));
    if (repeated !== null && longTermRepeatedRoles.has(repeated)) return 'longTerm';
  }
  const role = matchWrittenRole(written);
  if (role !== null || !HEADER_NOTE.test(written)) return role;
  return matchWrittenRole(written.replace(HEADER_NOTE, ''));
}

function matchWrittenRole(written: string): ColumnRole | null {
  if (written === '') return null;
  const exact = exactIndex.get(written);
  if (exact) return exact;
  for (const wording of columnWordings) {
    if (wording.patterns?.some((pattern) => pattern.test(written))) return wording.role;
  }
  return null;
}

/** True when the cell is one of the written wordings, not only a match of a role's pattern ("…原因…"). */
export function isExactColumnWording(text: string): boolean {
  return exactIndex.has(normalizeHeaderText(text));
}

/** True when the cell is a band word (names columns below it, no role of its own). */
export function isBandWord(text: string): boolean {
  const written = normalizeHeaderText(text);
  return bandWords.includes(written) || bandWords.includes(written.replace(BAND_NOTE, ''));
}

/** A weight note after a band word: "绩效指标(权重分值90分,其中产出指标权重分值50分…)" (Inner Mongolia). */
const BAND_NOTE = /[（(][^（()）分]*分[^（()）]*[）)]$/;

/** True when the cell is the lower half of a composed header ("年初" under "指标值"). */
export function isCompositionWord(text: string): boolean {
  const written = normalizeHeaderText(text);
  return written.length <= 8 && bandCompositions.some((rule) => rule.lower.test(written));
}

/** The canonical header label of a role, for writers and synthesised headers. */
export function describeColumnRole(role: ColumnRole): string {
  return columnWordings.find((wording) => wording.role === role)?.exact[0] ?? role;
}

/**
 * Labels of an indicator table for the years beyond the budget year ("长期绩效指标" beside a header,
 * Shaanxi county 申报表 with a 长期 and a 年度 table): when the document also has another table,
 * its rows are not the year's indicators.
 */
export const longTermTableWords: readonly string[] = [
  '长期绩效指标',
  '中长期绩效指标',
  '中期绩效指标',
  '长期指标',
  '中长期指标',
  '长期目标指标',
  // A city 申报表's 总目标 (the whole project's, beside 本年度目标) has its own table before 本年度绩效指标.
  '总目标绩效指标',
  '总体目标绩效指标',
  '总目标指标',
];

/**
 * Headings of the columns left of the indicator columns in a published 项目支出绩效目标表 that lists
 * projects down its side ("单位名称（项目名称）| 预算金额 | 年度目标 | 一级指标 …", 部门预算公开 2021–2025):
 * the first indicator row's cells under them are the project and its amount.
 */
export const leadingProjectHeadings: readonly string[] = ['项目名称', '单位名称(项目名称)', '单位(项目)名称', '项目名称(单位名称)'];
export const leadingAmountHeadings: readonly string[] = ['预算金额', '项目金额', '预算数', '资金总额', '年度预算', '预算金额(万元)'];
/** A leading column naming each project's unit (Sichuan 部门预算项目绩效目标申报表: 单位名称 | 项目名称 | 预算数 …). */
export const leadingUnitHeadings: readonly string[] = ['单位名称', '预算单位', '预算单位名称', '单位'];

const leadingHeadingText = (text: string): string => text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

/** True when the cell heads a leading 单位名称 / 项目名称 / 预算金额 column (spaces gone, parentheses either width). */
export function isLeadingHeading(text: string): boolean {
  const written = leadingHeadingText(text);
  return [leadingProjectHeadings, leadingAmountHeadings, leadingUnitHeadings].some((headings) => headings.includes(written));
}

/**
 * Headings of a column of bands before the levels (Hunan county score sheets 2017–2019: 指标类别 over 共性指标（30分）/
 * 特性指标（70分）, merged down over each band's rows): read to place the row's cells, kept nowhere (the bands are no goals).
 */
export const leadingBandHeadings: readonly string[] = ['指标类别', '指标分类'];

/** True when the cell heads a leading column of bands (指标类别). */
export function isLeadingBandHeading(text: string): boolean {
  return leadingBandHeadings.includes(leadingHeadingText(text));
}

/** True when the cell heads the leading 预算金额 column. */
export function isLeadingAmountHeading(text: string): boolean {
  return leadingAmountHeadings.includes(leadingHeadingText(text));
}

/**
 * How a 绩效标准 / 指标解释 cell opens ("反映全年维修维护工作量", "该指标考察…", Hubei 目标表): the words that say
 * the text explains the indicator before it, so a run-together row's name ends where they start.
 */
export const explanationOpenings: readonly string[] = ['反映', '主要反映', '用于反映', '该指标'];

/**
 * How a scoring rule cell (得分计算方法, 评分标准) opens when a row runs it together with its values
 * ("第三名|达到目标记满分…", "243.44万元|控制在指标值以内，记满分。"): evidence of where the value ends.
 */
export const scoringRuleOpenings: readonly string[] = ['完成值达到', '完成值', '达到', '未达到', '未完成', '按', '控制在', '每', '全部完成', '根据', '实际完成', '超过', '低于'];

/** A row whose first cell is one of these closes the indicator rows and carries the totals. */
/**
 * The total score stated as a label and its value in one cell of the head ("自评总分：96", a Hubei county's 自评表
 * beside 项目名称, sixteenth study): the document's score where no 总分 row states one.
 */
export const statedTotalScoreLabels: readonly string[] = ['自评总分', '自评总得分', '评价总分'];

export const totalsWords: readonly string[] = ['总分', '合计', '总计', '分值合计', '得分合计', '综合得分', '自评总分', '自评总得分', '总得分', '评价总分', '自评得分'];

/** A row that sums the rows of one level above it ("小计 | | | 50 | 47"): no indicator, and the table goes on. */
export const subtotalWords: readonly string[] = ['小计', '分项小计', '一级指标小计', '二级指标小计'];

/** A row among the indicators that scores the budget's execution (its 分值/得分 are the budget's, it is no indicator). */
export const executionRateRowWords: readonly string[] = ['预算执行率', '资金执行率', '执行率', '项目预算执行率'];

/** Cells that end the indicator part of a table (opinions, signatures). Matched as prefixes. */
export const tableEndWords: readonly string[] = [
  '财政部门审核意见',
  '主管部门审核意见',
  '审核意见',
  '填表人',
  '填报人',
  '联系电话',
  '单位负责人',
  '财务负责人',
  '项目负责人',
  '评价结论',
  // Yunnan 部门整体支出绩效自评表 (决算 公开13表): "四、部门自评等级 | 优", "五、绩效自评结论 | …" under the indicators.
  '部门自评等级',
  '自评等级',
  '绩效自评结论',
  '自评结论',
  '存在问题',
  '改进措施',
  '其他说明的问题',
  '其他需要说明的问题',
  // Notes and the date printed under a published table ("注：1.…", "填报说明：", "填报日期：…").
  '注:',
  '注：',
  '说明:',
  '说明：',
  '填报说明',
  '填表说明',
  '编制说明',
  '填报日期',
  '填表日期',
  // The signing unit under a table ("填报单位（盖章）：…"), written under it as often as above it.
  '填报单位（盖章）',
  '填报单位(盖章)',
];

/**
 * Cells that end the indicator part when they are the whole cell or its label before a colon: the form's closing
 * rows under a table ("说明 | 无", "备注：无", "其他说明 | …"). Not as a bare prefix: a name may open so ("说明书发放份数").
 */
export const tableEndLabels: readonly string[] = ['说明', '备注', '其他说明', '补充说明', '备注说明', '情况说明', '其他需要说明的情况', '其他需要说明的事项'];

/** The outline number a table's closing rows may carry like a document's sections ("四、", "（五）"). */
export const tableEndOutlineNumber = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])/;

/** A date line under a table (the day it was signed): "2024年3月15日". */
export const tableEndDate = /^\d{4}年\d{1,2}月(\d{1,2}日)?$/;

/**
 * Cells that end the indicator part when they end so ("财政主管业务科室审核意见", "第三方机构审核意见";
 * a revision request's "主管部门意见：" / "财政部门意见：" signing places). Not a bare 意见: a name may
 * end so ("收集群众意见").
 */
export const tableEndEndings: readonly string[] = ['审核意见', '部门意见', '审批意见'];

/**
 * Words of an operator or direction column (指标性质 / 指标方向性) as the symbol the value parser
 * reads before the number; 定性 adds nothing (the value's own words decide).
 */
export const operatorColumnWords: ReadonlyArray<{ words: readonly string[]; symbol: string }> = [
  { words: ['正向', '正向指标', '越大越好', '≥', '>=', '大于等于', '不低于', '不少于'], symbol: '≥' },
  { words: ['反向', '反向指标', '越小越好', '≤', '<=', '小于等于', '不高于', '不超过'], symbol: '≤' },
  { words: ['等于', '=', '＝', '持平'], symbol: '=' },
  { words: ['大于', '>'], symbol: '>' },
  { words: ['小于', '<'], symbol: '<' },
  { words: ['定性', '定性指标', '定量', '定量指标'], symbol: '' },
];

/**
 * Operator-column words that say only which way is better (正向/反向), not the comparison: when one
 * column says 正向 and the next says "=", the "=" is the operator (Inner Mongolia's 指标性质/指标方向).
 */
export const directionOnlyWords: readonly string[] = ['正向', '正向指标', '越大越好', '反向', '反向指标', '越小越好'];
