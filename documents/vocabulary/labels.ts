/**
 * The words of a document's frame, as data: header labels and their synonyms, title wordings per
 * kind, scope evidence, amount-unit phrases and the labels of the budget block. Every reader uses
 * these lists (documents/text/header.ts, detect-kind.ts, amount-unit.ts, self-evaluation-budget.ts,
 * report-budget.ts) through ./profiles/index.ts, which adds each region's own wordings
 * (./profiles/<region>.ts); a region's wording goes into its profile, not into control flow. Labels are written with half-width brackets; `labelKey` (./label-key.ts) makes
 * the document's text comparable (full-width brackets and colons, spaces between characters).
 */
import type { DocumentKind } from '../../core/model.ts';

/** What a header label names. `ignored`: a known label whose value is not a fact of the model. */
export type HeaderField = 'unit' | 'implementer' | 'supervisor' | 'project' | 'year' | 'ignored';

export interface HeaderLabel {
  field: HeaderField;
  /** Wordings, most specific first: the first wording with a value wins. */
  labels: readonly string[];
}

/** Header labels of tables and reports (published layouts of many provinces). */
export const headerLabels: readonly HeaderLabel[] = [
  {
    field: 'unit',
    labels: [
      '部门(单位)名称',
      // 部门(单位)全称 …(公章): Hebei's fill-in cover of the 部门整体支出绩效评价自评报告.
      '部门(单位)全称',
      '预算部门名称',
      '预算单位名称',
      '部门名称',
      '单位名称',
      '预算部门',
      '预算单位',
      '填报单位',
      '编制单位',
      '申报单位',
      // A report's cover: the unit that compiled or sent it (reports-24).
      '编报单位',
      '报送单位',
      // 财政重点评价 of a 部门整体: the unit evaluated (never the 评价机构), before the 评价单位 beside it.
      '被评价单位',
      '被评价部门',
      // The unit in a self-evaluation; a third party's firm in an evaluation (reports read it only when
      // evidently the unit: text/report-header.ts).
      '评价单位',
    ],
  },
  {
    field: 'implementer',
    // 项目用款单位: Guangdong's 省级财政资金 self-evaluation reports.
    // 下达地方或单位: the 中央预算内投资计划绩效目标表, the place or unit the investment is given to.
    // 项目承担单位: the 财政支出项目绩效评价自评报告 cover (its 机构代码 label beside it is ignored).
    // 项目实施单位/项目负责人: a Ningxia 项目绩效目标自评表 ("…/某人": the unit before the slash, text/header.ts).
    labels: ['项目实施单位/项目负责人', '项目实施单位', '项目执行单位', '实施单位', '项目单位', '执行单位', '资金使用单位', '项目用款单位', '用款单位', '下达地方或单位', '项目承担单位', '承担单位'],
  },
  // 地方主管部门: the local one of a 转移支付区域绩效自评表, whose 中央主管部门 is a ministry.
  // 主管部门及代码 ("[208]某局", central template): longer than 主管部门, so its words are no value.
  // 县级主管部门: a county's 专项资金绩效目标自评表 (Hunan).
  // 主管部门及编码 ("[015001]某局"): a Wuhan district's 项目支出绩效目标表, its label broken over two lines ("主管部门" / "及编码").
  // 市县主管部门: a Ningxia 项目绩效目标自评表 of a 转移支付 (自治区主管部门 and 市县财政部门 beside it).
  // 区县主管部门: a Chongqing 区域绩效目标表 of a 下达 notice, under 中央主管部门 / 省级财政部门 / 省级主管部门 / 区县财政部门.
  // 业务主管部门: a Chongqing 项目支出绩效目标审批表 ("建设周期 … 业务主管部门 县民宗委").
  // 主管部门(单位)名称: a Fujian county's 省级专项资金绩效目标表 giving each township's project its own values.
  { field: 'supervisor', labels: ['主管部门(单位)名称', '主管部门及代码', '主管部门及编码', '主管部门名称', '项目主管部门', '业务主管部门', '地方主管部门', '县级主管部门', '区县主管部门', '市县主管部门', '市级主管部门', '主管部门', '项目主管单位', '主管单位'] },
  // 评价对象: the cover of a project's 绩效评价报告 ("评价对象：某项目").
  // 专项(项目)名称: the Chongqing county 中央、市级专项转移支付绩效目标自评表; 资金名称: the Chongqing 区域绩效目标表.
  // 项目支出名称: a Hunan city's 项目支出绩效目标申报表 (beside 预算部门; twenty-second study).
  // 二级项目名称 under 一级项目名称 (the category of projects it belongs to): a Gansu 省级部门预算项目支出绩效目标表 names the
  // project by the first and its category by the second (twenty-third study).
  { field: 'project', labels: ['二级项目名称', '项目名称', '项目全称', '项目支出名称', '转移支付(项目)名称', '专项(项目)名称', '转移支付名称', '专项名称', '专项资金名称', '资金名称', '评价对象'] },
  { field: 'year', labels: ['预算年度', '年度'] },
  {
    field: 'ignored',
    labels: [
      '主管部门审核意见',
      '主管部门意见',
      '中央主管部门',
      // The levels of government above and beside a 区域绩效目标表's local 主管部门 (its supervisor).
      '省级主管部门',
      '自治区主管部门',
      '省级财政部门',
      '市县财政部门',
      // 专项实施期: a Ningxia 项目绩效目标自评表, beside 自治区主管部门.
      '专项实施期',
      '市级财政部门',
      '区县财政部门',
      '县级财政部门',
      '财政部门审核意见',
      '主管部门编码',
      '主管部门代码',
      '预算编码',
      // 部门预算编码 (Fujian's 部门整体支出绩效自评表: "部门(单位)名称 某馆 部门预算编码 903017012"): beside the unit.
      '部门预算编码',
      '单位预算编码',
      '项目编码',
      '项目代码',
      '单位编码',
      '单位代码',
      '项目承担单位机构代码',
      '机构代码',
      '项目负责人及电话',
      '负责人及电话',
      '项目负责人',
      '单位负责人',
      '财务负责人',
      '联系人',
      '联系电话',
      '联系方式',
      '填报人',
      '填报日期',
      // 编报时间: a city's 绩效目标评审申报表 writes it above the table, spaced "编 报 时 间：".
      '编报时间',
      '填表人',
      '审核人',

      '项目属性',
      // A Chongqing 审批表's head: 项目名称 … 项目分类 …, 建设周期 …, 项目审批 <the approving notice>, and its funds rows'
      // 财政资金预算分类 / 财政资金科目代码 beside the amounts.
      '项目分类',
      '建设周期',
      '项目审批',
      '财政资金预算分类',
      '财政资金科目代码',
      '项目类别',
      '项目类型',
      '项目性质',
      '项目起止时间',
      '项目期',
      '实施周期',
      '实施期限',
      '资金用途',
      '资金来源',
      '评价机构',
      // A 财政支出项目绩效评价报告's cover (Hainan): run together, each ends the label before it.
      '评价类型',
      '评价时间',
      '组织方式',
      '上报时间',
      '报表编号',
      // A Gansu 省级部门预算项目支出绩效目标表's head (twenty-third study): the category of projects over 二级项目名称, the
      // dates, the fund's nature and the form's text blocks, each ending the value before it when run together.
      '一级项目名称',
      '项目开始日期',
      '项目完成日期',
      '资金性质',
      '项目立项必要性',
      '保证项目实施的制度措施',
      '项目实施计划',
      '组织实施单位',
      '监督管理单位',
      '政策依据',
      '其他依据',
      '需要说明的其他问题',
    ],
  },
];

