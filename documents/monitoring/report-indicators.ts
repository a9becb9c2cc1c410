/**
 * Indicator items of narrative monitoring reports: "（一）名称：年度指标值≥32万亩，1-6月已完成
 * 20.1万亩，完成目标可能性：确定能". An item is an indicator when one of its clauses states a
 * 年度指标值; the text before that clause is its name (a level name there sets the 一级/二级),
 * and the progress and 完成目标可能性 clauses fill its monitoring fields. A line naming only a
 * level ("（一）产出指标") sets the level of the items below. The wordings are data
 * (vocabulary.ts); what an item does not state stays null.
 */
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import type { Indicator } from '../../core/model.ts';
import { likelihoodVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { level1NameOf, matchLevel1, matchLevel2 } from '../grid/levels.ts';
import { compact } from '../text/normalize.ts';
import {
  reportItemNumber,
  reportNoteLine,
  reportLikelihoodClauses,
  reportProgressClauses,
  reportTargetClauses,
} from './vocabulary.ts';

/** The longest name an item may give an indicator (longer text is a sentence, not a name). */
const MAX_NAME_LENGTH = 40;

const CLAUSE_END = /[，,；;。]/;

function firstValue(patterns: readonly RegExp[], clause: string): string | null {
  for (const pattern of patterns) {
    const value = pattern.exec(clause)?.[1]?.trim();
    if (value) return value;
  }
  return null;
}

const CLOSING_MARKS = new Set(['。', '；', ';', ':', '：']);

/** A heading without the marks that close it ("（一）产出指标：" → 产出指标). */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

interface Levels {
  level1: string;
  level2: string;
}

/** Sets the levels a piece of text names; true when it was a level name. */
function takeLevel(text: string, levels: Levels): boolean {
  const bare = withoutClosingMarks(text);
  const level1 = matchLevel1(bare);
  if (level1) {
    levels.level1 = level1.name;
    levels.level2 = '';
    return true;
  }
  const level2 = matchLevel2(bare);
  if (level2) {
    levels.level2 = level2.name;
    levels.level1 = level1NameOf(level2.parent);
    return true;
  }
  return false;
}

function readItem(item: string, line: number, levels: Levels): Indicator | null {
  const text = item.replace(reportItemNumber, '');
  const clauses = text.split(CLAUSE_END);
  const targetIndex = clauses.findIndex(
    (clause) => firstValue(reportProgressClauses, clause) === null && firstValue(reportTargetClauses, clause) !== null,
  );
  if (targetIndex < 0) {
    takeLevel(withoutClosingMarks(text), levels);
    return null;
  }
  const targetClause = clauses[targetIndex] ?? '';
  const targetText = firstValue(reportTargetClauses, targetClause) ?? '';
  // The name: what stands before the target words, less the level names written with it.
  const targetStart = reportTargetClauses
    .map((pattern) => pattern.exec(targetClause)?.index ?? -1)
    .find((index) => index >= 0) ?? 0;
  const head = [...clauses.slice(0, targetIndex), targetClause.slice(0, targetStart)]
    .flatMap((piece) => piece.split(/[:：]/))
    .filter((piece) => piece !== '');
  let name = '';
  for (const piece of head) if (!takeLevel(piece, levels)) name = piece;
  if (name.length < 2 || name.length > MAX_NAME_LENGTH) return null;
  const context = { name };
  let actualToDate: string | null = null;
  let likelihoodText: string | null = null;
  for (const clause of clauses.slice(targetIndex + 1)) {
    const progress = firstValue(reportProgressClauses, clause);
    // Progress is a figure; "尚未开展调查" or "已完成年度任务" states none.
    if (actualToDate === null && progress !== null && /\d/.test(progress)) actualToDate = progress;
    likelihoodText ??= firstValue(reportLikelihoodClauses, clause);
  }
  return {
    level1: levels.level1,
    level2: levels.level2,
    name,
    target: parseIndicatorValue(targetText, context),
    monitoring: {
      actualToDate: actualToDate === null ? null : parseIndicatorValue(actualToDate, context),
      forecast: null,
      likelihood: likelihoodText === null ? null : matchVariant(likelihoodVariants, likelihoodText),
    },
    line,
  };
}

/** A line's items: a sentence that opens with an item number starts one, others continue it. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  for (const sentence of text.split(/(?<=[。；;])/)) {
    if (items.length === 0 || reportItemNumber.test(sentence)) items.push(sentence);
    else items[items.length - 1] += sentence;
  }
  return items;
}

/** Every indicator item of a report's lines (line numbers 1-based), in order. */
export function readReportIndicators(lines: readonly string[]): Indicator[] {
  const indicators: Indicator[] = [];
  const levels: Levels = { level1: '', level2: '' };
  for (const [index, written] of lines.entries()) {
    const text = compact(written);
    if (text === '' || reportNoteLine.test(text)) continue;
    for (const item of splitItems(text)) {
      const indicator = readItem(item, index + 1, levels);
      if (indicator) indicators.push(indicator);
    }
  }
  return indicators;
}
