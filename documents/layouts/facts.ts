/**
 * The facts of a document, the unit of the fidelity measure (docs/layouts.md): kind, header,
 * budget amounts in 万元, totals, counts, each indicator keyed by its normalised name, and the
 * findings a reader must raise. A fixture's expected.json lists the facts a correct reader gives;
 * compareFacts says how many of them a real read got right.
 */
import { eachIndicator, type Indicator, type PerformanceDocument } from '../../core/model.ts';
import { stripSectionNumbering } from '../../core/section-title.ts';
import { comparisonOf, indicatorKeyName, isSameFact } from './fact-values.ts';

export type Facts = Map<string, string>;

export interface FactComparisonResult {
  expected: number;
  matched: number;
  /** Expected keys the read did not give at all. */
  missing: string[];
  /** Expected keys the read gave with another value: "key: expected ≠ actual". */
  wrong: string[];
}

const budgetFields = ['total', 'initial', 'adjusted', 'executed', 'weight', 'executionRate', 'score'] as const;
const bySourceFields = ['generalPublic', 'governmentFund', 'specialAccount', 'currentYear', 'carriedOver', 'other', 'total'] as const;
const byNatureFields = ['basic', 'project', 'total'] as const;

function put(facts: Facts, key: string, value: string | number | null | undefined): void {
  if (value === null || value === undefined) return;
  const text = String(value).trim();
  if (text !== '') facts.set(key, text);
}

/** Reads a field that the model may not have yet (monitoring is added by another branch). */
function readLoose(source: unknown, field: string): unknown {
  return typeof source === 'object' && source !== null ? (source as Record<string, unknown>)[field] : undefined;
}

function looseText(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const text = readLoose(value, 'text');
  return typeof text === 'string' ? text : null;
}

/** 完成目标可能性 as written in fixtures, from the stable ids of the monitoring model. */
const likelihoodNames: Readonly<Record<string, string>> = { certain: '确定能', possible: '有可能', impossible: '不可能' };

/** The month a monitoring window ends: throughMonth (1-6月 → 6) or the month of its cut-off date. */
function monitoringMonth(period: unknown): string | null {
  const month = readLoose(period, 'throughMonth');
  if (typeof month === 'number') return String(month);
  const date = readLoose(period, 'cutOffDate');
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? String(Number(date.slice(5, 7))) : null;
}

/** The first money sentence of a narrative monitoring report of one of the kinds (budget, spent …). */
function moneyFact(monitoring: unknown, kinds: readonly string[]): string | null {
  const moneyFacts = readLoose(monitoring, 'moneyFacts');
  if (!Array.isArray(moneyFacts)) return null;
  for (const kind of kinds) {
    const found: unknown = moneyFacts.find((fact) => readLoose(fact, 'kind') === kind);
    const amount = readLoose(found, 'amount');
    if (typeof amount === 'string') return amount;
  }
  return null;
}

/**
 * In-year monitoring (kind "monitoring", once the model has it): budget.executedToDate and
 * budget.forecast, else what a narrative report's money sentences say; the window's month.
 */
function putMonitoring(facts: Facts, document: PerformanceDocument): void {
  const monitoring = readLoose(document, 'monitoring');
  if (!facts.has('budget.initial')) put(facts, 'budget.initial', moneyFact(monitoring, ['budget']));
  put(facts, 'budget.executedToDate', looseText(readLoose(document.budget, 'executedToDate')) ?? moneyFact(monitoring, ['executed', 'spent']));
  put(facts, 'budget.forecast', looseText(readLoose(document.budget, 'forecast')) ?? moneyFact(monitoring, ['forecast']));
  put(facts, 'monitoring.month', monitoringMonth(readLoose(monitoring, 'period')));
}

function putIndicator(facts: Facts, indicator: Indicator, project: string | undefined): void {
  const key = `indicator[${indicatorKeyName(indicator.name)}]`;
  // The first row of a name wins, as in the expected facts (duplicates are a finding of their own).
  if (facts.has(`${key}.level1`) || facts.has(`${key}.target`)) return;
  // In a report over several projects each with its own table: the project whose table holds it.
  put(facts, `${key}.project`, project);
  put(facts, `${key}.level1`, indicator.level1);
  put(facts, `${key}.level2`, indicator.level2);
  put(facts, `${key}.target`, indicator.target?.text);
  put(facts, `${key}.actual`, indicator.actual?.text);
  put(facts, `${key}.weight`, indicator.weight);
  put(facts, `${key}.score`, indicator.score);
  // In-year monitoring (kind "monitoring"): indicator.monitoring { actualToDate, likelihood } once the model has it.
  const monitoring = readLoose(indicator, 'monitoring');
  put(facts, `${key}.progress`, looseText(readLoose(monitoring, 'actualToDate')));
  const likelihood = readLoose(monitoring, 'likelihood');
  put(facts, `${key}.likelihood`, typeof likelihood === 'string' ? (likelihoodNames[likelihood] ?? likelihood) : null);
}

