/**
 * Reads a narrative 绩效运行监控报告: the window (截至6月30日, 1-8月, 上半年), the unit and year
 * from the title, the numbered sections, the money facts and stated rates (money-sentences.ts),
 * and the budget they give (预算 → 年初预算数, 执行 → 1-N月执行数, 预计 → 全年预计执行数; 到位
 * stays a fact; 支付 / 使用 give 1-N月执行数 when no 执行 is written). A missing 全年预计执行数 stays null.
 */
import {
  createEmptyDocument,
  type Budget,
  type Indicator,
  type PerformanceDocument,
  type Scope,
} from '../../core/model.ts';
import type { Monitoring, MonitoringPeriod, MoneyFact, MoneyFactKind } from '../../core/monitoring/schema.ts';
import { compact } from '../text/normalize.ts';
import { findHeaderValue } from '../text/header.ts';
import { findSignatureUnit } from '../text/report-signature.ts';
import { projectNameOrNull } from '../text/report-header.ts';
import { findReportCellLines } from '../text/report-cell-lines.ts';
import { splitReportSections } from '../text/report-sections.ts';
import { unwrapLines } from '../text/unwrap-lines.ts';
import { withAmountsAsFigures } from '../text/written-amounts.ts';
import { readMoneySentences } from './money-sentences.ts';
import { readCompletionCounts } from './completion-counts.ts';
import { findPeriod } from './period.ts';
import { findAmountUnit, findTitleYear, TITLE_LINES } from './read-table.ts';
import { readBudgetBlock } from './read-budget.ts';
import { readReportIndicators } from './report-indicators.ts';
import { readListedIndicators } from '../text/report-listed-indicators.ts';
import { readIndicatorBlock } from './read-indicators.ts';
import { toStream } from './stream.ts';
import {
  analysisLabels,
  matchIndicatorColumn,
  reportProjectInText,
  reportProjectInTitle,
  reportProjectLabel,
} from './vocabulary.ts';

/** Labels of the unit in a report's head, most specific first. */
const REPORT_UNIT_LABELS = ['实施单位', '项目实施单位', '项目单位', '单位名称', '填报单位'];

function firstOf(facts: readonly MoneyFact[], kind: MoneyFactKind): string | null {
  return facts.find((fact) => fact.kind === kind)?.amount ?? null;
}

/**
 * The project a report names: a 项目名称 label, else the title after its year and window, else an
 * overview item or a quoted name in the text. Null when it names none.
 */
function findReportProject(lines: readonly string[], title: string): string | null {
  const written = lines.map(compact);
  for (const line of written) {
    const labelled = reportProjectLabel.exec(line)?.[1];
    if (labelled) return labelled;
  }
  // "（一）项目名称" heading its own line, the name on the next (a report's numbered outline).
  const headed = projectNameOrNull(findHeaderValue(lines, ['项目名称']));
  if (headed) return headed;
  // A title without a year ("柳塘镇…道路项目绩效运行监控报告", the year only in the text) names its project from its start.
  const afterYear = /(?:19|20)\d{2}年度?(.*)$/.exec(title)?.[1] ?? title;
  const window = findPeriod(afterYear, null)?.text ?? '';
  const titled = reportProjectInTitle.exec(
    afterYear.startsWith(window) ? afterYear.slice(window.length) : afterYear,
  )?.[1];
  if (titled) return titled;
  for (const pattern of reportProjectInText) {
    for (const line of written) {
      const named = pattern.exec(line)?.[1];
      if (named) return named;
    }
  }
  return null;
}

/**
 * The window: the first one written (the title's 1-6月), completed by the first cut-off date
 * that agrees with it (截至6月30日 in the money sentences).
 */
function findReportPeriod(lines: readonly string[], year: number | null): MonitoringPeriod {
  const periods = lines
    .map((line) => findPeriod(line, year))
    .filter((period): period is MonitoringPeriod => period !== null);
  const first = periods[0];
  if (!first) return {};
  if (first.cutOffDate) return first;
  const dated = periods.find(
    (period) =>
      period.cutOffDate && period.throughMonth != null && period.throughMonth === first.throughMonth,
  );
  return dated ? { ...first, cutOffDate: dated.cutOffDate } : first;
}

/**
 * The title line (…监控…报告), with the line before it when the title wraps there
 * ("某局2024年1-6月部门整体支出绩效" / "运行监控报告"): a first half with the year and no 报告.
 */
function findReportTitle(lines: readonly string[]): string {
  const head = lines
    .slice(0, TITLE_LINES)
    .map(compact)
    .filter((line) => line !== '');
  const index = head.findIndex((line) => /监控.*报告/.test(line));
  if (index < 0) return '';
  const title = head[index] ?? '';
  const previous = index > 0 ? (head[index - 1] ?? '') : '';
  const isFirstHalf =
    /(?:19|20)\d{2}年/.test(previous) && !/(?:19|20)\d{2}年/.test(title) && !/报告|[:：。]/.test(previous);
  return isFirstHalf ? `${previous}${title}` : title;
}

/**
 * The indicators of a monitoring table inside the report (tab- or pipe-separated rows under a
 * 一级指标 … 完成目标可能性 header), read as a monitoring table's are; none when it has no table.
 */
