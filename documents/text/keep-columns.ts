/**
 * Normalising that shortens a cell (a pinyin gloss dropped, an Excel escape decoded, "95 %" joined) moves
 * every column after it on a fixed-width line (`pdftotext -layout`), whose columns the readers place by
 * position under their header words. Here each cell, the text between gaps of two spaces or more, is
 * changed alone, and a cell before a gap is padded back to the width it had: the gap takes the width, the
 * columns after it stay where they were. A line without such gaps (tab rows, prose) changes as a whole.
 */
import { displayWidth } from '../grid/cell-text.ts';

const GAP = /( {2,})/;

export function transformKeepingColumns(line: string, transform: (cell: string) => string): string {
  if (!line.includes('  ')) return transform(line);
  const parts = line.split(GAP);
  return parts
    .map((part, place) => {
      if (place % 2 === 1) return part;
      const changed = transform(part);
      const isBeforeGap = place + 1 < parts.length;
      if (!isBeforeGap || changed === part) return changed;
      return changed + ' '.repeat(Math.max(0, displayWidth(part) - displayWidth(changed)));
    })
    .join('');
}
