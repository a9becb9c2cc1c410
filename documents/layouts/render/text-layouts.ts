/**
 * Text layout families: how a Sheet comes out of a web page, PDF or Word copy — cells separated by
 * tabs, by pipes, by runs of spaces (empty cells vanish), or one cell per line — optionally in
 * traditional characters (opencc-js, cn → tw).
 */
import * as OpenCC from 'opencc-js';
import { plainRows } from './dense-grid.ts';
import type { Sheet } from './sheet.ts';

export const textLayoutFamilies = ['tabs', 'pipes', 'spaces', 'cell-per-line'] as const;
export type TextLayoutFamily = (typeof textLayoutFamilies)[number];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

function renderRows(rows: string[][], family: TextLayoutFamily): string[] {
  switch (family) {
    case 'tabs':
      return rows.map((row) => row.join('\t'));
    case 'pipes':
      return rows.map((row) => `| ${row.join(' | ')} |`);
    case 'spaces':
      return rows.map((row) => row.filter((cell) => cell.trim() !== '').join('    '));
    case 'cell-per-line':
      return rows.flatMap((row) => row.filter((cell) => cell.trim() !== ''));
  }
}

/** The sheet as a text dump in one family. */
export function renderText(sheet: Sheet, family: TextLayoutFamily, options: { isTraditional?: boolean } = {}): string {
  const text = [...sheet.before, ...renderRows(plainRows(sheet.grid), family)].join('\n');
  return options.isTraditional ? toTraditional(text) : text;
}
