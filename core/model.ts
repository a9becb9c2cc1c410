/**
 * The document model: one typed shape, validated by zod, for the four document kinds
 * (目标表, 批复表, 自评表, 评价报告) at both scopes (部门整体, 项目). It is the product's exchange
 * format (docs/exchange-format.md): readers produce it, the server stores it, writers export it.
 */
import { z } from 'zod';
import { DECIMAL_PATTERN } from './decimal.ts';
import { completionCountSchema, createIndicatorMonitoringSchema, monitoringSchema } from './monitoring/schema.ts';

/** An exact decimal as text, e.g. "12222.69" (万元) or "1.92" (分). */
export const decimalSchema = z.string().regex(DECIMAL_PATTERN, '不是有效的数字');

export const documentKinds = ['target-table', 'approval-table', 'self-evaluation', 'evaluation-report', 'monitoring'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const scopes = ['department', 'project'] as const;
export const scopeSchema = z.enum(scopes);
export type Scope = z.infer<typeof scopeSchema>;

export const operators = ['>=', '>', '=', '<=', '<'] as const;
export const operatorSchema = z.enum(operators);
export type Operator = z.infer<typeof operatorSchema>;

export const directions = ['higher-better', 'lower-better', 'equal', 'qualitative'] as const;
export const directionSchema = z.enum(directions);
export type Direction = z.infer<typeof directionSchema>;

export const changeSchema = z.enum(['increase', 'decrease']);
export type Change = z.infer<typeof changeSchema>;

/**
 * A parsed 指标值 or 完成值. `text` is the original wording; the other fields are what the
 * parser understood. `value` is null when no number was found (定性 or vague values).
 */
export const indicatorValueSchema = z.object({
  text: z.string(),
  operator: operatorSchema.nullable(),
  value: decimalSchema.nullable(),
  unit: z.string().nullable(),
  direction: directionSchema,
  change: changeSchema.nullable(),
  qualitative: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/** 绩效运行监控 fields of an indicator (monitoring tables only). */
export const indicatorMonitoringSchema = createIndicatorMonitoringSchema(indicatorValueSchema);
export type IndicatorMonitoring = z.infer<typeof indicatorMonitoringSchema>;

export const indicatorSchema = z.object({
  /** 一级指标: 产出指标, 效益指标, 满意度指标, 成本指标. */
  level1: z.string(),
  /** 二级指标: 数量指标, 质量指标, 经济效益指标 … */
  level2: z.string(),
  /** 三级指标: the concrete indicator. */
  name: z.string(),
  /** 指标值 (年度指标值); null when the document gives none. */
  target: indicatorValueSchema.nullable(),
  /** 实际完成值 (self-evaluations). */
  actual: indicatorValueSchema.nullable().optional(),
  /** 分值 / 权重. */
  weight: decimalSchema.nullable().optional(),
  /** 得分 as entered in the document. */
  score: decimalSchema.nullable().optional(),
  /** 得分 by the rules (core/scoring). */
  suggestedScore: decimalSchema.nullable().optional(),
  /** 偏差原因分析及改进措施 / 未完成原因分析. */
  deviation: z.string().nullable().optional(),
  /** 1-based line in the source text where the row started, when read from text. */
  line: z.number().int().positive().optional(),
  /** 得分系数 as written (Chongqing-style tables: 0.95 or 95 meaning 95%); scored by coefficient packs. */
  scoreCoefficient: decimalSchema.nullable().optional(),
  /** 是否核心指标 (Chongqing-style tables). */
  isCore: z.boolean().nullable().optional(),
  /** Monitoring tables: 1-N月实际完成值, 全年预计完成值, 完成目标可能性, 偏差原因, 纠偏措施, light. */
  monitoring: indicatorMonitoringSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const goalSchema = z.object({
  /** 目标一, 职能1: 安保执勤, or "" for a single implicit goal. */
  name: z.string(),
  indicators: z.array(indicatorSchema),
  /**
   * The project of a report over several (`report.projects[].name`) whose own table these indicators are: each such
   * project's indicators are summed, scored and checked on their own (core/project-views.ts), never with another's.
   */
  project: z.string().optional(),
});
export type Goal = z.infer<typeof goalSchema>;

const amount = decimalSchema.nullable().optional();

export const budgetSchema = z.object({
  /** 资金总额 / 年度资金总额 (万元). For self-evaluations: the 全年预算数 column's total. */
  total: amount,
  /** 按收入性质分. Project tables use currentYear 本年财政拨款 / carriedOver 上年结转资金 / other. */
  bySource: z
    .object({
      generalPublic: amount,
      governmentFund: amount,
      specialAccount: amount,
      currentYear: amount,
      carriedOver: amount,
      other: amount,
      /** 合计 as stated. */
      total: amount,
    })
    .optional(),
  /** 按支出性质分. */
  byNature: z
    .object({
      basic: amount,
      project: amount,
      /** 合计 as stated. */
      total: amount,
    })
    .optional(),
  /** 年初预算数. */
  initial: amount,
  /** 全年预算数 (A). */
  adjusted: amount,
  /** 全年执行数 (B). */
  executed: amount,
  /** 分值 of the execution rate (usually 10). */
  weight: amount,
  /** 执行率 as stated, in percent ("100" for 100%). */
  executionRate: amount,
  /** 得分 of the execution rate as stated. */
  score: amount,
  /** 得分 of the execution rate by the rules. */
  suggestedScore: amount,
  /**
   * The unit the source document wrote its amounts in, when not 万元 (the amounts above are
   * always 万元, converted exactly). Absent: the source wrote 万元 or did not say.
   */
  sourceUnit: z.enum(['元', '千元', '万元', '亿元']).optional(),
  /** Monitoring: 年度预算调整 (the change between 年初预算数 and 调整后预算数). */
  adjustment: amount,
  /** Monitoring: 1-N月执行数 (executed up to the window's end). */
  executedToDate: amount,
  /** Monitoring: 全年预计执行数; null when the document gives none. */
  forecast: amount,
});
export type Budget = z.infer<typeof budgetSchema>;

export const grades = ['优', '良', '中', '差'] as const;
export const gradeSchema = z.enum(grades);
/** Letters some regions grade with (A/B/C/D…); a rule pack's letterScale says which of 优/良/中/差 each is. */
export const gradeLetters = ['A', 'B', 'C', 'D', 'E'] as const;
export type GradeLetter = (typeof gradeLetters)[number];
export type Grade = z.infer<typeof gradeSchema>;

export const totalsSchema = z.object({
  /** 总分 column of 分值 as stated. */
  weight: amount,
  /** 总分 as stated (得分 column). */
  score: amount,
  /** 等级 as stated, when the document states one. */
  grade: gradeSchema.nullable().optional(),
  /**
   * A letter grade a report states with no scale of its own ("评价等级为A级"): analysis sets `grade` from the rule
   * pack's letter scale each time (core/scoring/letter-grade.ts), so the grade follows the pack.
   */
  gradeLetter: z.enum(gradeLetters).nullable().optional(),
  /** Total by the rules: execution score + Σ suggested indicator scores, after any cap. */
  suggestedScore: amount,
  /** Grade of suggestedScore. */
  suggestedGrade: gradeSchema.nullable().optional(),
  /** Grade of the stated score (or of Σ entered scores when no 总分 is stated). */
  enteredGrade: gradeSchema.nullable().optional(),
});
export type Totals = z.infer<typeof totalsSchema>;

export interface MoneyItem {
  label: string;
  amount: string;
}
export interface MoneyList extends MoneyItem {
  items: MoneyItem[];
}
const moneyItemSchema = z.object({ label: z.string(), amount: decimalSchema });
export const moneyListSchema = z.object({
  label: z.string(),
  amount: decimalSchema,
  items: z.array(moneyItemSchema),
  line: z.number().int().positive().optional(),
});

/**
 * One project of a report that evaluates several (docs/layouts.md "Several projects", reports-25): the figures
 * its own part or row states, in 万元 and %. The document's own fields keep what the report states for the whole.
 */
export const reportProjectSchema = z.object({
  name: z.string(),
  /** 1-based line of the project's heading or row. */
  line: z.number().int().positive().optional(),
  initial: amount,
  adjusted: amount,
  executed: amount,
  executionRate: amount,
  score: amount,
  grade: gradeSchema.nullable().optional(),
  /** 分值 and 得分 of the project's execution rate, as its own table states them (its 年度资金总额 or 预算执行率 row). */
  executionWeight: amount,
  executionScore: amount,
  /** The project's total by the rules, from its own indicators (goals whose `project` is its name) and rate. */
  suggestedScore: amount,
  suggestedGrade: gradeSchema.nullable().optional(),
});
export type ReportProject = z.infer<typeof reportProjectSchema>;

export const reportSchema = z.object({
  sections: z.array(z.object({ title: z.string(), text: z.string() })),
  moneyLists: z.array(moneyListSchema),
  /** What the sections were drafted from (documents/report-draft); absent for a report read from a file. */
  draftedFrom: z.enum(['self-evaluation']).optional(),
  /** Completion counts the report states (设置指标N个，完成M个), compared with its self-evaluation (chain checks). */
  completionCounts: z.array(completionCountSchema).optional(),
  /** The years a report over several years covers (2021—2023); the document's `year` is the last (lead, 2026-12-05). */
  yearRange: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  /** The projects a report evaluates one by one, each with its own figures (read from the file, not entered). */
  projects: z.array(reportProjectSchema).optional(),
});
export type Report = z.infer<typeof reportSchema>;

export const severities = ['error', 'warning', 'info'] as const;
export const findingSchema = z.object({
  severity: z.enum(severities),
  /** Stable code, documented in docs/findings.md. */
  code: z.string(),
  /** Chinese, says what to fix. */
  message: z.string(),
  /** Where in the model: "budget.total", "goals.0.indicators.3.target". */
  path: z.string(),
  line: z.number().int().positive().optional(),
});
export type Finding = z.infer<typeof findingSchema>;
export type Severity = Finding['severity'];

export const documentSchema = z.object({
  kind: documentKindSchema,
  scope: scopeSchema,
  /** 单位/部门名称 (预算单位). For project tables: 实施单位. */
  unit: z.string(),
  year: z.number().int().min(1990).max(2100).nullable(),
  /** 项目名称 (project scope). */
  project: z.string().nullable().optional(),
  /** 主管部门 where given. */
  supervisor: z.string().nullable().optional(),
  budget: budgetSchema,
  /** 部门职能 / 职能概述. */
  functions: z.string().nullable().optional(),
  /** 整体绩效目标 / 预期目标. */
  overallGoal: z.string().nullable().optional(),
  /** 实际完成情况. */
  overallResult: z.string().nullable().optional(),
  goals: z.array(goalSchema),
  totals: totalsSchema,
  /** 评价报告 (and narrative 监控报告) only. */
  report: reportSchema.nullable().optional(),
  /** 绩效运行监控表/报告 only: window, analysis, lights, stated facts. */
  monitoring: monitoringSchema.nullable().optional(),
  findings: z.array(findingSchema),
  /** The rule pack that scored it, "name@version" (core/rule-packs); absent before any pack scored it. */
  rulePack: z.string().nullable().optional(),
});
export type PerformanceDocument = z.infer<typeof documentSchema>;

/** An empty document of a kind, for readers to fill. */
export function createEmptyDocument(kind: DocumentKind, scope: Scope = 'department'): PerformanceDocument {
  return {
    kind,
    scope,
    unit: '',
    year: null,
    project: null,
    supervisor: null,
    budget: {},
    functions: null,
    overallGoal: null,
    overallResult: null,
    goals: [],
    totals: {},
    report: kind === 'evaluation-report' ? { sections: [], moneyLists: [] } : null,
    ...(kind === 'monitoring' ? { monitoring: { period: {} } } : {}),
    findings: [],
  };
}

/** Chinese names of the kinds, for messages and UI. */
export const documentKindNames: Record<DocumentKind, string> = {
  'target-table': '绩效目标表',
  'approval-table': '绩效目标批复表',
  'self-evaluation': '绩效自评表',
  'evaluation-report': '绩效评价报告',
  monitoring: '绩效运行监控表',
};

/** Every indicator of a document with its goal index and indicator index. */
export function* eachIndicator(
  document: Pick<PerformanceDocument, 'goals'>,
): Generator<{ indicator: Indicator; goalIndex: number; indicatorIndex: number; path: string }> {
  for (const [goalIndex, goal] of document.goals.entries()) {
    for (const [indicatorIndex, indicator] of goal.indicators.entries()) {
      yield { indicator, goalIndex, indicatorIndex, path: `goals.${goalIndex}.indicators.${indicatorIndex}` };
    }
  }
}