/**
 * Words of the table itself (column and block labels): never the value of a header label,
 * e.g. the "年初预算数" that follows "年度" in a funds header.
 */
export const tableWords: readonly string[] = [
  '年初预算数',
  '年初预算',
  '全年预算数',
  '调整后预算数',
  '全年执行数',
  '预算执行数',
  '执行数',
  '分值',
  '权重',
  '执行率',
  '得分',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '年度指标值',
  '实际完成值',
  '年度总体目标',
  // The goal's label of a Gansu 省级部门预算项目支出绩效目标表 (twenty-third study): run together, it ends the value before it.
  '年度绩效目标',
  '总体目标',
  '预期目标',
  '实际完成情况',
  '绩效指标',
  '年度资金总额',
  '资金总额',
  '项目资金',
  '资金情况',
  '预算申请',
  '项目基本情况',
  '部门职能',
  // Column words of a table listing projects (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …).
  '预算数',
  '预算金额',
  '年度目标',
];

/**
 * Unit labels a form writes in its signature line under the table ("填报单位（公章）：某局  单位负责人：某人", a
 * 专项经费绩效评价表, seventeenth study): read there only when nothing above the table names the unit.
 */
export const signatureUnitLabels: readonly string[] = ['填报单位', '编制单位', '申报单位', '编报单位', '报送单位'];

