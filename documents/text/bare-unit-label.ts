/**
 * The unit under a bare 单位 label: on a line of its own ("单位：某县统计局", a report's cover), as a
 * table's first row ("单位 | 某县统计局 |||||||", the Anhui 部门整体支出绩效评价自评表 pages) or that row
 * one cell per line ("单位" / "某县统计局"), when the
 * value is a unit's name. Not a vocabulary label: tables write 单位 over amounts far more often
 * ("单位：万元" is the amounts' unit, and never a unit's name).
 */
import { compact } from './normalize.ts';
import { isUnitName } from './report-signature.ts';

/** "单位：X" alone, or 单位 as a row's first cell and X as the next (pipes or tabs between). */
const BARE_UNIT = /^单位(?:[:：]|\t+|\s*\|\s*)([^|\t]+?)\s*(?:[|\t][\s|\t]*)?$/;

/** The unit named under a bare 单位 label in the first `lineCount` lines, or null. */
export function findBareUnitLabel(lines: readonly string[], lineCount: number): string | null {
  for (const [index, line] of lines.slice(0, lineCount).entries()) {
    const written = BARE_UNIT.exec(line.trim())?.[1] ?? (compact(line) === '单位' ? lines[index + 1] : undefined);
    const value = written === undefined ? undefined : compact(written);
    if (value !== undefined && isUnitName(value)) return value;
  }
  return null;
}
