/**
 * A project report that evaluates several projects at once ("本次共对3个项目开展了绩效自评", a summary table
 * of 项目名称 rows): one document of the model holds one project, so no single score, grade or budget stands
 * for them. Detected and told (several-projects-in-report); splitting the report per project is its own work.
 * A 部门整体 report evaluating its projects is one document and is not flagged.
 */
import type { Finding, Scope } from '../../core/model.ts';
import {
  reportEvaluationWords,
  reportProjectNameEnding,
  reportSeveralProjectsCount,
  reportSeveralScores,
} from '../vocabulary/report-words.ts';
import { readChineseWholeNumber } from './chinese-numerals.ts';
import { compact } from './normalize.ts';

/** The fewest project rows under a 项目名称 heading that make a summary of several projects. */
const FEWEST_PROJECT_ROWS = 2;

interface SeveralProjects {
  /** How many, when the report says or the table shows; null when only listed scores show it. */
  count: number | null;
  /** 1-based line. */
  line: number;
}

function readCount(written: string): number | null {
  return /^\d+$/.test(written) ? Number(written) : readChineseWholeNumber(written);
}

/** A sentence counting the projects evaluated, or listing several scores. */
function findInSentences(lines: readonly string[]): SeveralProjects | null {
  for (const [index, line] of lines.entries()) {
    for (const sentence of compact(line).split(/[。；;]/)) {
      if (reportSeveralScores.test(sentence)) return { count: null, line: index + 1 };
      const counted = reportSeveralProjectsCount.exec(sentence);
      if (!counted?.[1] || !reportEvaluationWords.test(sentence)) continue;
      const count = readCount(counted[1]);
      if (count !== null && count >= 2) return { count, line: index + 1 };
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

/** A summary table: a row headed 项目名称, then rows each naming a project, as many as FEWEST_PROJECT_ROWS or more. */
function findSummaryTable(lines: readonly string[]): SeveralProjects | null {
  for (const [index, line] of lines.entries()) {
    const column = rowCells(line).findIndex((cell) => /^项目名称/.test(cell));
    if (column < 0) continue;
    const names = new Set<string>();
    for (const row of lines.slice(index + 1)) {
      const cells = rowCells(row);
      const name = cells.find((cell) => reportProjectNameEnding.test(cell) && !/^合计|^小计/.test(cell));
      if (cells.length === 0 || name === undefined) break;
      names.add(name);
    }
    if (names.size >= FEWEST_PROJECT_ROWS) return { count: names.size, line: index + 1 };
  }
  return null;
}

/** The warning that a project report covers several projects, or null: sentences of `prose` (paragraphs joined), tables of `lines`. */
export function findSeveralProjects(prose: readonly string[], lines: readonly string[], scope: Scope): Finding | null {
  if (scope !== 'project') return null;
  const found = findInSentences(prose) ?? findSummaryTable(lines);
  if (found === null) return null;
  const how = found.count === null ? '多个项目' : `${found.count}个项目`;
  return {
    severity: 'warning',
    code: 'several-projects-in-report',
    message: `报告评价了${how}（第${found.line}行）：一份文件只入库一个项目，得分、等级和预算未按单个项目读取，请按项目分别上传报告。`,
    path: 'project',
    line: found.line,
  };
}
