/**
 * A report form copied one cell per line writes a money label with its amount unit in brackets on
 * a line of its own and the amount on the next ("实际支出(万元)" / "216.80": the Anhui 预算支出项目
 * 绩效考评报告). joinUnitLabelledAmounts puts each such pair back into one phrase ("实际支出216.80万元")
 * so the report's money reader sees a label and its amount; the amount's line is left empty, so line
 * numbers stay those of the source. A label followed by another label (two column heads side by
 * side: "计划安排资金(万元)" / "实际到位资金(万元)") or by text is left alone.
 */
import { compact } from './normalize.ts';

/** A label of words (no figure, no sentence) closed by its amount unit in brackets. */
const UNIT_LABELLED = /^([\u4e00-\u9fff][\u4e00-\u9fff、]{1,19})[（(](亿元|万元|元)[)）][:：]?$/;
/** A bare amount: the whole line. */
const BARE_AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;

export function joinUnitLabelledAmounts(lines: readonly string[]): string[] {
  const result = [...lines];
  for (const [index, line] of lines.entries()) {
    const label = UNIT_LABELLED.exec(compact(line));
    if (!label) continue;
    let next = index + 1;
    while (next < lines.length && compact(lines[next] ?? '') === '') next += 1;
    const amount = compact(lines[next] ?? '');
    if (!BARE_AMOUNT.test(amount)) continue;
    result[index] = `${label[1] ?? ''}${amount}${label[2] ?? ''}`;
    result[next] = '';
  }
  return result;
}
