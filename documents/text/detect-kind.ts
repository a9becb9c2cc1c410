import type { DocumentKind, Scope } from '../../core/model.ts';
import { bodyEvidence, scopeEvidence, titlePatterns } from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { readTitle, type Title } from './title.ts';
import { detectMonitoring } from '../monitoring/detect.ts';

/** The kind and scope a sheet's name says (text/sheet-name-title.ts), where its table has no title row. */
export interface SheetKind {
  kind: DocumentKind | null;
  scope: Scope | null;
  /** A project the name gives: the table is a project's where the head has no evidence either way. */
  project?: string | null;
}

export interface DetectedKind {
  kind: DocumentKind;
  scope: Scope;
}

/** The lines that make up a document's head: its title and header labels. */
const HEAD_LINES = 40;

function countMatches(text: string, patterns: readonly RegExp[]): number {
  return patterns.filter((pattern) => pattern.test(text)).length;
}

/**
 * A header row of a self-evaluation: a line with an actual-value column and a 得分 column. A
 * target table never has one, so a 目标表 title over such a table is a self-evaluation
 * ("绩效目标完成情况表").
 */
function hasSelfEvaluationColumns(lines: readonly string[]): boolean {
  return lines.some(
    (line) =>
      line.includes('得') &&
      /实际完成值|全年完成值|完成值|全年实际值|实际值/.test(line) &&
      /(^|[\t|\s])得\s*分/.test(line),
  );
}

/** A score sheet: points and scoring rules named, and a 得分 column as a cell of its own. */
function isScoreSheet(lines: readonly string[], all: string): boolean {
  const { scoreSheet } = bodyEvidence;
  if (!scoreSheet.patterns.every((pattern) => pattern.test(all))) return false;
  return lines.some((line) => line.includes('得') && line.split(/\t|\|/).some((cell) => scoreSheet.scoreColumn.test(labelKey(cell))));
}

/** The kind the body shows by its columns and headings, or null. */
function detectBodyKind(lines: readonly string[]): DocumentKind | null {
  const all = labelKey(lines.join('\n'));
  const { selfEvaluation, targetTable, report } = bodyEvidence;
  if (
    countMatches(all, selfEvaluation.patterns) >= selfEvaluation.needed &&
    selfEvaluation.required.test(all)
  )
    return 'self-evaluation';
  if (isScoreSheet(lines, all)) return 'self-evaluation';
  if (countMatches(all, targetTable.patterns) >= targetTable.needed) return 'target-table';
  // A report's labels must be numbered headings ("一、部门基本情况"), not words in a sentence.
  const headings = lines
    .map(labelKey)
    .filter((line) => /^(?:[一二三四五六七八九十]+|\d+)[、.．]|^\([一二三四五六七八九十]+\)/.test(line))
    .join('\n');
  if (countMatches(headings, report.patterns) >= report.needed) return 'evaluation-report';
  return null;
}

/**
 * 部门整体 or 项目: the title's words (without the unit it names) first, then the head's labels, else `otherwise` (项目
 * under a sheet named by its project). A 部门整体 table may mention 项目支出 and even an empty 项目名称 row.
 */
function detectScope(title: Title, head: string, otherwise: Scope): Scope {
  const titleWords = labelKey(title.text).replace(title.unit ?? '\u0000', '');
  if (scopeEvidence.department.test(titleWords)) return 'department';
  if (title.kind !== null && scopeEvidence.projectTitle.test(titleWords)) return 'project';
  if (scopeEvidence.department.test(head)) return 'department';
  return scopeEvidence.projectLabels.test(head) || /项目(支出)?绩效(目标|自评|评价)/.test(head)
    ? 'project'
    : otherwise;
}

/**
 * Tells which kind a text dump is and its scope; null when it is none of them. The evidence is
 * the title's wording and the body's columns and headings (documents/vocabulary/labels.ts): a
 * title decides, except that a table with actual values and scores is a self-evaluation whatever
 * its title says; without a recognised title the body decides, and a title word anywhere in the
 * head comes last. A sheet's name stands in for a title the sheet lacks where the body does not settle the kind:
 * after a self-evaluation's columns (a 目标表 tab copied for the 自评表 keeps its name), before an indicator table's
 * columns, which any kind has (a 批复表 tab); its scope where the title would give it.
 */
export function detectKind(lines: readonly string[], sheet?: SheetKind): DetectedKind | null {
  const monitoring = detectMonitoring(lines); // 监控表/报告 first: their columns resemble a self-evaluation's
  if (monitoring) return { kind: 'monitoring', scope: monitoring.scope };
  const title = readTitle(lines);
  const head = labelKey(lines.slice(0, HEAD_LINES).join('\n'));
  const sheetScope = title.kind === null ? sheet?.scope : null;
  const scope = sheetScope ?? detectScope(title, head, title.kind === null && sheet?.project ? 'project' : 'department');
  if (title.kind === 'target-table' && hasSelfEvaluationColumns(lines.slice(0, HEAD_LINES * 5)))
    return { kind: 'self-evaluation', scope };
  if (title.kind) return { kind: title.kind, scope };
  const body = detectBodyKind(lines);
  // Actual values and scores settle a self-evaluation; an indicator table's columns alone (any kind's) do not.
  if (body === 'self-evaluation') return { kind: body, scope };
  if (sheet?.kind) return { kind: sheet.kind, scope };
  if (body) return { kind: body, scope };
  const named = titlePatterns.find(({ pattern }) => pattern.test(head))?.kind;
  return named ? { kind: named, scope } : null;
}