/**
 * The labels of a government site's metadata form that name who published the page ("索 引 号: | … | 发文日期: | … |" /
 * "发文单位: | 某市行政审批局 |", the 政府信息公开 form every site writes above its pages): the unit a table names nowhere
 * else (主管部门 and 实施单位 both left blank, twenty-fourth study's Ezhou page), read only as the last resort.
 */
export const sitePublisherLabels: readonly string[] = ['发文单位', '发布机构', '发文机关', '发布单位', '发文机构'];

/**
 * Parts of a transfer payment's funds no source slot of the model holds (中央对地方专项转移支付区域绩效目标表: 其中：中央补助 /
 * 地方资金 / 其他资金): a target table naming them says its sources read are not the whole total.
 */
export const unslottedFundPartLabels: readonly string[] = ['中央补助安排', '省级财政安排', '中央补助', '中央财政资金', '中央资金', '地方资金', '地方财政资金', '省级资金', '市级资金', '县级资金', '上级补助'];

/** Seal and signature notes written next to a label or in place of a value. */
export const sealNotes: readonly string[] = [
  '(盖章)',
  '(公章)',
  '(签章)',
  '(印章)',
  '(单位盖章)',
  '(签字)',
  '(签名)',
  '盖章',
];

/** Values that only hold a place: nothing is written. */
export const placeholderValues: readonly string[] = [
  '',
  '/',
  '-',
  '—',
  '——',
  '无',
  'XX',
  '××',
  'xx',
  '…',
  '……',
  '***',
];

/**
 * Values that point at a unit named elsewhere in the table ("项目实施单位 | 本单位" under "单位名称：…",
 * Hubei 项目绩效自评表): no name of their own, the unit the table names stands for them.
 */
export const selfReferenceUnitValues: readonly string[] = ['本单位', '本部门', '本机关', '同上', '同填报单位', '同主管部门'];

/**
 * Notes in brackets after a unit or department name that say what kind of budget body it is
 * ("青川旗林业和草原局(部门)", Inner Mongolia's system export): dropped from the name.
 */
export const bracketedNameNotes: readonly string[] = ['部门', '单位', '部门本级', '本级', '汇总'];

/**
 * Words that name no one: a title's "部门预算项目支出…" or "市级…" leaves these before the kind
 * words, and they are no unit.
 */
/**
 * Words a fund's name ends in ("冰雪旅游推广专项经费绩效评价表", seventeenth study): a title naming such a fund before its
 * kind words names the project it is spent on (text/title.ts), unless the words before it are generic (县级专项资金).
 */
export const fundNameEndings: readonly string[] = ['专项资金', '专项经费'];

export const genericUnitWords: readonly string[] = [
  '部门',
  '单位',
  '部门(单位)',
  '本级',
  '部门预算',
  '市级',
  '县级',
  '区级',
  '省级',
  '市直',
  '县直',
  '区直',
  '省直',
  '财政',
  '预算',
  '年度',
  '本年度',
  '关于',
];

/**
 * The heading of a unit's budget publication a table may sit in without a title of its own
 * ("<unit>2023年度部门决算", a Sichuan county 决算 page holding the 部门整体 评分表): it names the unit
 * before its year, never a kind. Matched on the compacted heading after the year.
 */
export const publicationHeadingWords = /^(?:部门|单位)?(?:决算|预算)(?:公开|编制说明|情况说明)?$/;

/**
 * A range of years as titles and reports write it (group 1 the first year, group 2 the last): "2021-2023年",
 * "2021—2023年度", "2021年至2023年", "2021年—2023年", "2021~2023", "2021年1月1日至2023年12月31日"
 * ("二〇二一至二〇二三年" is written in digits by normalize.ts first). Matched on compacted text.
 */
export const yearRangePattern =
  /(?<!\d)((?:19|20)\d{2})(?:年度?(?:\d{1,2}月(?:\d{1,2}日)?)?)?[-—–~～至到]{1,2}((?:19|20)\d{2})(?!\d)(?:年度?)?/;