function readAttachedIndicators(lines: readonly string[]): Indicator[] {
  const separated = keepTableLines(lines);
  const tableLines = separated.every((line) => line === '') ? keepCellLines(lines) : separated;
  if (tableLines.every((line) => line === '')) return [];
  return readIndicatorBlock(toStream(tableLines), 0)?.indicators ?? [];
}

/**
 * The lines of a table written one cell per line into the report (a text export without a layout),
 * others blanked so line numbers stay (text/report-cell-lines.ts). All blank when the report has no such table.
 */
function keepCellLines(lines: readonly string[]): string[] {
  const isHeaderWord = (line: string): boolean => matchIndicatorColumn(compact(line)) !== null;
  const kept = findReportCellLines(lines, { isLevel1Word: (line) => matchIndicatorColumn(compact(line)) === 'level1', isHeaderWord });
  return lines.map((line, index) => (kept.has(index) ? line : ''));
}

/** The lines of tables (tab- or pipe-separated), others blanked so line numbers stay. */
function keepTableLines(lines: readonly string[]): string[] {
  return lines.map((line) => (line.includes('\t') || line.includes('|') ? line : ''));
}

/**
 * The budget of a table inside the report (年初预算数 / 1-N月执行数 / 全年预计执行数 columns, its
 * 合计 row), read as a monitoring table's is; null when the report has none.
 */
function readAttachedBudget(lines: readonly string[]): Budget | null {
  const tableLines = keepTableLines(lines);
  if (tableLines.every((line) => line === '')) return null;
  const block = readBudgetBlock({ stream: toStream(tableLines), from: 0, unit: findAmountUnit(lines) });
  const total =
    block?.rows.find((row) => row.source === 'total') ??
    (block?.rows.length === 1 ? block.rows[0] : undefined);
  if (!total) return null;
  return {
    initial: total.initial ?? null,
    adjusted: total.adjusted ?? null,
    executedToDate: total.executedToDate ?? null,
    forecast: total.forecast ?? null,
  };
}

/** Reads a monitoring report's text into the document model (kind monitoring, with report sections). */
export function readMonitoringReport(lines: readonly string[], scope: Scope): PerformanceDocument {
  const document = createEmptyDocument('monitoring', scope);
  document.year = findTitleYear(lines);
  const title = findReportTitle(lines);
  // "关于2024年度…的报告" names no unit before its year: then the labelled 实施单位 or the signature.
  const unit = /^(.{2,40}?)(?:(?:19|20)\d{2}年|关于)/.exec(title.replace(/^关于/, ''))?.[1];
  document.unit = unit ?? findHeaderValue(lines, REPORT_UNIT_LABELS) ?? findSignatureUnit(lines) ?? '';
  document.project = findReportProject(lines, title);
  const sections = splitReportSections(lines).map(({ title, text }) => ({ title, text }));
  document.report = { sections, moneyLists: [] };
  // Money and indicator items are read from whole paragraphs (a PDF wraps them at the page width).
  // Amounts in numerals ("壹佰贰拾万元", "三十五点六万元") or with a point written 、 are written as figures first.
  const prose = unwrapLines(lines).map(withAmountsAsFigures);
  const { facts, rates } = readMoneySentences(prose);
  const monitoring: Monitoring = {
    period: findReportPeriod(lines, document.year),
    moneyFacts: facts,
    statedRates: rates,
    completionCounts: readCompletionCounts(prose),
  };
  for (const section of sections) {
    // "存在的问题及原因" is 存在的问题; "存在的问题及下一步措施" goes where its first part names.
    const title = compact(section.title);
    const candidates = [title.replace(/及(原因|建议).*$/, ''), ...title.split('及')];
    const field = candidates
      .map((candidate) => analysisLabels.find(([, pattern]) => pattern.test(candidate))?.[0])
      .find((found) => found !== undefined);
    if (field && !monitoring[field]) monitoring[field] = section.text || null;
  }
  document.budget = {
    total: firstOf(facts, 'budget'),
    // 执行 when the report writes it; else what it says was spent (支付 / 使用 / 支出), which is the execution
    // of a budget to date (the layout fidelity facts read the same).
    executedToDate: firstOf(facts, 'executed') ?? firstOf(facts, 'spent'),
    forecast: firstOf(facts, 'forecast'),
  };
  // A report that tabulates its money ("执行情况如下表") states no money sentence.
  const hasMoneySentence = [
    document.budget.total,
    document.budget.executedToDate,
    document.budget.forecast,
  ].some((amount) => amount != null);
  const tabulated = hasMoneySentence ? null : readAttachedBudget(lines);
  if (tabulated) document.budget = tabulated;
  const items = readReportIndicators(prose);
  const table = readAttachedIndicators(lines);
  // A report that tabulates its indicators ("详见下表") gives them in the table, not in items; one that neither
  // tabulates nor itemises them may list them in sentences, under level labels ("1.数量指标：…；…", report-listed-indicators.ts).
  const listed = items.length === 0 && table.length === 0 ? readListedIndicators(prose) : [];
  const indicators = table.length > items.length ? table : items.length > 0 ? items : listed;
  if (indicators.length > 0) document.goals = [{ name: '', indicators }];
  document.monitoring = monitoring;
  return document;
}
