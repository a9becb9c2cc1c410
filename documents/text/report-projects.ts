/**
 * The projects of a report that evaluates several, each with its own figures (the lead's question, decided in
 * reports-25, docs/layouts.md "Several projects"): one uploaded report stays one document, the unit of review;
 * its own fields keep what the report states for the whole, and `report.projects` lists each project's budget,
 * execution, rate, score and grade as its part ("一、…项目") or its row of a summary table states them. Nothing
 * is summed or averaged into the document: the report's overall figures are read from outside the projects' parts.
 */
import type { Finding, Goal, ReportProject } from '../../core/model.ts';
import { readEmbeddedTable } from './report-tables.ts';
import { extractMoneyLists } from './report-money-lists.ts';
import { findProjectParts, type ProjectPart } from './report-project-parts.ts';
import { readProjectsTable } from './report-projects-table.ts';
import { readProjectsCellLines } from './report-projects-cell-lines.ts';
import { toReportProse } from './report-prose.ts';
import { readReportBudget } from './report-budget.ts';
import { findStatedRate } from './report-rate.ts';
import { findStatedTotals } from './report-score.ts';

export interface ReportProjects {
  projects: ReportProject[];
  /** The parts the projects were read from (none for a table): their lines are no figures of the whole. */
  parts: ProjectPart[];
  /** The indicators of each part's own table, each goal naming its project (`goal.project`); [] when no part has one. */
  goals: Goal[];
  /** The findings of the parts' tables (their unparsed lines …). */
  findings: Finding[];
}

interface ReadPart {
  project: ReportProject;
  goals: Goal[];
  findings: Finding[];
}

const FIGURES = ['initial', 'adjusted', 'executed', 'executionRate', 'score'] as const;

function hasFigure(project: ReportProject): boolean {
  return FIGURES.some((field) => project[field] != null) || project.grade != null;
}

/**
 * A project's figures from its part's lines (no year: a part dates nothing the whole does not), and the indicators of
 * the table inside it (a 项目支出绩效自评表 under "（一）…项目"), read from the report's lines with all but the part's
 * blanked so that lines keep their numbers; the table's figures fill what the part's sentences do not state. Its stated
 * rate is checked against its figures by core/checks (stated-rate-mismatch), as the whole's is.
 */
function readPart(part: ProjectPart, lines: readonly string[]): ReadPart {
  const table = readEmbeddedTable(
    lines.map((line, index) => (index > part.start && index < part.end ? line : '')),
    'project',
  );
  // The part's sentences, without its table's rows (a row "… 50 50" under a 得分 header is no stated score).
  const hasTable = table?.goals.some((goal) => goal.indicators.length > 0) ?? false;
  const prose = toReportProse(hasTable ? part.lines.filter((line) => !/[\t|]/.test(line)) : part.lines);
  const budget = readReportBudget(extractMoneyLists(prose).mentions, null);
  const totals = findStatedTotals(prose, null);
  const rate = findStatedRate(prose, null);
  const project: ReportProject = { name: part.name, line: part.line };
  for (const field of ['initial', 'adjusted', 'executed'] as const) {
    const figure = budget[field] ?? table?.budget[field];
    if (figure != null) project[field] = figure;
  }
  const executionRate = rate?.rate ?? table?.budget.executionRate;
  if (executionRate != null) project.executionRate = executionRate;
  if (table?.budget.weight != null) project.executionWeight = table.budget.weight;
  if (table?.budget.score != null) project.executionScore = table.budget.score;
  const score = totals.score ?? table?.totals.score;
  if (score != null) project.score = score;
  const grade = totals.grade ?? table?.totals.grade;
  if (grade != null) project.grade = grade;
  const goals = (table?.goals ?? [])
    .filter((goal) => goal.indicators.length > 0)
    .map((goal) => ({ ...goal, project: part.name }));
  const findings = goals.length === 0 ? [] : (table?.findings ?? []).filter((finding) => finding.line !== undefined);
  return { project, goals, findings };
}

/**
 * The projects a report evaluates one by one: from its parts when two or more carry a figure, else from a summary
 * table; none (and no parts) when it evaluates one project.
 */
export function readReportProjects(lines: readonly string[], options: { isTablesOnly?: boolean } = {}): ReportProjects {
  const none: ReportProjects = { projects: [], parts: [], goals: [], findings: [] };
  const parts = findProjectParts(lines);
  const read = parts.map((part) => readPart(part, lines));
  const projects = read.map((part) => part.project);
  // A part counts with a figure or a table of indicators of its own (a 部门整体 report's parts only with a table: its
  // 重点项目 evaluated each with its own 自评表; their figures in sentences alone are the department's own spending).
  const counts = (part: ReadPart): boolean => part.goals.length > 0 || (!options.isTablesOnly && hasFigure(part.project));
  if (read.filter(counts).length >= 2) {
    return { projects, parts, goals: read.flatMap((part) => part.goals), findings: read.flatMap((part) => part.findings) };
  }
  if (options.isTablesOnly) return none;
  const pipeTable = readProjectsTable(lines);
  const table = pipeTable.length > 0 ? pipeTable : readProjectsCellLines(lines);
  return { projects: table.filter(hasFigure).length >= 2 ? table : [], parts: [], goals: [], findings: [] };
}

/** The report's lines with the projects' parts blanked: what it states for the whole. */
export function withoutProjectParts(lines: readonly string[], parts: readonly ProjectPart[]): string[] {
  return lines.map((line, index) => (parts.some((part) => index >= part.start && index < part.end) ? '' : line));
}
