/**
 * The years a report covers when it evaluates several ("青禾县水利局2021—2023年度河道治理项目绩效评价报告",
 * "本次评价期间为2021年1月1日至2023年12月31日"). The model holds one year: by the lead's decision
 * (2026-12-05) the document's year is the last of the range, the year the evaluation closes; the whole
 * range is kept in `report.yearRange` and a notice tells the user.
 */
import type { Finding } from '../../core/model.ts';
import { yearRangePattern } from '../vocabulary/labels.ts';
import { reportEvaluationPeriodLabel, reportEvaluationWords } from '../vocabulary/report-words.ts';
import { compact } from './normalize.ts';

export interface YearRange {
  from: number;
  to: number;
}

/** An evaluation spans a few years (a 三年 or 五年 evaluation); a longer "range" is a plan or a history. */
const LONGEST_RANGE_YEARS = 10;
/** How many lines at a report's head may state the evaluation's period. */
const PERIOD_LINES = 40;
/** How far after a range the evaluation words may stand in its sentence ("对2021—2023年河道治理项目资金开展了绩效评价"). */
const EVALUATION_WORDS_WITHIN = 40;
const YEAR = /(?:19|20)\d{2}年/;

/** The range a compacted text writes first, with where it stands; null when none or not a plausible one. */
function findRange(text: string): (YearRange & { index: number; end: number }) | null {
  const match = yearRangePattern.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (to <= from || to - from > LONGEST_RANGE_YEARS) return null;
  return { from, to, index: match.index, end: match.index + match[0].length };
}

/**
 * A sentence of the report's head stating the evaluation's period: a label (评价期间 / 评价年度 / 评价时段 …)
 * right before the range, or the evaluation words (评价, 自评) after it in its clause with no other year between
 * ("对2022—2024年实施的项目2023年度资金开展评价" evaluates 2023 alone).
 */
function findPeriodInSentence(sentence: string): YearRange | null {
  const range = findRange(sentence);
  if (range === null) return null;
  if (reportEvaluationPeriodLabel.test(sentence.slice(0, range.index))) return range;
  const after = sentence.slice(range.end, range.end + EVALUATION_WORDS_WITHIN);
  const words = reportEvaluationWords.exec(after);
  // In the same clause: "2021—2023年累计投入资金1200万元，为做好绩效评价…" states money, not the period evaluated.
  const between = words === null ? '' : after.slice(0, words.index);
  return words !== null && !YEAR.test(between) && !/[，,]/.test(between) ? range : null;
}

/**
 * The years a report covers: a range in its title, else a period its head states, when the title names no
 * single year outside it. Null for a report of one year.
 */
export function findReportYearRange(lines: readonly string[], title: string, titleYear: number | null): YearRange | null {
  const inTitle = findRange(compact(title));
  if (inTitle) return { from: inTitle.from, to: inTitle.to };
  for (const line of lines.slice(0, PERIOD_LINES)) {
    for (const sentence of compact(line).split(/[。；;]/)) {
      const period = findPeriodInSentence(sentence);
      if (period === null) continue;
      const isTitleYearInside = titleYear === null || (titleYear >= period.from && titleYear <= period.to);
      return isTitleYearInside ? { from: period.from, to: period.to } : null;
    }
  }
  return null;
}

/** The notice that a report covers several years and which year it is kept under. */
export function yearRangeNotice(range: YearRange): Finding {
  return {
    severity: 'info',
    code: 'report-several-years',
    message: `报告覆盖${range.from}—${range.to}年，按${range.to}年入库（评价结束的年度）；报告中的金额、得分按整个期间读取，请核对入库年度。`,
    path: 'year',
  };
}
