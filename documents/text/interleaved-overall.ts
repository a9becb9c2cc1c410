/**
 * The year's goal and its result of a 部门整体 self-evaluation sheet printed to PDF and taken as text without layout
 * (Guangdong's 部门整体支出绩效自评表): the result's two cells side by side, 实际完成情况 and 未能完成原因, come out
 * interleaved line by line under their headings ("全年接收…，提供 档案利用人次较上年减少，"), each line one piece
 * of each cell joined by a single space; the goal's cell stands right above the headings, its label a vertical one
 * whose pieces the PDF scattered ("单位名称 年度整体 <unit>"), so no label says where it starts.
 *
 * - The result: each line under the headings split at its one space, the left piece the result's, the right the
 *   reason's; the cells end where a label stands alone on its line (整体绩效目标完成情况). A line of one piece could be
 *   either cell's, so a cell that ends before the other leaves the result unread (never a guess).
 * - The goal: the lines of one piece right above the headings, up to the header's last label row (单位名称 …) or the
 *   block's label (年度绩效目标); anything else above them leaves it unread.
 */
import { matchColumnRole } from '../vocabulary/columns.ts';
import { parseAmount } from './amounts.ts';
import { isLabelText } from './header-pairs.ts';
import { compact } from './normalize.ts';
import { headingOf, isBlockLabel } from './self-evaluation-overall.ts';
import { joinWithoutExtractionSpaces } from './self-evaluation-text.ts';

export interface InterleavedOverall {
  overallGoal: string | null;
  overallResult: string | null;
}

/** A cell's text breaks at punctuation a label never holds. */
const SENTENCE_MARKS = /[，,。；;！!：:、]/;

const piecesOf = (line: string): string[] => line.trim().split(/\s+/).filter((piece) => piece !== '');

/** "实际完成情况 未能完成原因": the result's heading, then the reason's, alone on their line. */
function isHeadingsLine(line: string): boolean {
  const pieces = piecesOf(line);
  return pieces.length === 2 && headingOf(pieces[0] as string) === 'result' && matchColumnRole(pieces[1] as string) === 'deviation';
}

/** A label alone on its line (整体绩效目标完成情况): no piece of a cell's text. */
function isLoneLabel(line: string): boolean {
  const pieces = piecesOf(line);
  return pieces.length === 1 && !SENTENCE_MARKS.test(pieces[0] as string);
}

/** A piece of a text cell: no label, no amount (a funds row: "财政拨款 685.40"). */
const isCellPiece = (piece: string): boolean => !isLabelText(piece) && parseAmount(piece) === null;

/** The lines under the headings as the result's pieces, or null when a line does not tell its two cells apart. */
function readResult(lines: readonly string[], headings: number): string | null {
  const pieces: string[] = [];
  for (const line of lines.slice(headings + 1)) {
    if (line.trim() === '') continue;
    const [left, right, ...more] = piecesOf(line);
    if (left !== undefined && right !== undefined && more.length === 0 && isCellPiece(left) && isCellPiece(right)) {
      pieces.push(left);
      continue;
    }
    return pieces.length > 0 && isLoneLabel(line) ? joinWithoutExtractionSpaces(pieces) : null;
  }
  return null;
}

/** The lines of one piece right above the headings, when a label row or the block's label stands above them. */
function readGoal(lines: readonly string[], headings: number): string | null {
  const pieces: string[] = [];
  for (let index = headings - 1; index >= 0; index -= 1) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const words = piecesOf(line);
    const first = words[0] as string;
    if (isLabelText(first) || isBlockLabel(compact(line))) return pieces.length > 0 ? joinWithoutExtractionSpaces(pieces.reverse()) : null;
    if (words.length > 1 || headingOf(first) !== null) return null;
    pieces.push(first);
  }
  return null;
}

/** The goal and result of a sheet whose result cells are interleaved line by line; null when it has no such block. */
export function readInterleavedOverall(lines: readonly string[]): InterleavedOverall | null {
  const headings = lines.findIndex(isHeadingsLine);
  if (headings < 0) return null;
  return { overallGoal: readGoal(lines, headings), overallResult: readResult(lines, headings) };
}
