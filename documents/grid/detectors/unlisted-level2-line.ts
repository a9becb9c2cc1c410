/**
 * A cell that may be a 二级 the vocabulary does not know (工作质量类, 履职效能, 重点工作任务), for the
 * layouts without cell separators: there only the row's shape tells it from an indicator's name, so
 * this says no more than "short text that is no value, no header word, no goal, no known level";
 * the detector decides by the rest of the row.
 */
import { isBandWord, matchColumnRole } from '../../vocabulary/columns.ts';
import { isQualitativeValue, isTableEnd, isTotalsCell, looksLikeValue } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { isLevelName } from '../levels.ts';
import { normalizeLevelText, readHeadingWeight } from '../../../core/levels/index.ts';

/** The longest unlisted 二级 (社会公众满意度 …); longer text is a name or a sentence. */
const MAX_UNLISTED_LEVEL2_LENGTH = 12;
const MIN_UNLISTED_LEVEL2_LENGTH = 2;

export function isUnlistedLevel2Word(text: string): boolean {
  const word = text.replace(/\s+/g, '');
  if (word.length < MIN_UNLISTED_LEVEL2_LENGTH || word.length > MAX_UNLISTED_LEVEL2_LENGTH) return false;
  if (/[\d%％，。；：,;:、]/.test(word)) return false;
  if (looksLikeValue(word) || isQualitativeValue(word) || isTotalsCell(word) || isTableEnd(word)) return false;
  return matchColumnRole(word) === null && matchGoalName(word) === null && !isLevelName(word) && !isTwoLevels(word);
}

/** A 一级 and its 二级 run together ("产出指标数量指标"): two known cells, no unknown one. */
function isTwoLevels(word: string): boolean {
  for (let cut = 2; cut <= word.length - 2; cut += 1) if (isLevelName(word.slice(0, cut)) && isLevelName(word.slice(cut))) return true;
  return false;
}

/**
 * A heading by its weight note: a short level word the vocabulary may not know, with "(N分)" after it
 * ("预算编制(30分)", "部门预算管理(80分)"). In a sheet one cell per line it is a level when a name
 * follows it (an indicator whose weight is written after its name is followed by its score).
 */
export function isWeightedHeading(text: string): boolean {
  if (readHeadingWeight(text) === null) return false;
  const word = normalizeLevelText(text);
  if (isBandWord(word)) return false;
  // A goal column's word (重点任务, 目标任务) names a group of indicators: with its weight it is a heading.
  return isLevelName(word) || isUnlistedLevel2Word(word) || (matchColumnRole(word) === 'goal' && matchGoalName(word) === null);
}
