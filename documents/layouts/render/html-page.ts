/**
 * Paragraphs and tables (render/tab-dump-office.ts's blocks) as the web page a provincial system shows, for a
 * browser to print to PDF (bench/browser-pdf-real.ts): each table as wide as the page with its merged cells as
 * rowspan / colspan and its text wrapped inside the cells, in one of two looks: plain black borders and centred
 * cells, or a system grid's thin grey borders, shaded header rows, striped rows and left-aligned text.
 */
import { isHeaderLine } from '../variation/table-lines.ts';
import { findSpannedCells, plainRows, type DenseGrid } from './dense-grid.ts';
import type { OfficeBlock } from './tab-dump-office.ts';

export interface BrowserPageVariant {
  id: string;
  /** Thin grey borders, header rows shaded, every other row striped, cells left-aligned. */
  isSystemGrid: boolean;
  /** A landscape page whose table shares its width equally among the columns (a grid with fixed column widths). */
  isFixedLandscape?: boolean;
}

export const browserPageVariants: readonly BrowserPageVariant[] = [
  { id: 'plain', isSystemGrid: false },
  { id: 'system-grid', isSystemGrid: true },
  { id: 'fixed-landscape', isSystemGrid: true, isFixedLandscape: true },
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character);
}

function tableHtml(grid: DenseGrid): string {
  const rows = plainRows(grid);
  const headerRows = new Set(rows.flatMap((row, index) => (isHeaderLine(row.join('\t')) ? [index] : [])));
  const cells = findSpannedCells(grid);
  const body = rows
    .map((_row, rowIndex) => {
      const rowCells = cells
        .filter((cell) => cell.row === rowIndex)
        .map((cell) => {
          const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
          return `<td${spans}>${escapeHtml(cell.text)}</td>`;
        })
        .join('');
      return `<tr${headerRows.has(rowIndex) ? ' class="head"' : ''}>${rowCells}</tr>`;
    })
    .join('\n');
  return `<table>\n${body}\n</table>`;
}

const styles: Record<'plain' | 'systemGrid', string> = {
  plain: 'td { border: 1px solid #000; padding: 3px 4px; text-align: center; vertical-align: middle; }',
  systemGrid: [
    'td { border: 0.5px solid #b8c4d0; padding: 4px 6px; text-align: left; vertical-align: top; }',
    'tr.head td { background: #dde6f0; font-weight: bold; }',
    'tr:nth-child(even):not(.head) td { background: #f6f8fa; }',
  ].join('\n'),
};

/** A whole HTML page of the blocks in order; A4 portrait, the tables as wide as the page. */
export function writeBlocksHtml(blocks: readonly OfficeBlock[], variant: BrowserPageVariant): string {
  const content = blocks.map((block) => (block.kind === 'paragraph' ? `<p>${escapeHtml(block.text)}</p>` : tableHtml(block.grid))).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4${variant.isFixedLandscape === true ? ' landscape' : ''}; margin: 12mm; }
body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; font-size: ${variant.isSystemGrid ? 12 : 13}px; }
p { margin: 4px 0; }
table { width: 100%; border-collapse: collapse; margin: 6px 0;${variant.isFixedLandscape === true ? ' table-layout: fixed;' : ''} }
${variant.isSystemGrid ? styles.systemGrid : styles.plain}
</style></head><body>
${content}
</body></html>
`;
}
