/**
 * Indicator rows for a dense grid with 一级 and 二级 merged down (MERGED_UP), as official tables
 * merge them; used by the office-file fixtures and the round-trip renderers.
 */
import { MERGED_UP, type DenseGrid } from './dense-grid.ts';

export interface LevelRow {
  level1: string;
  level2: string;
  /** The cells after the two level cells (三级, 指标值, …). */
  cells: string[];
}

/** Rows with repeated 一级/二级 replaced by MERGED_UP (or '' when `merge` is 'blank'). */
export function mergeLevelRows(rows: readonly LevelRow[], options: { merge: 'up' | 'blank'; leading?: string[] } = { merge: 'up' }): DenseGrid {
  const covered = options.merge === 'up' ? MERGED_UP : '';
  return rows.map((row, index) => {
    const previous = rows[index - 1];
    const sameLevel1 = previous?.level1 === row.level1;
    const sameLevel2 = sameLevel1 && previous?.level2 === row.level2;
    const leading = options.leading?.map((cell) => (index === 0 ? cell : options.merge === 'up' ? MERGED_UP : '')) ?? [];
    return [...leading, sameLevel1 ? covered : row.level1, sameLevel2 ? covered : row.level2, ...row.cells];
  });
}
