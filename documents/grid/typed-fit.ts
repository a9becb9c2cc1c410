/**
 * How well a cell's text fits a column role (+1 fits, −1 cannot be there, 0 says nothing), and the
 * order-keeping placement of a short row's cells into the header's columns that fits best. Used
 * where empty cells left no trace (runs of spaces in a PDF of the 预算管理一体化 system: an empty
 * 指标性质 of a 定性 row), so the cells that are left must be placed by what they are.
 */
import { scoringRuleEndings, type ColumnRole } from '../vocabulary/columns.ts';
import { likelihoodVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { UNITS_BY_FIRST_CHARACTER } from '../../core/indicator-value/vocabulary.ts';
import { NUMBERED_NAME } from './cell-text.ts';
import { isDateValue, isNumberCell, isQualitativeValue, looksLikeValue } from './cell-kinds.ts';
import { isUnlistedLevel2Word, isWeightedHeading } from './detectors/unlisted-level2-line.ts';
import { matchGoalName } from './goal-names.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';

const OPERATOR_CELL = /^(?:[≥≤><=＞＜≧≦]|定量(?:指标)?|定性(?:指标)?|正向|反向)$/;
const MEASURE_KIND_CELL = /^(?:定量|定性)(?:指标)?$/;

/** A 评(扣)分标准 cell ("未达指标值酌情扣分", "完成得满分，否则不得分"): a rule, never an indicator's name. */
export function isScoringRuleText(text: string): boolean {
  return scoringRuleEndings.test(text.replace(/\s+/g, ''));
}

/** True when the text is made of unit words only: %, 万平方米, 元/平方米, 人次. */
export function isUnitCell(text: string): boolean {
  const written = text.replace(/\s+/g, '');
  if (written === '' || written.length > 8) return false;
  return written.split('/').every((part) => {
    let rest = part;
    for (let count = 0; rest !== '' && count < 3; count += 1) {
      const unit = UNITS_BY_FIRST_CHARACTER.get(rest[0] ?? '')?.find((candidate) => rest.startsWith(candidate));
      if (!unit) return false;
      rest = rest.slice(unit.length);
    }
    return rest === '';
  });
}

/** Columns of figures and marks, where a list-numbered name never stands. */
const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['target', 'initialTarget', 'actual', 'actualToDate', 'forecast', 'weight', 'score', 'sequence', 'scoreRatio', 'unit', 'operator', 'direction', 'measureKind', 'isCore', 'priorValue', 'completionRate', 'reviewScore', 'dataItem']);

/**
 * A name after its list number ("1.公众满意度", "（2）巡查次数", "指标1:…"): the number is no figure,
 * so the cell is typed by the name after it and stands in no value column.
 */
function listNumberedName(text: string): string | null {
  const rest = text.replace(NUMBERED_NAME, '');
  return rest !== text && /^[\u4e00-\u9fff]/.test(rest) ? rest : null;
}

/** +1 when the text fits the role, −1 when it cannot stand there, 0 when it says nothing. */
export function fitOfCell(role: ColumnRole | null, text: string): number {
  const numberedName = listNumberedName(text);
  if (numberedName === null) return fitOfWrittenCell(role, text);
  // Typed once by what follows its one number ("指标1:指标1:…" is not unwound further).
  return role !== null && FIGURE_ROLES.has(role) ? -1 : fitOfWrittenCell(role, numberedName);
}

