/**
 * Reads a narrative 绩效运行监控报告: the window (截至6月30日, 1-8月, 上半年), the unit and year
 * from the title, the numbered sections, the money facts and stated rates (money-sentences.ts),
 * and the budget they give (预算 → 年初预算数, 执行 → 1-N月执行数, 预计 → 全年预计执行数; 到位
 * and 支付 stay facts). A missing 全年预计执行数 stays null.
 */
import { createEmptyDocument, type PerformanceDocument, type Scope } from '../../core/model.ts';
import type { Monitoring, MoneyFact, MoneyFactKind } from '../../core/monitoring/schema.ts';
import { compact } from '../text/normalize.ts';
import { readMoneySentences } from './money-sentences.ts';
import { readCompletionCounts } from './completion-counts.ts';
import { findPeriod } from './period.ts';
import { findTitleYear, TITLE_LINES } from './read-table.ts';
import { analysisLabels } from './vocabulary.ts';

// Read on trimmed lines: the title starts at the first non-space (one reading, no backtracking).
const HEADING = /^([一二三四五六七八九十]+)[、．.]\s*(\S.*)$/;

function firstOf(facts: readonly MoneyFact[], kind: MoneyFactKind): string | null {
  return facts.find((fact) => fact.kind === kind)?.amount ?? null;
}

function readSections(lines: readonly string[]): Array<{ title: string; text: string }> {
  const sections: Array<{ title: string; text: string }> = [];
  for (const line of lines) {
    const heading = HEADING.exec(line.trim());
    if (heading?.[2] && compact(heading[2]).length <= 30) {
      sections.push({ title: heading[2].trim(), text: '' });
    } else if (sections.length > 0 && line.trim() !== '') {
      const current = sections[sections.length - 1]!;
      current.text = current.text ? `${current.text}\n${line.trim()}` : line.trim();
    }
  }
  return sections;
}

/** Reads a monitoring report's text into the document model (kind monitoring, with report sections). */
export function readMonitoringReport(lines: readonly string[], scope: Scope): PerformanceDocument {
  const document = createEmptyDocument('monitoring', scope);
  document.year = findTitleYear(lines);
  const title =
    lines
      .slice(0, TITLE_LINES)
      .map(compact)
      .find((line) => /监控.*报告/.test(line)) ?? '';
  const unit = /^(.{2,40}?)(?:(?:19|20)\d{2}年|关于)/.exec(title)?.[1];
  document.unit = unit ?? '';
  const sections = readSections(lines);
  document.report = { sections, moneyLists: [] };
  const { facts, rates } = readMoneySentences(lines);
  const firstWindow = lines.find((line) => findPeriod(line, document.year) !== null) ?? '';
  const monitoring: Monitoring = {
    period: findPeriod(firstWindow, document.year) ?? {},
    moneyFacts: facts,
    statedRates: rates,
    completionCounts: readCompletionCounts(lines),
  };
  for (const section of sections) {
    const field = analysisLabels.find(([, pattern]) =>
      pattern.test(compact(section.title).replace(/及(原因|建议).*$/, '')),
    )?.[0];
    if (field && !monitoring[field]) monitoring[field] = section.text || null;
  }
  document.budget = {
    total: firstOf(facts, 'budget'),
    executedToDate: firstOf(facts, 'executed'),
    forecast: firstOf(facts, 'forecast'),
  };
  document.monitoring = monitoring;
  return document;
}
