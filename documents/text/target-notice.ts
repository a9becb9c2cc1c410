/**
 * A target document whose indicators are sentences, not a table: a notice of the targets set ("关于…项目绩效目标设定的
 * 公示", "…项目绩效目标设定", Ningxia township and county sites; docs/layouts.md, twenty-second study). It states the
 * project's money and overall goal in its first paragraph ("安排…资金50万元，实施…项目，…项目总体绩效目标是：…。"), then
 * the indicators under 一、产出指标 / 二、效益指标 / 三、满意度指标 as lists (report-listed-indicators.ts reads them, as it
 * does in reports), and is signed by its unit over a date. Read only when the table reader found no indicator.
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { noticeBudgetClause, noticeOverallGoalLabel, targetsSetNoticeTitle } from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { parseAmount } from './amounts.ts';
import { compact } from './normalize.ts';
import { readListedIndicators } from './report-listed-indicators.ts';
import { findSignatureUnit } from './report-signature.ts';
import { readTitle } from './title.ts';
import { unwrapLines } from './unwrap-lines.ts';

/** The project a targets-set notice's title names: its words before 绩效目标设定, ending in 项目 ("关于…种植项目绩效目标设定的公示"). */
export function projectOfNoticeTitle(title: string): string | null {
  const key = labelKey(title).replace(/^关于/, '');
  const match = targetsSetNoticeTitle.exec(key);
  if (match === null) return null;
  const project = key.slice(0, match.index);
  return project.endsWith('项目') && project.length > 2 ? project : null;
}

/** The first amount the notice says it gives ("安排…补助资金50万元"), in 万元, or null. */
function findNoticeBudget(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const figure = noticeBudgetClause.exec(compact(paragraph))?.[1];
    if (figure !== undefined) return parseAmount(figure);
  }
  return null;
}

/** The overall goal a notice states after its label, to the sentence's end ("项目总体绩效目标是：…。"), or null. */
function findNoticeGoal(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const text = compact(paragraph);
    const label = noticeOverallGoalLabel.exec(text);
    if (label === null) continue;
    const rest = text.slice(label.index + label[0].length);
    const end = rest.indexOf('。');
    const goal = end < 0 ? rest : rest.slice(0, end + 1);
    if (goal.length > 1) return goal;
  }
  return null;
}

/**
 * Fills a target document whose table reader found no indicator with the indicators its sentences list and the facts
 * its prose states; the document as it was when its sentences list none.
 */
export function readProseTargets(document: PerformanceDocument, lines: readonly string[]): void {
  if (document.goals.some((goal) => goal.indicators.length > 0)) return;
  const paragraphs = unwrapLines(lines);
  const indicators = readListedIndicators(paragraphs);
  if (indicators.length === 0) return;
  document.goals = [{ name: '', indicators }];
  // A notice is signed by its unit; the title's words before its year name a place ("清泉县2025年…项目绩效目标设定").
  document.unit = findSignatureUnit(lines) ?? document.unit;
  document.project = projectOfNoticeTitle(readTitle(lines).text) ?? document.project;
  document.overallGoal ??= findNoticeGoal(paragraphs);
  if (document.budget.total == null) document.budget.total = findNoticeBudget(paragraphs);
}
