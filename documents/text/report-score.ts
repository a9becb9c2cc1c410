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
  reportGradeRatedWithScore,
  reportGradeLabel,
  reportGradeWords,
  reportLetterGradeAfterLabel,
  reportPartGradeLeadIn,
  reportPartScoreLeadIn,
  reportScoreFigure,
  reportScoreStatement,
  reportScoreThreshold,
} from '../vocabulary/report-words.ts';
import { readChineseDecimal } from './chinese-numerals.ts';
import { compact } from './normalize.ts';
import { clauseBefore, namesOtherYear } from './report-clause.ts';
import { findTableTotals } from './report-score-table.ts';

export interface StatedTotals {
  score: string | null;
  grade: Grade | null;
  /** A letter grade stated alone ("评价等级为A级"), when no grade word is stated; mapped by the report's scale. */
  letter?: string | null;
}

/** An enumerator alone before a label: the label opens its sentence ("等级：良", "（三）等次为优秀"). */
const SENTENCE_OPENING = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?$/;

function isBareGradeLabel(label: string): boolean {
  return label === '等级' || label === '等次' || label === '评级';
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
    // A bare 等级 counts in a score's sentence, or opening a sentence of its own ("等级：良").
    const opensSentence = SENTENCE_OPENING.test(sentence.slice(0, match.index));
    if (isBareGradeLabel(match[0]) && !hasScore && !opensSentence) continue;
    if (reportPartGradeLeadIn.test(sentence.slice(Math.max(0, match.index - 4), match.index))) continue;
    if (namesOtherYear(clauseBefore(sentence, match.index), year, isUndatedOnly)) continue;
    const word = reportGradeAfterLabel.exec(sentence.slice(match.index + match[0].length))?.[1];
    if (word !== undefined) return reportGradeWords[word] ?? null;
  }
  const bracketed = hasScore ? (reportGradeAfterScore.exec(sentence) ?? reportGradeRatedWithScore.exec(sentence))?.[1] : undefined;
  if (bracketed !== undefined) return reportGradeWords[bracketed] ?? null;
  const before = reportGradeBeforeLabel.exec(sentence)?.[1];
  return before === undefined ? null : (reportGradeWords[before] ?? null);
}

/** A letter grade a sentence states alone after a grade label ("评价等级为A级", "等级：B"), or null. */
function findLetterGrade(sentence: string, hasScore: boolean, year: number | null, isUndatedOnly: boolean): string | null {
  if (!/[A-E]/.test(sentence)) return null;
  for (const match of sentence.matchAll(reportGradeLabel)) {
    const opensSentence = SENTENCE_OPENING.test(sentence.slice(0, match.index));
    if (isBareGradeLabel(match[0]) && !hasScore && !opensSentence) continue;
    if (reportPartGradeLeadIn.test(sentence.slice(Math.max(0, match.index - 4), match.index))) continue;
    if (namesOtherYear(clauseBefore(sentence, match.index), year, isUndatedOnly)) continue;
    const letter = reportLetterGradeAfterLabel.exec(sentence.slice(match.index + match[0].length))?.[1];
    if (letter !== undefined) return letter;
  }
  return null;
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
    totals.letter ??= dated.letter;
  }
  if (totals.score !== null && totals.grade !== null) return { score: totals.score, grade: totals.grade };
  const table = findTableTotals(lines);
  const stated = { score: totals.score ?? table.score, grade: totals.grade ?? table.grade };
  return stated.grade === null && totals.letter ? { ...stated, letter: totals.letter } : stated;
}

function findSentenceTotals(lines: readonly string[], year: number | null, isUndatedOnly: boolean): StatedTotals {
  const totals: StatedTotals = { score: null, grade: null, letter: null };
  let hasScoreBefore = false;
  for (const sentence of splitSentences(lines)) {
    const score = findScore(sentence, year, isUndatedOnly);
    totals.score ??= score;
    // A bare 等级 right after the score's sentence ("自评得分：95分" / "等级：优秀") is the grade too.
    const hasScore = score !== null || hasScoreBefore;
    totals.grade ??= findGrade(sentence, hasScore, year, isUndatedOnly);
    totals.letter ??= findLetterGrade(sentence, hasScore, year, isUndatedOnly);
    hasScoreBefore = score !== null;
    if (totals.score !== null && totals.grade !== null) break;
  }
  return totals;
}
