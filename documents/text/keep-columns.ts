/**
 * Normalising that shortens a cell (a pinyin gloss dropped, an Excel escape decoded, "95 %" joined) moves
 * every column after it on a fixed-width line (`pdftotext -layout`), whose columns the readers place by
 * position under their header words. Here each cell, the text between gaps of two spaces or more, is
 * changed alone, and a cell before a gap is padded back to the width it had: the gap takes the width, the
 * columns after it stay where they were. A cell that grows (the layout edits' full-width figures, "95 %")
 * narrows the gap after it instead, to two spaces at least. A line without such gaps (tab rows, prose)
 * changes as a whole.
 */
import { displayWidth } from '../grid/cell-text.ts';

const GAP = /( {2,})/;

export function transformKeepingColumns(line: string, transform: (cell: string) => string): string {
  if (!line.includes('  ')) return transform(line);
  const parts = line.split(GAP);
  // Width cells grew by that no gap after them has taken back yet (a gap keeps two spaces at least).
  let grown = 0;
  return parts
    .map((part, place) => {
      if (place % 2 === 1) {
        const kept = Math.max(2, part.length - grown);
        grown -= part.length - kept;
        return ' '.repeat(kept);
      }
      const changed = transform(part);
      const growth = displayWidth(changed) - displayWidth(part);
      if (growth >= 0) {
        grown += growth;
        return changed;
      }
      // A cell before a gap is padded back to its width; the line's last cell is not.
      return place + 1 < parts.length ? changed + ' '.repeat(-growth) : changed;
    })
    .join('');
}