/** One title wording of a kind: matched on the compacted title (no spaces, half-width brackets). */
export interface TitlePattern {
  kind: DocumentKind;
  pattern: RegExp;
}

/**
 * Title wordings, tried in order (a 自评报告 is a report before it is a self-evaluation; a
 * 目标批复表 an approval before a target table).
 */
export const titlePatterns: readonly TitlePattern[] = [
  {
    kind: 'evaluation-report',
    // "…2023年度专项债券项目资金绩效评价结果公示" (a Zhejiang township, 2024): the results of several evaluations
    // published as a list; read as a report over several projects (report.projects).
    pattern: /评价报告|自评报告|绩效报告|绩效.{0,16}报告|自评情况说明|绩效评价情况$|绩效评价结果的?(?:公示|公开|公告|通报)/,
  },
  { kind: 'approval-table', pattern: /批复表|目标批复|批复的?绩效目标|绩效目标批复|目标核定表/ },
  {
    kind: 'self-evaluation',
    // 部门整体支出绩效评价指标体系评分表 (a Hubei county's score sheet of four levels, twenty-fifth study): the scores given.
    pattern: /自评表|绩效评价基础数据表|自评结果表|自评情况表|绩效自评$|自评得分表|绩效评价表|评价评分表|评价得分表|评价指标(?:体系)?评分表/,
  },
  {
    kind: 'target-table',
    pattern:
      // 绩效目标调整申请表 / 调整表 / 修订表: the targets revised mid-year, the revised ones the document's.
      // 项目支出绩效目标审批表: a Chongqing township's targets as the unit declares them for approval (twentieth study).
      // "关于…项目绩效目标设定的公示", "…项目绩效目标设定" (a Ningxia township's and 农业农村局's notices, twenty-second study):
      // the targets set, written in sentences under 一、产出指标 / 二、效益指标 / 三、满意度指标.
      /目标表|目标申报表|目标和指标|目标及指标|绩效目标$|绩效目标设定(?:的?(?:公示|公告|情况))?$|目标审核表|目标审批表|指标表|绩效目标申报|目标编报表|目标填报表|目标评审申报表|目标评审表|目标调整申请表|目标调整表|目标修订表/,
  },
];

/** A notice's title ending that says it sets a project's targets ("…项目绩效目标设定的公示"): the project stands before it. */
export const targetsSetNoticeTitle = /绩效目标设定(?:的?(?:公示|公告|情况))?$/;
/**
 * The money a target notice says it gives ("安排…衔接推进乡村振兴补助资金50万元", "安排…技术培训资金30万元"): group 1 the
 * figure in 万元, in the clause that opens with 安排.
 */
export const noticeBudgetClause = /安排[^。；]{0,160}?(?:资金|经费)(\d+(?:\.\d+)?)万元/;
/** The label before a notice's overall goal ("项目总体绩效目标是：", "总体目标："). */
export const noticeOverallGoalLabel = /(?:项目)?总体(?:绩效)?目标(?:是|为)?[:：]/;

/** The kind words a title opens with after the unit: the unit is what stands before them. */
export const titleKindOpeners: readonly string[] = [
  '部门(单位)整体',
  '单位(部门)整体',
  '部门整体',
  '单位整体',
  '整体支出',
  '整体绩效',
  '部门预算项目',
  '预算项目',
  '财政支出项目',
  '财政支出',
  '项目支出',
  '项目绩效',
  '专项资金',
  // "2024年中央预算内投资计划绩效目标表": the plan's kind, not a unit before it.
  '中央预算内投资',
  // "中央对地方专项转移支付区域绩效目标表" (财预〔2015〕163号): the programme's kind, not a unit (seventeenth study).
  '中央对地方',
  // "动物防疫等补助经费区域绩效目标表" (a Chongqing 下达 notice's attachment): the fund and the region table, no unit.
  '区域绩效',
  '部门支出',
  '支出绩效',
  '绩效目标',
  '绩效自评',
  '绩效评价',
  '绩效报告',
  '单位自评',
  '部门自评',
  '自评',
  '部门决算',
  '决算编制',
  '决算',
];

