/**
 * Cells written one per line whose own line break was dumped as a line of its own: a header word
 * ("年初" / "预算数", "年度" / "指标值", "实际" / "完成值") or a level name ("经济效益" / "指标",
 * "满意度" / "指标") broken in two, with blank lines between as a Word table's text often has. The
 * halves are joined on the first line and the second is blanked, so every reader (funds block,
 * indicator grid) sees one cell and every line keeps its number. Only lines with no separator
 * (tab, pipe, a run of spaces) are joined: in other layouts a line is a whole row.
 */
import { isNumberCell } from '../grid/cell-kinds.ts';
import { matchLevel1, matchLevel2 } from '../grid/levels.ts';
import { tableWords } from '../vocabulary/labels.ts';
import { isFundColumnLabel, isFundRowLabel } from '../vocabulary/fund-labels.ts';
import { bareLabelKey } from '../vocabulary/label-key.ts';
import { isBandWord, isExactColumnWording, matchColumnRole, monitoringBudgetColumnWordings } from '../vocabulary/columns.ts';
import { joinBrokenHeadingLines } from './broken-heading-lines.ts';

/** The longest half of a broken word ("服务对象满意度" + "指标"). */
const MAX_PIECE = 8;

const blockWords: ReadonlySet<string> = new Set(tableWords.map(bareLabelKey));
const isBlockWord = (text: string): boolean => blockWords.has(bareLabelKey(text));

const isLevel = (text: string): boolean => matchLevel1(text) !== null || matchLevel2(text) !== null;

/** A header word of the indicator table or the funds block, or a row label of the funds block ("一般公共" + "预算"), in the read's vocabulary. */
const isColumnWord = (text: string): boolean => matchColumnRole(text) !== null || isFundColumnLabel(text) || isFundRowLabel(text);

/** A monitoring table's window before its column word ("1-6月" over "执行数"). */
const WINDOW = /^(?:\d{1,2}\s*[-－—–~～至]\s*\d{1,2}月(?:份)?|上半年|前三季度)$/;

/**
 * A monitoring table's funds column broken in two (1-6月 / 执行数, 全年预计 / 执行数): its words are
 * found anywhere in a label, so the word must start in the first half, or the first half be the window
 * ("年度" over "年初预算数" stays two cells).
 */
function isMonitoringColumn(first: string, joined: string): boolean {
  if (monitoringBudgetColumnWordings.some(({ pattern }) => pattern.test(bareLabelKey(first)))) return false;
  const key = bareLabelKey(joined);
  const hit = monitoringBudgetColumnWordings.find(({ pattern }) => pattern.test(key));
  if (!hit) return false;
  const start = hit.pattern.exec(key)?.index ?? key.length;
  return WINDOW.test(first.trim()) || start < bareLabelKey(first).length;
}

/**
 * A column word completed by 指标 into a longer word of the same column ("一级" + "指标", "三级" + "指标"):
 * a header cell the narrow column broke before its 指标, which is never a cell alone.
 */
function isSameColumnWord(first: string, joined: string): boolean {
  const role = matchColumnRole(first);
  return role !== null && matchColumnRole(joined) === role;
}

/** A level's weight note alone: "(30分)", "（40-50分）", "(0-20)分". */
const WEIGHT_NOTE_LINE = /^[（(]\s*\d{1,3}(?:\.\d)?\s*(?:[-－—–~～至]\s*\d{1,3}\s*)?(?:分\s*)?[）)](?:\s*分)?$/;

/** A line that can be half of a cell: short, one cell (no tab, pipe or run of spaces). */
function isPiece(text: string): boolean {
  const written = text.trim();
  return written !== '' && written.length <= MAX_PIECE && !/[\t|]| {2,}/.test(written) && !isNumberCell(written);
}

/**
 * The word the two halves make, or null: a column word whose first half is no word at all
 * ("年初" + "预算数"), or a level name broken before its 指标 ("经济效益" + "指标": 指标 alone is
 * never a cell).
 */
export function joinBrokenWord(first: string, second: string): string | null {
  if (!isPiece(first) || !isPiece(second)) return null;
  const joined = `${first.trim()}${second.trim()}`;
  if (/^指\s*标$/.test(second.trim()) && (isLevel(joined) || isSameColumnWord(first, joined))) return joined;
  // A level heading whose weight (or the template's range of weights) the cell wrapped onto its own line:
  // "产出指标" / "(40-50)分" (a Chongqing 审批表), "效益指标" / "（30分）".
  if (isLevel(first) && WEIGHT_NOTE_LINE.test(second.trim()) && isLevel(joined)) return joined;
  // A bracket ("(万元" over "年初预算数", "项目资金（万元）" over it) is a note, no half of a word; a
  // block word (项目资金) is a cell of its own.
  if (isColumnWord(first) || isLevel(first) || isBlockWord(first) || /[(（)）[\]【】]/.test(joined)) return null;
  // Text before a whole column word makes a word of that column only by a role's loose pattern
  // ("调查安排在下半年" + "偏差原因分析" under a table): a cell and the label after it, not a broken word.
  const secondRole = matchColumnRole(second);
  if (secondRole !== null && secondRole === matchColumnRole(joined) && !isExactColumnWording(joined)) return null;
  // A band word over several columns ("绩效" / "指标") breaks the same way.
  return isColumnWord(joined) || isBandWord(joined) || isMonitoringColumn(first, joined) ? joined : null;
}

/** The commonest run of blank lines between two written lines (the gap between cells), at least 1. */
function commonBlankRun(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  let run = 0;
  for (const line of lines) {
    if (line.trim() === '') run += 1;
    else {
      if (run > 0) counts.set(run, (counts.get(run) ?? 0) + 1);
      run = 0;
    }
  }
  let best = 1;
  for (const [length, count] of counts) if (count > (counts.get(best) ?? 0)) best = length;
  return best;
}

/** The lines with every broken cell word joined on its first line (the second blanked). */
export function joinBrokenWordLines(lines: readonly string[]): string[] {
  const result = [...lines];
  const cellGap = commonBlankRun(lines);
  for (let index = 0; index < result.length; index += 1) {
    if (!isPiece(result[index] as string)) continue;
    // The other half: the next line, or the first after the blank lines between cells: as many as the
    // text puts between its cells (a dump can double them); a longer gap ends a block.
    let next = index + 1;
    while (result[next]?.trim() === '' && result[next + 1] !== undefined && next - index <= cellGap) next += 1;
    if (result[next]?.trim() === '') continue;
    const second = result[next];
    if (second === undefined) continue;
    const joined = joinBrokenWord(result[index] as string, second);
    if (joined === null) continue;
    result[index] = joined;
    result[next] = '';
  }
  return joinBrokenHeadingLines(result, cellGap);
}
