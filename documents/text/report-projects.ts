/**
 * The projects of a report that evaluates several, each with its own figures (the lead's question, decided in
 * reports-25, docs/layouts.md "Several projects"): one uploaded report stays one document, the unit of review;
 * its own fields keep what the report states for the whole, and `report.projects` lists each project's budget,
 * execution, rate, score and grade as its part ("一、…项目") or its row of a summary table states them. Nothing
 * is summed or averaged into the document: the report's overall figures are read from outside the projects' parts.
 */
import type { ReportProject } from '../../core/model.ts';
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
}

const FIGURES = ['initial', 'adjusted', 'executed', 'executionRate', 'score'] as const;

function hasFigure(project: ReportProject): boolean {
  return FIGURES.some((field) => project[field] != null) || project.grade != null;
}

/**
 * A project's figures from its part's lines (no year: a part dates nothing the whole does not). Its stated rate
 * is checked against its figures by core/checks (stated-rate-mismatch), as the whole's is.
 */
function readPart(part: ProjectPart): ReportProject {
  const prose = toReportProse(part.lines);
  const budget = readReportBudget(extractMoneyLists(prose).mentions, null);
  const totals = findStatedTotals(prose, null);
  const rate = findStatedRate(prose, null);
  const project: ReportProject = { name: part.name, line: part.line };
  for (const field of ['initial', 'adjusted', 'executed'] as const) if (budget[field] != null) project[field] = budget[field];
  if (rate) project.executionRate = rate.rate;
  if (totals.score != null) project.score = totals.score;
  if (totals.grade != null) project.grade = totals.grade;
  return project;
}

/**
 * The projects a report evaluates one by one: from its parts when two or more carry a figure, else from a summary
 * table; none (and no parts) when it evaluates one project.
 */
export function readReportProjects(lines: readonly string[]): ReportProjects {
  const parts = findProjectParts(lines);
  const projects = parts.map(readPart);
  if (projects.filter(hasFigure).length >= 2) return { projects, parts };
  const pipeTable = readProjectsTable(lines);
  const table = pipeTable.length > 0 ? pipeTable : readProjectsCellLines(lines);
  return { projects: table.filter(hasFigure).length >= 2 ? table : [], parts: [] };
}

/** The report's lines with the projects' parts blanked: what it states for the whole. */
export function withoutProjectParts(lines: readonly string[], parts: readonly ProjectPart[]): string[] {
  return lines.map((line, index) => (parts.some((part) => index >= part.start && index < part.end) ? '' : line));
}