/** Scope evidence: words that make a document 部门整体 or 项目 (title words first, then labels). */
export const scopeEvidence = {
  department: /部门\(单位\)整体|单位\(部门\)整体|部门整体|单位整体|整体支出|整体绩效/,
  // 转移支付 (中央对地方转移支付区域绩效自评表) is spending on a programme, read as a project.
  // So is a 中央预算内投资计划 (its 专项 and the projects it funds), a 专项资金 and a fund's 区域绩效目标表.
  projectTitle: /项目|转移支付|中央预算内投资|专项资金|专项经费|区域绩效/,
  projectLabels: /项目名称|项目资金|项目实施单位|项目主管部门|转移支付|专项名称|专项资金名称/,
} as const;

/**
 * Body evidence per kind, for texts whose title does not decide: each entry needs `needed` of its
 * patterns (one word is never enough: an essay may say 存在的问题, a sports table 得分).
 */
export const bodyEvidence = {
  selfEvaluation: {
    patterns: [
      /实际完成值|全年完成值|完成值|实际值|全年实际值|实际完成情况/,
      /全年执行数|预算执行数|执行率|执行数/,
      /未完成原因|偏差原因|原因分析/,
      /年度指标值|指标值|目标值/,
    ],
    needed: 2,
    /** A 得分 column is required as well. */
    required: /得分/,
  },
  /**
   * A score sheet (部门整体 考评表) names no values: each indicator's points, the rule they are
   * scored by, and a 得分 column — a cell of its own, as a target table's 评(扣)分标准 texts say
   * "不得分" too.
   */
  scoreSheet: {
    patterns: [/指标分值|分值|权重|权数/, /计分标准|评分标准|扣分标准|评分规则|评分办法/],
    scoreColumn: /^(?:自评|评价|考评)?得分$/,
  },
  targetTable: {
    patterns: [
      /三级指标|指标名称|指标内容/,
      /一级指标|二级指标/,
      /指标值|目标值/,
      /产出指标|效益指标|满意度指标/,
    ],
    needed: 2,
  },
  /** Report headings ("一、部门基本情况"): numbered lines only. */
  report: {
    patterns: [
      /(部门|单位|项目)(的)?基本情况|项目概况|部门概况|单位概况/,
      /绩效情况|绩效目标实现情况|绩效目标完成情况|绩效自评情况|自评结论|评价结论/,
      /存在的问题|主要问题|问题及原因/,
      /改进措施|整改措施|改进意见|有关建议/,
      /预算支出情况|预算执行情况|资金使用情况|资金投入|资金管理/,
    ],
    needed: 2,
  },
} as const;

/** An amount unit as stated by a table ("单位：元", "金额单位：万元") or a column ("(万元)"). */
export const amountUnits = ['元', '千元', '万元', '亿元'] as const;
export type AmountUnit = (typeof amountUnits)[number];

/** How many 元 one of each unit is, for converting to 万元 exactly. */
export const yuanPerUnit: Record<AmountUnit, number> = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 };