function fitOfWrittenCell(role: ColumnRole | null, text: string): number {
  const isLevel = matchLevel1(text) !== null || matchLevel2(text) !== null;
  switch (role) {
    case 'level1':
      return isLevel ? 1 : -1;
    case 'level2':
      // A 二级 the vocabulary does not know (工作质量类), also with its weight ("工作计划 (5分)", a score
      // sheet's heading), may stand here: the rest of the row decides.
      return isLevel ? 1 : isUnlistedLevel2Word(text) || isWeightedHeading(text) ? 0 : -1;
    case 'goal':
      return matchGoalName(text) !== null ? 1 : 0;
    case 'name':
      if (isQualitativeValue(text)) return 0;
      if (isScoringRuleText(text)) return -1;
      // A date or deadline ("2023年7月", "2024年底前") is a 时效 indicator's value, never what an indicator measures.
      return isLevel || looksLikeValue(text) || isNumberCell(text) || isDateValue(text) || OPERATOR_CELL.test(text) ? -1 : 1;
    case 'operator':
    case 'direction':
      return OPERATOR_CELL.test(text.normalize('NFKC')) ? 1 : -1;
    case 'measureKind':
      return MEASURE_KIND_CELL.test(text) ? 1 : -1;
    case 'unit':
      return isUnitCell(text) ? 1 : -1;
    case 'weight':
    case 'score':
    case 'reviewScore':
    case 'sequence':
      return isNumberCell(text) ? 1 : -1;
    case 'isCore':
      return /^[是否]$/.test(text) ? 1 : -1;
    case 'target':
    case 'initialTarget':
    case 'priorValue':
    case 'actual':
    case 'actualToDate':
    case 'forecast':
    case 'dataItem':
      if (isLevel || OPERATOR_CELL.test(text)) return -1;
      return looksLikeValue(text) || isNumberCell(text) || isQualitativeValue(text) || isDateValue(text) ? 1 : 0;
    case 'scoreRatio':
      return /^\d{1,3}(?:\.\d{1,2})?%$/.test(text) ? 1 : -1;
    case 'completionRate':
      return /^\d{1,4}(?:\.\d{1,2})?%$/.test(text) ? 1 : -1;
    case 'scoringRule':
      return isScoringRuleText(text) ? 1 : 0;
    case 'likelihood':
      return matchVariant(likelihoodVariants, text.replace(/\s+/g, '')) !== null ? 1 : 0;
    case 'content':
    case 'deviation':
    case 'remark':
    case 'longTerm':
    case null:
      return 0;
  }
}

/**
 * The columns for `texts` (in order, each in a later column than the one before, the first not
 * before `firstColumn`) that fit `roles` best; ties go to the placement nearest `preferred`.
 */
export function placeByFit(input: { texts: readonly string[]; roles: ReadonlyArray<ColumnRole | null>; preferred: readonly number[]; firstColumn: number }): { columns: number[]; fit: number } {
  const { texts, roles, preferred } = input;
  const columnCount = roles.length;
  type Step = { fit: number; distance: number; previous: number };
  // best[i][j]: the best placement of texts[0..i] with texts[i] in column j.
  const best: Step[][] = texts.map(() => Array.from({ length: columnCount }, () => ({ fit: -Infinity, distance: Infinity, previous: -1 })));
  for (const [index, text] of texts.entries()) {
    for (let column = index === 0 ? input.firstColumn : 0; column < columnCount - (texts.length - 1 - index); column += 1) {
      const own = { fit: fitOfCell(roles[column] ?? null, text), distance: Math.abs(column - (preferred[index] ?? column)) };
      if (index === 0) {
        (best[0] as Step[])[column] = { ...own, previous: -1 };
        continue;
      }
      let chosen: Step = { fit: -Infinity, distance: Infinity, previous: -1 };
      for (let before = 0; before < column; before += 1) {
        const step = (best[index - 1] as Step[])[before] as Step;
        if (step.fit === -Infinity) continue;
        const candidate = { fit: step.fit + own.fit, distance: step.distance + own.distance, previous: before };
        if (candidate.fit > chosen.fit || (candidate.fit === chosen.fit && candidate.distance < chosen.distance)) chosen = candidate;
      }
      (best[index] as Step[])[column] = chosen;
    }
  }
  const last = best.at(-1) ?? [];
  let end = -1;
  for (const [column, step] of last.entries()) {
    const current = last[end];
    if (step.fit === -Infinity) continue;
    if (!current || step.fit > current.fit || (step.fit === current.fit && step.distance < current.distance)) end = column;
  }
  if (end < 0) return { columns: [...preferred], fit: -Infinity };
  const columns: number[] = [];
  for (let index = texts.length - 1, column = end; index >= 0; index -= 1) {
    columns.unshift(column);
    column = ((best[index] as Step[])[column] as Step).previous;
  }
  return { columns, fit: (last[end] as Step).fit };
}

/** The summed fit of texts placed in the given columns. */
export function fitOfPlacement(texts: readonly string[], columns: readonly number[], roles: ReadonlyArray<ColumnRole | null>): number {
  return texts.reduce((sum, text, index) => sum + fitOfCell(roles[columns[index] ?? -1] ?? null, text), 0);
}

/** The summed fit of texts written in consecutive columns from `start` (a row whose leading cells were left out). */
export function fitFromColumn(texts: readonly string[], roles: ReadonlyArray<ColumnRole | null>, start: number): number {
  return fitOfPlacement(texts, texts.map((_, index) => start + index), roles);
}
