/**
 * A two-row header written one cell per line, its upper row first: "绩效指标 / 指标分值 / 指标解释 /
 * 计分标准 / 自评得分 / 备注" then "一级指标 / 二级指标 / 三级指标" (a Word table's text of a county
 * 部门整体 评分表, docs/layouts.md dept-self-eval-management-score-cell-lines). Read in order, the levels
 * would stand last. When the run opens with a band word and its last words are what the upper words
 * stand over (the header groups of documents/vocabulary/columns.ts: 绩效指标 over the levels, 年度指标值
 * over 指标性质 / 指标值 / 度量单位), each upper word's lower words take its place.
 */
import { isBandWord, matchColumnRole, type ColumnRole } from '../../vocabulary/columns.ts';
import { placeLowerCells } from '../collapsed-header.ts';

/** The fewest lower words a second header row has. */
const MIN_LOWER_WORDS = 2;

/**
 * The header words in the order of their columns: the upper row with each word that stands over
 * lower words replaced by them, the band word gone. The longest lower row that fits wins (a shorter
 * one would leave a lower word in the upper row). Null when the words are one row.
 */
export function flattenHeaderRows<Word extends { text: string }>(words: readonly Word[]): Word[] | null {
  if (words.length < MIN_LOWER_WORDS + 2 || !isBandWord(words[0]?.text ?? '') || matchColumnRole(words[0]?.text ?? '') !== null) return null;
  for (let split = 1; split <= words.length - MIN_LOWER_WORDS; split += 1) {
    const upper = words.slice(0, split);
    const lower = words.slice(split);
    const lowerRoles = lower.map((word) => matchColumnRole(word.text));
    if (lowerRoles.some((role) => role === null)) continue;
    const placement = placeLowerCells(upper, lowerRoles as ColumnRole[]);
    // A band word names no column: it must stand over something.
    if (!placement || upper.some((word, position) => matchColumnRole(word.text) === null && placement.spans[position] === 0)) continue;
    const ordered: Word[] = [];
    let next = 0;
    upper.forEach((word, position) => {
      const span = placement.spans[position] ?? 0;
      if (span === 0) ordered.push(word);
      ordered.push(...lower.slice(next, next + span));
      next += span;
    });
    return ordered;
  }
  return null;
}
