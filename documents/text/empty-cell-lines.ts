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
 * The normalised `lines` with every line of spaces that stands between the empty lines of such a dump
 * written as EMPTY_CELL_LINE; `raw` are the same lines before normalising (same count).
 */
export function markEmptyCellLines(raw: readonly string[], lines: readonly string[]): string[] {
  const written = raw.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  if (written.length < MIN_WRITTEN_LINES || !raw.some((line) => SPACES_ONLY.test(line))) return [...lines];
  const gapAfter = written.filter((index) => raw[index + 1] === '').length;
  if (gapAfter < written.length * CELL_GAP_SHARE) return [...lines];
  return lines.map((line, index) => (SPACES_ONLY.test(raw[index] ?? '') && raw[index - 1] === '' && (raw[index + 1] ?? '') === '' ? EMPTY_CELL_LINE : line));
}
