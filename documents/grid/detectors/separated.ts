/**
 * Detectors for tables whose cells are separated on each line: by tabs (samples 001, 002), by `|`
 * (Markdown tables; `|---|` rule lines skipped), or by runs of two or more spaces (fixed-width
 * dumps). One row per non-blank line; empty cells keep their column.
 */
import { createTextRow, type GridRow } from '../grid.ts';
import type { LayoutDetector } from './types.ts';

/** A Markdown or ASCII table rule line such as `|---|:---:|` or `--\t-----`. */
export function isRuleLine(line: string): boolean {
  return /^[\s|:\-\t+]*$/.test(line) && /-{2,}/.test(line);
}

function splitPipes(line: string): string[] | null {
  if (!line.includes('|')) return null;
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = inner.split('|');
  return cells.length >= 2 ? cells : null;
}

function readRowsBy(lines: readonly string[], split: (line: string) => string[] | null): GridRow[] {
  const rows: GridRow[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || isRuleLine(line)) continue;
    const cells = split(line) ?? [line];
    rows.push(createTextRow(cells, { line: index + 1 }));
  }
  return rows;
}

export const tabDetector: LayoutDetector = {
  name: 'tabs',
  readRows: (lines) => (lines.some((line) => line.includes('\t')) ? readRowsBy(lines, (line) => (line.includes('\t') ? line.split('\t') : null)) : []),
};

export const pipeDetector: LayoutDetector = {
  name: 'pipes',
  readRows: (lines) => (lines.some((line) => line.includes('|')) ? readRowsBy(lines, (line) => (line.includes('\t') ? line.split('\t') : splitPipes(line))) : []),
};

/** Two or more spaces (or an ideographic space) between cells; tabs count as separators too. */
const SPACE_RUN = /\t|[ \u00a0]{2,}|\u3000+/;

export const spaceRunDetector: LayoutDetector = {
  name: 'space-runs',
  readRows: (lines) =>
    lines.some((line) => /\S[ \u00a0]{2,}\S|\S\u3000+\S/.test(line))
      ? readRowsBy(lines, (line) => {
          const trimmed = line.replace(/^[ \u00a0\u3000]+/, '');
          const cells = trimmed.split(SPACE_RUN);
          return cells.length >= 2 ? cells : null;
        })
      : [],
};