/** Each project of a report over several (report.projects): how many, and each one's figures by its name. */
function putReportProjects(facts: Facts, document: PerformanceDocument): void {
  const projects = document.report?.projects ?? [];
  if (projects.length === 0) return;
  put(facts, 'reportProjects.count', projects.length);
  for (const project of projects) {
    const key = `reportProject[${project.name}]`;
    for (const field of ['initial', 'adjusted', 'executed', 'executionRate', 'score', 'grade'] as const) {
      put(facts, `${key}.${field}`, project[field]);
    }
    // Its own table's indicators, when it has one (goal.project).
    const indicators = document.goals
      .filter((goal) => goal.project === project.name)
      .reduce((count, goal) => count + goal.indicators.length, 0);
    if (indicators > 0) put(facts, `${key}.indicators`, indicators);
  }
}

/** Every fact of a document as key → value text; amounts in 万元 as the model stores them. */
export function documentFacts(document: PerformanceDocument): Facts {
  const facts: Facts = new Map();
  put(facts, 'kind', document.kind);
  put(facts, 'scope', document.scope);
  put(facts, 'unit', document.unit);
  put(facts, 'year', document.year);
  put(facts, 'project', document.project);
  put(facts, 'supervisor', document.supervisor);
  // The year's goal and, in a self-evaluation, what was achieved: texts, compared without whitespace.
  put(facts, 'overallGoal', document.overallGoal);
  put(facts, 'overallResult', document.overallResult);
  const { budget } = document;
  for (const field of budgetFields) put(facts, `budget.${field}`, budget[field]);
  for (const field of bySourceFields) put(facts, `budget.bySource.${field}`, budget.bySource?.[field]);
  for (const field of byNatureFields) put(facts, `budget.byNature.${field}`, budget.byNature?.[field]);
  put(facts, 'totals.weight', document.totals.weight);
  put(facts, 'totals.score', document.totals.score);
  put(facts, 'totals.grade', document.totals.grade);
  const indicators = [...eachIndicator(document)];
  put(facts, 'goals.count', document.goals.filter((goal) => goal.indicators.length > 0).length);
  put(facts, 'indicators.count', indicators.length);
  for (const { indicator, goalIndex } of indicators) putIndicator(facts, indicator, document.goals[goalIndex]?.project);
  putMonitoring(facts, document);
  putReportProjects(facts, document);
  // A report's own section titles in order, the text before its first heading left out; a title's unit note
  // ("项目资金情况（万元）") is the unit of its figures, not its words.
  const sectionTitles = (document.report?.sections ?? [])
    .map((section) => stripSectionNumbering(section.title).replace(/[（(](?:万元|元|千元|亿元)[)）]$/, ''))
    .filter((title) => title !== '');
  if (sectionTitles.length > 0) put(facts, 'report.sections', sectionTitles.join(' / '));
  for (const finding of document.findings) facts.set(`finding[${finding.code}]`, 'yes');
  // How many errors the checks and the reader found: a misread (indicators of two tables summed as one) makes false ones.
  put(facts, 'finding[errors]', document.findings.filter((finding) => finding.severity === 'error').length);
  return facts;
}

/** How many expected facts the actual facts hold, and which are missing or wrong. */
export function compareFacts(expected: ReadonlyMap<string, string>, actual: ReadonlyMap<string, string>): FactComparisonResult {
  const result: FactComparisonResult = { expected: expected.size, matched: 0, missing: [], wrong: [] };
  for (const [key, value] of expected) {
    const got = actual.get(key);
    if (got === undefined) result.missing.push(key);
    else if (isSameFact(comparisonOf(key), value, got)) result.matched += 1;
    else result.wrong.push(`${key}: ${value} ≠ ${got}`);
  }
  return result;
}

/** `indicator[ 名 称 ].target` → the key documentFacts gives for that name. */
function normalizeIndicatorKey(key: string): string {
  const match = /^indicator\[(.*)\](\.[a-zA-Z0-9]+)$/.exec(key);
  return match ? `indicator[${indicatorKeyName(match[1] ?? '')}]${match[2] ?? ''}` : key;
}

/** Expected facts as written in a fixture's expected.json ({ "facts": { key: value } }). */
export function parseExpectedFacts(json: unknown): Facts {
  const facts = readLoose(json, 'facts');
  if (typeof facts !== 'object' || facts === null) throw new Error('expected.json 缺少 "facts" 对象');
  const result: Facts = new Map();
  for (const [key, value] of Object.entries(facts)) {
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`expected.json 中 ${key} 的值不是文本或数字`);
    result.set(normalizeIndicatorKey(key), String(value));
  }
  return result;
}
