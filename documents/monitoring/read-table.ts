/**
 * Reads a 绩效运行监控表 (project or department): header (unit, 主管部门, project, year), the
 * window, the budget block by funding source, 年度总体目标 and its progress, the indicators and
 * the analysis block (偏差情况, 存在的问题, 下一步措施). Never throws on content; what it cannot
 * place it does not invent.
 */
import { isAmountUnitCell } from '../text/header-pairs.ts';
import { amountUnitCell } from '../vocabulary/labels.ts';
import { createEmptyDocument, type PerformanceDocument, type Scope } from '../../core/model.ts';
import type { Monitoring } from '../../core/monitoring/schema.ts';
import { withoutCode } from '../text/name-code.ts';
import { compact } from '../text/normalize.ts';
import { findPeriod } from './period.ts';
import { readBudgetBlock } from './read-budget.ts';
import { readIndicatorBlock } from './read-indicators.ts';
import { matchLabel, toStream, type StreamCell } from './stream.ts';
import {
  analysisLabels,
  headerLabels,
  overallGoalLabel,
  tableTitle,
  tenThousandYuanUnit,
  yuanUnit,
} from './vocabulary.ts';

/** How many lines from the top may hold the title and the unit line. */
export const TITLE_LINES = 8;

/**
 * The year of the title or the first lines ("2025年度", "（2025年）"): the first TITLE_LINES lines
 * with text, as a page's blank lines between every two lines (and its chrome, blanked) push the
 * bracketed year down without moving it away from the title.
 */
export function findTitleYear(lines: readonly string[]): number | null {
  const head = compact(
    lines
      .filter((line) => line.trim() !== '')
      .slice(0, TITLE_LINES)
      .join(''),
  );
  const match = /((?:19|20)\d{2})年/.exec(head);
  return match?.[1] ? Number(match[1]) : null;
}

/** How many lines with text after a table's title may hold its bracketed year ("（2024年1-6月）", "(2023年度)"). */
const TITLE_YEAR_LINES = 2;

/**
 * The year of the 监控表's own title: in the title's line or the bracketed line under it. A table under a page's
 * other text (a 决算 page whose title names its own year) is read by the table's year, wherever it stands.
 */
export function findTableTitleYear(lines: readonly string[]): number | null {
  const withText = lines.filter((line) => line.trim() !== '');
  const title = withText.findIndex((line) => tableTitle.test(compact(line)));
  if (title < 0) return null;
  const match = /((?:19|20)\d{2})年/.exec(compact(withText.slice(title, title + 1 + TITLE_YEAR_LINES).join('')));
  return match?.[1] ? Number(match[1]) : null;
}

/** 元 when the table says so (单位：元, 预算总额(元)), else 万元. */
export function findAmountUnit(lines: readonly string[]): 'yuan' | 'tenThousandYuan' {
  for (const line of lines) {
    const written = compact(line);
    if (tenThousandYuanUnit.test(written)) return 'tenThousandYuan';
    if (yuanUnit.test(written)) return 'yuan';
  }
  return 'tenThousandYuan';
}

/** The cell after `index` that holds a value: the next non-empty cell, unless it is itself a label. */
function valueAfter(stream: readonly StreamCell[], index: number): string | null {
  for (let next = index + 1; next < Math.min(stream.length, index + 4); next++) {
    const cell = stream[next];
    if (!cell || cell.label === '') continue;
    // "单位：万元" after an empty label ("项目单位(盖章):") states the amount unit, it names no one.
    if (matchLabel(headerLabels, cell.label) || isAmountUnitCell(cell.text)) return null;
    return cell.text.trim();
  }
  return null;
}

const INLINE_LABEL = /^([^:：]{2,12}[:：])(.+)$/;
/** "（盖章）" right after a label: the place for a stamp, not a name. */
const STAMP_NOTE = /^\s*[（(]盖章[)）]/;
const STAMP_NOTE_AFTER = /[（(]\s*(?:单位)?盖章\s*[)）]\s*$/;
/** Where an inline value ends: a bracketed year ("（2025 年度）") or the next label on the line ("监控期间："). */
const INLINE_VALUE_END = /[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]|\s[^\s:：]{2,8}[:：]/;

/** The value after an inline label, without a stamp note and what follows it on the line; null when nothing is left. */
function inlineValue(text: string): string | null {
  const afterLabel = text.slice(text.search(/[:：]/) + 1).replace(STAMP_NOTE, '');
  const end = afterLabel.search(INLINE_VALUE_END);
  // "填报单位：某某局（盖章）": the stamp note after the name is no part of it.
  const value = (end === -1 ? afterLabel : afterLabel.slice(0, end)).replace(STAMP_NOTE_AFTER, '').trim();
  return value === '' ? null : withoutCode(value);
}

