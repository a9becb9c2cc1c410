/**
 * The unit under a bare 单位 label: on a line of its own ("单位：某县统计局", a report's cover), as a
 * table's first row ("单位 | 某县统计局 |||||||", the Anhui 部门整体支出绩效评价自评表 pages) or that row
 * one cell per line ("单位" / "某县统计局"), when the
 * value is a unit's name. Not a vocabulary label: tables write 单位 over amounts far more often
 * ("单位：万元" is the amounts' unit, and never a unit's name).
 */
import { compact } from './normalize.ts';
import { isUnitName } from './report-signature.ts';

/**
 * The value after a bare 单位 on one line: "单位：X" alone, or 单位 as a row's first cell and X as its
 * only other filled cell (pipes or tabs between).
 */
function bareUnitValue(line: string): string | undefined {
  // A PDF spreads short cells out ("单 位 | 柘 溪 县 统 计 局"): the spaces between ideographs go first.
  const text = line.trim().replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g, '');
  if (!text.startsWith('单位')) return undefined;
  const rest = text.slice('单位'.length);
  if (rest.startsWith(':') || rest.startsWith('：')) return rest.slice(1);
  if (!/^\s*[|\t]/.test(rest)) return undefined;
  const filled = rest.split(/[|\t]/).filter((cell) => cell.trim() !== '');
  return filled.length === 1 ? filled[0] : undefined;
}

/** The unit named under a bare 单位 label in the first `lineCount` lines, or null. */
export function findBareUnitLabel(lines: readonly string[], lineCount: number): string | null {
  for (const [index, line] of lines.slice(0, lineCount).entries()) {
    const written = bareUnitValue(line) ?? (compact(line) === '单位' ? lines[index + 1] : undefined);
    const value = written === undefined ? undefined : compact(written);
    if (value !== undefined && isUnitName(value)) return value;
  }
  return null;
}
