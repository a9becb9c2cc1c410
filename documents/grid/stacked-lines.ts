/**
 * Lines of web-page dumps that hold one table cell broken over several lines, put back together
 * before the layout detectors read them (docs/layouts.md, project-self-eval-anhui-numbered): a
 * 一级/二级 written a few characters per line (产 / 出 / 指 / 标, 可持续影 / 响指标) with its
 * weight note "(50分)" below, a lone "(30分)" whose 一级 the next 二级 implies, empty numbered
 * placeholders ("指标2:" and "……") and the "指标1:" numbering before a name. The line count is
 * kept (joined lines become blank) so every row still points at its source line.
 */
import { isLevelName } from './levels.ts';

/** A piece of a broken cell: a short line without spaces. */
const MAX_PIECE_LENGTH = 6;
/** How many pieces one cell may be broken into. */
const MAX_PIECES = 6;

const WEIGHT_NOTE = /^[(（]\d+(?:\.\d+)?分[)）]$/;
const PLACEHOLDER = /^(?:指标\d+[:：]?|[…．.]+)$/;
/**
 * "指标1:" before a name, or "指标1" right before it with no colon (Hebei 自评表: "指标1工程完工率"), or a row's
 * first cell "指标1" with the name in the next cell, apart by spaces (a spreadsheet's text: "指标1  工资发放月数 …").
 */
const NUMBERING = /(^|\s)指标\d+(?:[:：](?=\S)|(?=[\u4e00-\u9fff]))|^(\s*)指标\d+[ \u3000]+(?=[\u4e00-\u9fff])/g;
/** A row that opens with its numbered name: "指标1:名称", or "指标1" and the name in the next cell. */
const NUMBERED_ROW = /^指标\d+(?:[:：]\S|[ \u3000]+[\u4e00-\u9fff])/;

function isPiece(line: string): boolean {
  return line !== '' && line.length <= MAX_PIECE_LENGTH && !/\s/.test(line) && !/\d/.test(line.replace(WEIGHT_NOTE, ''));
}

/** The pieces from `start` that join into a level name (with its weight note), or 0. */
function levelPieceCount(trimmed: readonly string[], start: number): number {
  let joined = '';
  let best = 0;
  for (let count = 1; count <= MAX_PIECES && start + count <= trimmed.length; count += 1) {
    const piece = trimmed[start + count - 1] as string;
    if (!isPiece(piece)) break;
    joined += piece;
    if (count >= 2 && isLevelName(joined)) best = count;
  }
  return best;
}

/** A cell written on its own line and closed by a pipe ("溪口县农业农村局本级 |", " |"). */
const CELL_TERMINATOR = /^[^|]*\|$/;
/** The share of filled lines that must end that way before the pipes are read as cell ends. */
const TERMINATED_SHARE = 0.8;
const MIN_TERMINATED_LINES = 10;

/**
 * The line an empty cell of a " |"-closed dump leaves: a cell the table has but nobody filled (an
 * unfilled 完成值 or 得分), unlike a merged cell, which leaves no line. The one-per-line detector
 * reads it as an empty cell in its column; other readers see a row without content.
 */
export const EMPTY_CELL_LINE = '|';

/**
 * Cells one per line each closed by " |" (Sichuan web pages) are cells one per line: the pipe goes,
 * an empty cell becomes EMPTY_CELL_LINE. Other texts are returned as they are.
 */
export function stripCellTerminators(lines: readonly string[]): string[] {
  const filled = lines.filter((line) => line.trim() !== '');
  const terminated = filled.filter((line) => CELL_TERMINATOR.test(line.trim())).length;
  if (terminated < MIN_TERMINATED_LINES || terminated < filled.length * TERMINATED_SHARE) return [...lines];
  return lines.map((line) => {
    const trimmed = line.trim();
    if (!CELL_TERMINATOR.test(trimmed)) return line;
    const cell = trimmed.slice(0, -1).trim();
    return cell === '' ? EMPTY_CELL_LINE : cell;
  });
}

/** A Markdown pipe row whose one filled cell is an empty placeholder ("|  |  | 指标2： |  |"): the row is that placeholder. */
function isPlaceholderPipeRow(line: string): boolean {
  return line.startsWith('|') && PLACEHOLDER.test(line.replace(/\|/g, ' ').trim());
}

export function joinStackedLines(lines: readonly string[]): string[] {
  const trimmed = lines.map((line) => line.trim());
  // Only in the numbered layout (a row that starts with its numbered name, or a placeholder);
  // 【产出指标-数量指标】 指标1:名称 lists are the published-list detector's.
  if (!trimmed.some((line) => PLACEHOLDER.test(line) || isPlaceholderPipeRow(line) || NUMBERED_ROW.test(line))) return [...lines];
  const result = [...lines];
  for (let index = 0; index < trimmed.length; index += 1) {
    const line = trimmed[index] as string;
    if (PLACEHOLDER.test(line) || isPlaceholderPipeRow(line)) {
      result[index] = '';
      continue;
    }
    const count = levelPieceCount(trimmed, index);
    if (count > 0) {
      for (let piece = index; piece < index + count - 1; piece += 1) result[piece] = '';
      result[index + count - 1] = trimmed.slice(index, index + count).join('');
      index += count - 1;
      continue;
    }
    // A weight note with no 一级 above it: the next 二级 implies the 一级.
    if (WEIGHT_NOTE.test(line)) {
      result[index] = '';
      continue;
    }
    result[index] = (result[index] as string).replace(NUMBERING, '$1$2');
  }
  return result;
}
