/**
 * A project report that evaluates several projects at once ("本次共对3个项目开展了绩效自评", a summary table
 * of 项目名称 rows): one document of the model holds one project, so no single score, grade or budget stands
 * for them. Detected and told (several-projects-in-report); when each project's figures were read
 * (report-projects.ts, `report.projects`) the notice says so instead of asking for one report per project.
 * A 部门整体 report evaluating its projects is one document and is not flagged.
 */
import type { Finding, ReportProject, Scope } from '../../core/model.ts';
import {
  reportEvaluationWords,
  reportProjectNameEnding,
  reportSeveralProjectsCount,
  reportSeveralScores,
  reportSummaryEvaluationHeading,
} from '../vocabulary/report-words.ts';
import { readCount } from './chinese-numerals.ts';
import { compact } from './normalize.ts';

/** The fewest project rows under a 项目名称 heading that make a summary of several projects. */
const FEWEST_PROJECT_ROWS = 2;

interface SeveralProjects {
  /** How many, when the report says or the table shows; null when only listed scores show it. */
  count: number | null;
  /** 1-based line. */
  line: number;
  /**
   * Whether it shows each project evaluated on its own (scores listed, a summary table with a score or grade
   * column); a count alone may be a fund's sub-projects under one evaluation.
   */
  isEvaluatedEach: boolean;
}

/** A sentence counting the projects evaluated, or listing several scores. */
function findInSentences(lines: readonly string[]): SeveralProjects | null {
  for (const [index, line] of lines.entries()) {
    for (const sentence of compact(line).split(/[。；;]/)) {
      if (reportSeveralScores.test(sentence)) return { count: null, line: index + 1, isEvaluatedEach: true };
      const counted = reportSeveralProjectsCount.exec(sentence);
      if (!counted?.[1] || !reportEvaluationWords.test(sentence)) continue;
      const count = readCount(counted[1]);
      if (count !== null && count >= 2) return { count, line: index + 1, isEvaluatedEach: false };
    }
  }
  return null;
}

/** Cells of a table row (tabs or pipes), compacted; [] for a line that is no row. */
function rowCells(line: string): string[] {
  if (!/[\t|]/.test(line)) return [];
  return line
    .split(/[\t|]/)
    .map(compact)
    .filter((cell) => cell !== '');
}

/**
 * A summary table: a heading row with 项目名称 and a score, grade or judgement column, then rows each naming a
 * project, as many as FEWEST_PROJECT_ROWS or more (a list of sub-projects without one is no summary of evaluations).
 */
function findSummaryTable(lines: readonly string[]): SeveralProjects | null {
  for (const [index, line] of lines.entries()) {
    const headings = rowCells(line);
    if (!headings.some((cell) => /^项目名称/.test(cell))) continue;
    if (!headings.some((cell) => reportSummaryEvaluationHeading.test(cell))) continue;
    const names = new Set<string>();
    for (const row of lines.slice(index + 1)) {
      const cells = rowCells(row);
      const name = cells.find((cell) => reportProjectNameEnding.test(cell) && !/^合计|^小计/.test(cell));
      if (cells.length === 0 || name === undefined) break;
      names.add(name);
    }
    if (names.size >= FEWEST_PROJECT_ROWS) return { count: names.size, line: index + 1, isEvaluatedEach: true };
  }
  return null;
}

/**
 * The warning that a project report covers several projects, or null: sentences of `prose` (paragraphs joined),
 * tables of `lines`. A count of projects alone warns only when the report states no single total score
 * (`hasTotalScore`): a fund's evaluation over its sub-projects ("本次评价涉及32个项目") states one.
 */
export function findSeveralProjects({
  prose,
  lines,
  scope,
  hasTotalScore,
  projects = [],
}: {
  prose: readonly string[];
  lines: readonly string[];
  scope: Scope;
  hasTotalScore: boolean;
  /** The projects read one by one (report-projects.ts): then the notice says where they are. */
  projects?: readonly ReportProject[];
}): Finding | null {
  if (scope !== 'project') return null;
  const first = projects[0];
  if (first) {
    const line = first.line ?? 1;
    return {
      severity: 'info',
      code: 'several-projects-in-report',
      message: `报告分别评价了${projects.length}个项目（第${line}行起）：各项目的预算、执行数、执行率、得分和等级已按报告分项列出；本文件按一份报告入库，总体得分、等级和预算只取报告对全部项目的表述，未由各项目相加或平均。`,
      path: 'report.projects',
      line,
    };
  }
  const inSentences = findInSentences(prose);
  const found = inSentences?.isEvaluatedEach ? inSentences : (findSummaryTable(lines) ?? (hasTotalScore ? null : inSentences));
  if (found == null) return null;
  const how = found.count === null ? '多个项目' : `${found.count}个项目`;
  return {
    severity: 'warning',
    code: 'several-projects-in-report',
    message: `报告评价了${how}（第${found.line}行）：一份文件只入库一个项目，各项目的得分、等级和预算未分别读取，请按项目分别上传报告；如报告只评价一个项目（其余为子项目），可忽略本提示。`,
    path: 'project',
    line: found.line,
  };
}