/** Statements of the table's amount unit: "单位：元", "金额单位:万元", "单位（元）", "单位：人民币元". */
export const amountUnitStatement =
  /(?:金额|资金|预算|计量)?单位[:：(（]\s*(?:人民币\s*)?(亿元|万元|千元|元)(?![\u4e00-\u9fff])/;

/**
 * A cell that states the amount unit and names no one, so it is never the value of the label
 * before it: written without spaces it opens with 单位：/金额单位： ("单位：万元", "单位："), or it is
 * only an amountUnitStatement ("资金单位（元）"). text/header-pairs.ts isAmountUnitCell applies it.
 */
export const amountUnitCell = {
  labelOpening: /^(金额)?单位[:：]/,
  statement: amountUnitStatement,
} as const;

/** A column or block label carrying its unit: "年初预算数(元)", "预算申请（万元）", "资金情况(万元)". */
export const amountUnitInLabel =
  /(?:预算|资金|金额|执行数|预算数|申请|总额|拨款)[^()（）]{0,8}[(（]\s*(亿元|万元|千元|元)\s*[)）]/;

/** The roles of the columns of a budget block (self-evaluations, Sichuan and Chongqing variants). */
export type BudgetColumnRole = 'initial' | 'adjusted' | 'executed' | 'weight' | 'executionRate' | 'score';

/**
 * Column labels by role, compared after brackets and their content are dropped ("全年预算数(A)" →
 * "全年预算数", "全年(调整)预算数" → "全年预算数", "执行率(%)" → "执行率").
 */
export const budgetColumnLabels: Record<BudgetColumnRole, readonly string[]> = {
  // 年初部门预算安排金额: the Fujian 部门整体支出绩效自评表 (its columns numbered ①…⑧: text/formula-fund-header.ts).
  initial: ['年初预算数', '年初批复数', '年初批复预算', '年初预算金额', '年初安排数', '年初部门预算安排金额', '年初预算安排金额'],
  adjusted: [
    '全年预算数',
    '全年预算',
    '调整后预算数',
    '调整后预算',
    '全年调整后预算数',
    '调整预算数',
    '预算调整数',
    '全年调整预算数',
    '预算数',
    // Sources as columns, their sum the year's funds: "项目资金来源 | 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率"
    // (a Hubei county's 自评表, sixteenth study). A column label only: a 合计 row stays the total row.
    '合计',
  ],
  executed: [
    '全年执行数',
    '执行数',
    '预算执行数',
    '实际执行数',
    '全年实际执行数',
    '全年支出数',
    '实际支出数',
    '实际支出',
    '支出数',
    // 部门整体 reports tabulate the year's spending as its 决算.
    '决算数',
    '决算支出数',
    '全年决算数',
    '全年实际支出数',
    '执行金额',
    '支出金额',
    '实际支出金额',
  ],
  weight: ['分值', '执行率分值', '预算执行率分值', '标准分', '满分', '权重分'],
  executionRate: ['执行率', '资金执行率', '全年执行率'],
  score: ['得分', '评分', '自评得分', '评价得分', '实际得分'],
};

/**
 * Funds blocks whose amounts span years: a column for the whole project (项目总额) and one for the
 * budget year (当年金额). The year's column is the document's budget (approval tables from
 * integrated budget systems, Shanghai 项目绩效目标 2022–2024).
 */
export const lifecycleAmountColumns: readonly string[] = ['项目总额', '项目总金额', '总金额', '全周期金额', '项目总投资'];
export const currentYearAmountColumns: readonly string[] = [
  '当年金额',
  '当年预算',
  '当年预算数',
  '本年度金额',
  '本年金额',
  '本年预算',
  // 部门预算项目支出绩效目标申报表 (Heilongjiang, Shanxi): 上年度预算安排 | 上年度实际执行 | 本年度申请金额.
  '本年度申请金额',
  // A Chongqing 项目支出绩效目标审批表: 项目总预算 (the whole project's), then 当年年度预算 over 其中：财政资金 / 其中：其它资金.
  '当年年度预算',
  '本年申请金额',
  '本年度申请数',
];
/** Columns of the year before the budget year, written before the year's (上年度预算安排 | 上年度实际执行). */
export const priorYearAmountColumns: readonly string[] = ['上年度预算安排', '上年度实际执行', '上年预算安排', '上年实际执行', '上年度预算数', '上年度执行数'];

/** Where a budget row's amount goes. */
export type BudgetRowSlot =
  'total' | 'currentYear' | 'carriedOver' | 'other' | 'specialAccount' | 'generalPublic' | 'governmentFund';

/**
 * Row labels of a budget block, compared whole after a "其中：" lead-in and brackets are dropped.
 * Several labels may land in one slot (单位资金 and 其他资金): their amounts add up.
 */
export const budgetRowLabels: ReadonlyArray<{ slot: BudgetRowSlot; labels: readonly string[] }> = [
  {
    slot: 'total',
    labels: [
      ...currentYearAmountColumns,
      '年度资金总额',
      '资金总额',
      // Hubei 项目绩效自评表 (预算数（A）| 执行数（B）| 执行率（B/A）| 得分（20分*执行率）).
      '年度财政资金总额',
      '财政资金总额',
      '总额',
      '年度资金合计',
      '资金合计',
      '项目资金总额',
      '预算资金总额',
      '预算总额',
      '年度预算总额',
      '批复金额',
      // A Gansu 省级部门预算项目支出绩效目标表: the year's request after 项目总投资 and its parts (twenty-third study).
      '预算申报数',
      // A Guangdong city's 批复表 (Dongguan, twenty-fifth study): 中期市财政预算(万元) | … | 本年度申请市财政预算资金(万元) | ….
      '本年度申请市财政预算资金',
      '本年度申请财政预算资金',
      // 中央预算内投资计划绩效目标表: 下达中央预算内投资（万元）.
      '下达中央预算内投资',
      // 中央对地方专项转移支付区域绩效目标表 (财预〔2015〕163号): 年度金额 over 其中：中央补助 / 地方资金 / 其他资金.
      '年度金额',
      '合计',
      '总计',
    ],
  },
  {
    slot: 'currentYear',
    labels: [
      '本年财政拨款',
      '当年财政拨款',
      '本年度财政拨款',
      '财政拨款',
      '本级财政资金',
      '财政拨款资金',
      '当年财政资金',
      '财政拨款数',
    ],
  },
  {
    slot: 'carriedOver',
    labels: ['上年结转资金', '上年结转', '上年结余', '上年结转结余', '结转结余资金', '上年结余资金'],
  },
  {
    slot: 'specialAccount',
    labels: ['纳入专户管理的非税收入拨款', '纳入专户管理的非税收入', '财政专户资金'],
  },
  {
    slot: 'generalPublic',
    // "其中：本年一般公共预算拨款" (the Beijing 2016 自评表's one fiscal row).
    labels: ['一般公共预算', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算资金', '本年一般公共预算拨款', '当年一般公共预算拨款'],
  },
  {
    slot: 'governmentFund',
    labels: ['政府性基金拨款', '政府性基金', '政府性基金预算拨款', '政府性基金预算'],
  },
  { slot: 'other', labels: ['其他资金', '其它资金', '自有资金', '单位自有资金', '其他'] },
];

/**
 * Budget figures a report's narrative states, by the words before the amount ("年初批复预算712万元",
 * "调整预算后项目预算655.8万元", "实际支出628.4万元"), tried in order. 到位 (funds received) is no
 * budget figure of the model and is never taken for one.
 */
export const reportBudgetFigures: ReadonlyArray<{
  field: 'initial' | 'adjusted' | 'executed';
  pattern: RegExp;
}> = [
  {
    field: 'adjusted',
    // "项目累计安排资金1.26亿元", "累计下达资金": all that was allocated, additions included (over a report's years);
    // "全年可用资金" (the lead-in 全年 is dropped before the label is matched).
    pattern:
      /^预算(?:数|总额)$|^(?:项目)?累计(?:安排|下达)(?:的)?(?:预算|项目)?(?:资金|经费)?$|调整后(?:的)?(?:全年)?(?:部门)?预算|调整预算(?:后|数|为)|调整预算$|预算调整(?:后|为)|全年预算(?:数|总额|资金|金额)?$|全年预算(?:数|总额)(?!执行)|^调整后$|调整(?:为|至)$|追加后(?:的)?(?:全年)?预算|(?:全年|^)可(?:用|支配)(?:预算|资金)|^(?:全年)?财政拨款预算(?:数|总额)$/,
  },
  {
    field: 'initial',
    // "2023年初预算安排…": the lead-in takes "2023年", leaving 初预算.
    // "预算安排资金300万元", "县财政安排项目资金80万元", "共安排预算资金": the year's allocation;
    // "部门预算批复数320万元": the budget as approved with the year's budget; "预算数（调整前）": before the revision;
    // "区财政通过抗疫特别国债安排资金860万元": the allocation with the channel it came through;
    // "县财政2023年度安排县农业技术推广站耕地质量提升工作补助经费60万元": the allocation naming unit and work.
    pattern:
      /(?:年初|^初)(?:批复|安排|下达)?(?:的)?(?:部门|项目|财政拨款)?预算|年初[^\d，,]{0,8}?指标(?:总额|金额|数)?$|调整前(?:的)?(?:全年)?预算|年初批复|年初(?:计划)?安排|预算批复(?:数|金额)?$|^批复预算(?:数|金额)?$|^(?:(?:该|本|此)?项目)?(?:[^\d，,]{0,4}财政)?(?:通过[^\d，,]{2,12}?)?共?(?:预算安排|安排(?:的)?(?:预算|项目)?)(?:资金)?$|^(?:[^\d，,]{0,4}财政)?(?:(?:19|20)\d{2}年度?)?(?:预算)?安排(?!其中)[^\d，,]{2,30}?(?:资金|经费)$/,
  },
  {
    field: 'executed',
    // "已拨付工程款812.4万元": the works paid for (a capital project's spending); 拨付 alone may be the funds a
    // finance bureau passed on (到位), never taken for the execution. "本年财政资金支出合计" (a Sichuan 部门整体 report's
    // 部门财政资金收支情况): the year's spending; its 收入合计 beside it is income, no budget figure.
    pattern:
      /全年执行数|(?:全年|实际|累计)?执行(?:数|金额|资金)?$|实际(?:完成)?(?:支出|使用|支付)(?:资金|金额|数)?$|(?:已|累计)(?:完成)?(?:支出|使用|支付)(?:资金|金额)?$|预算执行数|决算支出(?:数|总额|金额)?$|决算数$|^(?:全年|年末|年度)?(?:共|共计|合计)?(?:完成)?(?:支出|支付)(?:数|金额)?$|^(?:项目)?(?:资金|经费)(?:实际)?(?:支出|使用)(?:数|金额)?$|(?:全年)?财政拨款支出(?:数|金额)?$|^截[至止][^，,]{1,12}?(?:已|累计|实际)?(?:支出|支付|使用)(?:资金|金额)?$|(?:已|累计)(?:拨付|支付)(?:工程|工程进度|项目|合同)款$|^(?:本年度?)?财政资金支出(?:合计)?$|^(?:(?:该|本|此)?项目)?(?:全年|年度)?(?:共|累计|实际)?完成预算(?:资金|支出)?(?:数|金额)?$/,
  },
];


/**
 * A budget a report names without saying which ("项目预算资金40万元", "该项目2023年预算数", "本年度预算资金", "支出预算"):
 * neither 年初 nor 调整 / 全年. Read as the year's (全年) budget only when the report states no qualified one and
 * its stated rate, if any, agrees (report-budget-inferred.ts). 项目总预算 and 项目资金 (a whole period, any funds) are not.
 */
// "耕地质量提升项目资金预算总额": a project's name before it.
export const reportUnqualifiedBudget =
  /^(?:该|本|此)?(?:[^\d，,。；]{0,16}?(?:项目|专项|部门|单位))?(?:(?:19|20)\d{2}年度?|本年度?|当年|年度)?(?:部门整体|整体)?(?:支出|资金|经费)?预算(?:数|资金|金额|经费|总额)?$/;
/**
 * The budget a project applied for ("该项目共申请预算资金50万元"): an application, not the approved budget, so read as
 * the year's budget only where no budget is stated and the report's own rate proves it the base (reports-25).
 */
export const reportAppliedBudget = /^(?:(?:该|本|此)?项目)?共?申请(?:的)?(?:预算)?(?:资金|经费)(?:总额|金额)?$/;
/** The two parts of 基本支出 a 部门整体 report may state without it: 人员经费 and 公用经费 (日常公用经费). */
export const reportBasicExpenditureParts = {
  personnel: /^人员经费(?:支出)?(?:合计)?$/,
  publicUse: /^(?:日常)?公用经费(?:支出)?(?:合计)?$/,
} as const;

/**
 * Words that make a report amount no budget figure: funds received (到位), a rate, a change against
 * another figure ("比年初预算增加5万元", "较上年减少").
 */
export const reportFigureExclusions = /到位|执行率|支付率|到位率|结余|结转|(?:比|较)(?:年初|调整|全年|上年|去年|预算)|增加|减少|增长|下降|调增|调减/;

/**
 * A stated 执行率 in running text: "预算执行率为98.71%", "执行率98%", "预算执行率达到了99.2%", a formula in
 * brackets ("执行率（C/B）", "执行率（全年执行数÷全年预算数）为97%"), 预算完成率 (the same rate by another name).
 */
// "预算执行率=全年执行数÷全年预算数×100%=99%": a formula written out between equals signs.
// "（支出…万元，）占全年预算的92%": the executed share of the year's budget (reports-25).
export const statedExecutionRate =
  /(?:(?:(?:预算|资金)?执行(?:率|进度)|预算完成率)(?:[（(][^（）()%]{1,20}[）)])?(?:[=＝][^，,。；;=＝]{1,30}(?=[=＝]))?(?:为|达到了?|达了?|是|约|实现|[=＝])?[:：]?|占(?:全年|调整后|年度)?(?:的)?预算(?:数|资金|总额)?的?)\s*(\d+(?:\.\d+)?)\s*%/;

/**
 * How unit names end, longest first: a report title without a year names its unit and then its
 * project ("桃江县农村公路养护中心" | "农村公路安全生命防护工程资金" | 绩效评价报告).
 */
export const unitNameEndings: readonly string[] = ['人民政府', '委员会', '指挥部', '办公室', '中心', '政府', '医院', '学校', '局', '院', '馆', '站', '所', '队', '委', '厅', '办'];
