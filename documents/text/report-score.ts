/**
 * The total score and grade a report states in its narrative ("经自评，本项目自评得分为96.2分，自评
 * 等级为“优”", a cover line "评价得分：83.60分" / "评价等级：良"). The wordings are data
 * (documents/vocabulary/report-words.ts); a part's score ("决策类指标得分17.20分") is no total, and a
 * grade word must close ("优化" is no grade).
 */
import type { Grade } from '../../core/model.ts';
import {
  reportGradeAfterLabel,
  reportGradeAfterScore,
  reportGradeBeforeLabel,
  reportGradeLabel,
  reportGradeRowLabel,
  reportGradeWords,
  reportPartGradeLeadIn,
  reportPartScoreLeadIn,
  reportScoreFigure,
  reportScoreRowLabel,
  reportScoreStatement,
  reportScoreThreshold,
} from '../vocabulary/report-words.ts';
import { readChineseDecimal } from './chinese-numerals.ts';
import { compact } from './normalize.ts';
import { clauseBefore, namesOtherYear } from './report-clause.ts';
import { splitCells } from './table-rows.ts';

export interface StatedTotals {
  score: string | null;
  grade: Grade | null;
}

/** The largest score a total can have: scores are out of 100. */
const MAX_SCORE = 100;

/** Sentences of the lines, compacted (no spaces), in order. */
function splitSentences(lines: readonly string[]): string[] {
  return lines.flatMap((line) => compact(line).split(/[。；;！!]/)).filter((sentence) => sentence !== '');
}

/** The total score a sentence states, or null; another year's score ("上年度自评得分88分") is none. */
function findScore(sentence: string, year: number | null, isUndatedOnly: boolean): string | null {
  for (const match of sentence.matchAll(reportScoreStatement)) {
    if (reportPartScoreLeadIn.test(sentence.slice(Math.max(0, match.index - 4), match.index))) continue;
    if (namesOtherYear(clauseBefore(sentence, match.index), year, isUndatedOnly)) continue;
    const rest = sentence.slice(match.index + match[0].length);
    const written = reportScoreFigure.exec(rest);
    // A score in Chinese numerals ("九十五点五分") is read as figures; an ill-formed one ("八八分") is none.
    const figure = written?.[1] ?? (written?.[2] === undefined ? undefined : readChineseDecimal(written[2]));
    if (figure == null || Number(figure) > MAX_SCORE) continue;
    if (reportScoreThreshold.test(rest.slice(written?.[0].length ?? 0))) continue;
    return figure;
  }
  return null;
}

/** The grade a sentence states, or null; a bare 等级 counts only when `hasScore`. */
function findGrade(sentence: string, hasScore: boolean, year: number | null, isUndatedOnly: boolean): Grade | null {
  for (const match of sentence.matchAll(reportGradeLabel)) {
    const isBare = match[0] === '等级' || match[0] === '等次' || match[0] === '评级';
    if (isBare && !hasScore) continue;
    if (reportPartGradeLeadIn.test(sentence.slice(Math.max(0, match.index - 4), match.index))) continue;
    if (namesOtherYear(clauseBefore(sentence, match.index), year, isUndatedOnly)) continue;
    const word = reportGradeAfterLabel.exec(sentence.slice(match.index + match[0].length))?.[1];
    if (word !== undefined) return reportGradeWords[word] ?? null;
  }
  const bracketed = hasScore ? reportGradeAfterScore.exec(sentence)?.[1] : undefined;
  if (bracketed !== undefined) return reportGradeWords[bracketed] ?? null;
  const before = reportGradeBeforeLabel.exec(sentence)?.[1];
  return before === undefined ? null : (reportGradeWords[before] ?? null);
}

const BARE_LABEL = /^(?:得分|总分|评分|等级|等次|评级)$/;

/** The last score figure (not a rate) among cells, or null. */
function lastScore(values: readonly string[]): string | null {
  const figure = values
    .filter((value) => /^\d{1,3}(?:\.\d{1,2})?分?$/.test(value))
    .at(-1)
    ?.replace(/分$/, '');
  return figure !== undefined && Number(figure) <= MAX_SCORE ? figure : null;
}

/** The last grade word among cells, or null. */
function lastGrade(values: readonly string[]): Grade | null {
  const word = values.filter((value) => value in reportGradeWords).at(-1);
  return word === undefined ? null : (reportGradeWords[word] ?? null);
}

/** The cells of each non-blank line; a one-cell line (a cell copied on its own line) is one cell. */
function toRows(lines: readonly string[]): string[][] {
  return lines
    .map((line) =>
      (line.includes('\t') || line.includes('|') ? splitCells(line) : [line])
        .map(compact)
        .filter((cell) => cell !== ''),
    )
    .filter((cells) => cells.length > 0);
}

/**
 * The score and grade of a conclusion table in the report: the last figure (not a rate) of a
 * 自评得分 or 总分 row, the last grade word of a 自评等级 row. A table copied one cell per line
 * ("自评得分" / "96.5") gives its value on the next line.
 */
function findTableTotals(lines: readonly string[]): StatedTotals {
  const totals: StatedTotals = { score: null, grade: null };
  const rows = toRows(lines);
  for (const [index, cells] of rows.entries()) {
    const [label, ...rest] = cells;
    if (label === undefined) continue;
    // On its own line a bare 得分 or 等级 is a column header of a table copied cell by cell, no total.
    if (rest.length === 0 && BARE_LABEL.test(label)) continue;
    const values = rest.length > 0 ? rest : (rows[index + 1] ?? []).slice(0, 1);
    if (totals.score === null && reportScoreRowLabel.test(label)) totals.score = lastScore(values);
    if (totals.grade === null && reportGradeRowLabel.test(label)) totals.grade = lastGrade(values);
  }
  return totals;
}

/**
 * The first total score and the first grade the report states in its sentences for its own year
 * (`year`, when the report dates its figures), else in a conclusion table; null for what it does not state.
 */
export function findStatedTotals(lines: readonly string[], year: number | null = null): StatedTotals {
  const totals = findSentenceTotals(lines, year, year === null);
  // A report that never dates its own figures: what undated clauses state, else what a dated one states.
  if (year === null && (totals.score === null || totals.grade === null)) {
    const dated = findSentenceTotals(lines, null, false);
    totals.score ??= dated.score;
    totals.grade ??= dated.grade;
  }
  if (totals.score !== null && totals.grade !== null) return totals;
  const table = findTableTotals(lines);
  return { score: totals.score ?? table.score, grade: totals.grade ?? table.grade };
}

function findSentenceTotals(lines: readonly string[], year: number | null, isUndatedOnly: boolean): StatedTotals {
  const totals: StatedTotals = { score: null, grade: null };
  let hasScoreBefore = false;
  for (const sentence of splitSentences(lines)) {
    const score = findScore(sentence, year, isUndatedOnly);
    totals.score ??= score;
    // A bare 等级 right after the score's sentence ("自评得分：95分" / "等级：优秀") is the grade too.
    totals.grade ??= findGrade(sentence, score !== null || hasScoreBefore, year, isUndatedOnly);
    hasScoreBefore = score !== null;
    if (totals.score !== null && totals.grade !== null) break;
  }
  return totals;
}