function readHeaderFields(stream: readonly StreamCell[], document: PerformanceDocument): void {
  for (const [index, cell] of stream.entries()) {
    // "单位名称：某某局" in one cell, or the label and its value in two.
    const inline = INLINE_LABEL.exec(cell.label);
    const inlineField = inline?.[1] ? matchLabel(headerLabels, inline[1]) : null;
    if (inlineField && inline?.[2]) {
      // "项目单位(盖章): 单位:万元" names the amount unit, not the unit.
      if (!amountUnitCell.labelOpening.test(inline[2])) document[inlineField] ||= inlineValue(cell.text) ?? '';
      continue;
    }
    const field = matchLabel(headerLabels, cell.label);
    if (!field || document[field]) continue;
    const value = valueAfter(stream, index);
    if (value) document[field] = withoutCode(value) ?? value;
  }
}

/** The unit named before the year in a title: "某某局2025年部门整体支出绩效运行监控表" → 某某局. */
function findUnitInTitle(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, TITLE_LINES)) {
    const match = /^(.{2,40}?)(?:19|20)\d{2}年/.exec(compact(line));
    if (match?.[1] && !/^[（(]/.test(match[1])) return match[1];
  }
  return null;
}

/** 年度总体目标: the goal as set, then its progress (1-N月执行情况). */
function readOverallGoal(
  stream: readonly StreamCell[],
  from: number,
  to: number,
  document: PerformanceDocument,
): void {
  const start = stream.findIndex(
    (cell, index) => index >= from && index < to && overallGoalLabel.test(cell.label),
  );
  if (start < 0) return;
  const values: string[] = [];
  let lastLine = -1;
  for (let index = start + 1; index < to && values.length < 2; index++) {
    const cell = stream[index];
    if (
      !cell ||
      cell.label === '' ||
      overallGoalLabel.test(cell.label) ||
      /执行情况$|完成情况$|^实际完成|^(全年)?预期目标$/.test(cell.label)
    )
      continue;
    // A merged cell a converter repeats in each place it spans on its line (python-docx) is one value.
    if (values.at(-1) === cell.text.trim() && cell.line === lastLine) continue;
    values.push(cell.text.trim());
    lastLine = cell.line;
  }
  document.overallGoal = values[0] ?? null;
  document.overallResult = values[1] ?? null;
}

function readAnalysis(stream: readonly StreamCell[], from: number, monitoring: Monitoring): void {
  for (let index = from; index < stream.length; index++) {
    const cell = stream[index];
    const field = cell ? matchLabel(analysisLabels, cell.label) : null;
    if (!cell || !field || monitoring[field]) continue;
    const parts: string[] = [];
    for (let next = index + 1; next < stream.length; next++) {
      const following = stream[next];
      if (!following || matchLabel(analysisLabels, following.label) || /^注[:：1１]/.test(following.label))
        break;
      if (following.label !== '') parts.push(following.text.trim());
      if (following.inRow && following.line !== cell.line) break;
    }
    if (parts.length > 0) monitoring[field] = parts.join('\n');
  }
}

/** Reads a monitoring table's text into the document model. */
export function readMonitoringTable(lines: readonly string[], scope: Scope): PerformanceDocument {
  const document = createEmptyDocument('monitoring', scope);
  const stream = toStream(lines);
  document.year = findTableTitleYear(lines) ?? findTitleYear(lines);
  readHeaderFields(stream, document);
  if (!document.unit) document.unit = findUnitInTitle(lines) ?? '';
  const monitoring: Monitoring = { period: {} };
  const budget = readBudgetBlock({ stream, from: 0, unit: findAmountUnit(lines) });
  const indicators = readIndicatorBlock(stream, budget?.end ?? 0);
  if (budget) {
    monitoring.budgetRows = budget.rows;
    const total =
      budget.rows.find((row) => row.source === 'total') ??
      (budget.rows.length === 1 ? budget.rows[0] : undefined);
    if (total) {
      document.budget = {
        initial: total.initial ?? null,
        adjustment: total.adjustment ?? null,
        adjusted: total.adjusted ?? null,
        executedToDate: total.executedToDate ?? null,
        executionRate: total.executionRate ?? null,
        forecast: total.forecast ?? null,
      };
    }
    // 按支出性质分: the year's budget of each part (调整后预算数, else 年初预算数).
    const natureAmount = (nature: 'basic' | 'project') => {
      const row = budget.natureRows.find((candidate) => candidate.nature === nature)?.row;
      return row ? (row.adjusted ?? row.initial ?? null) : null;
    };
    if (budget.natureRows.length > 0) document.budget.byNature = { basic: natureAmount('basic'), project: natureAmount('project'), total: null };
  }
  readOverallGoal(stream, budget?.end ?? 0, indicators?.start ?? stream.length, document);
  if (indicators) document.goals = [{ name: '', indicators: indicators.indicators }];
  const windowText = [
    ...lines.slice(0, TITLE_LINES),
    ...(budget?.columnLabels ?? []),
    ...(indicators?.columnLabels ?? []),
  ].join('\n');
  monitoring.period = findPeriod(windowText, document.year) ?? {};
  readAnalysis(stream, indicators?.end ?? budget?.end ?? 0, monitoring);
  document.monitoring = monitoring;
  if (!budget && !indicators) {
    document.findings.push({
      severity: 'warning',
      code: 'unparsed-line',
      message: '监控表中没有找到预算执行栏目（年初预算数、1-N月执行数等）和绩效指标栏目，请核对原文格式',
      path: '',
    });
  }
  return document;
}
