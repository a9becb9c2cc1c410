/**
 * A Word table's text written one cell per line with an empty line between cells (docs/layouts.md
 * project-self-eval-numbered-cell-lines-broken-words, project-monitoring-cell-lines-empty-cells) writes a
 * cell nobody filled as a line of spaces, while a merged cell leaves nothing. Normalising would make that
 * line blank like the gaps around it, and the cells after it would slide into its column; so it becomes
 * the empty-cell line the readers know (EMPTY_CELL_LINE, as a " |" line alone in a pipe-closed dump).
 */
import { EMPTY_CELL_LINE } from '../grid/stacked-lines.ts';

/** Spaces only, at least one (no-break and ideographic spaces too). */
const SPACES_ONLY = /^[ \u00a0\u3000\t]+$/;
/** The share of written lines with an empty line right after them that makes a dump of cells one per line. */
const CELL_GAP_SHARE = 0.8;
/** Fewer written lines say nothing of the layout. */
const MIN_WRITTEN_LINES = 10;
/**
 * How many written lines on each side of a line of spaces are looked at (either side, so a table's
 * first and last cells count): the layout is the table's around it, not the whole text's (a 决算 page's paragraphs above a table of cells one per line).
 */
const NEIGHBOURHOOD = 20;

/**
 * The normalised `lines` with every line of spaces that stands between the empty lines of such a dump
 * written as EMPTY_CELL_LINE; `raw` are the same lines before normalising (same count).
 */
export function markEmptyCellLines(raw: readonly string[], lines: readonly string[]): string[] {
  const written = raw.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  if (written.length < MIN_WRITTEN_LINES || !raw.some((line) => SPACES_ONLY.test(line))) return [...lines];
  // gapsBefore[k]: how many of the first k written lines have an empty line right after them.
  const gapsBefore = [0];
  for (const index of written) gapsBefore.push(gapsBefore.at(-1)! + (raw[index + 1] === '' ? 1 : 0));
  const isCellLines = (from: number, to: number): boolean => to - from >= MIN_WRITTEN_LINES && gapsBefore[to]! - gapsBefore[from]! >= (to - from) * CELL_GAP_SHARE;
  // Either side will do: the line may be a table's first or last cell, with other text beyond it.
  const isAmongCellLines = (index: number): boolean => {
    const position = written.findIndex((candidate) => candidate > index);
    const at = position < 0 ? written.length : position;
    return isCellLines(Math.max(0, at - NEIGHBOURHOOD), at) || isCellLines(at, Math.min(written.length, at + NEIGHBOURHOOD));
  };
  return lines.map((line, index) =>
    SPACES_ONLY.test(raw[index] ?? '') && raw[index - 1] === '' && (raw[index + 1] ?? '') === '' && isAmongCellLines(index) ? EMPTY_CELL_LINE : line,
  );
}
