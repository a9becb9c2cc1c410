/**
 * One description of an official table (目标表, 批复表, 自评表) as a grid of cells with spans,
 * rendered three ways: .xlsx (documents/xlsx), .docx (documents/docx) and the HTML print view
 * (documents/print, also the source of PDF). Building the grid once keeps the three identical.
 */
import { Dec, toDecimal } from '../../core/decimal.ts';

/** How a numeric cell is written: 万元 with two decimals, a percentage, or as entered. */
export type NumberStyle = 'money' | 'percent' | 'plain';

export interface LayoutCell {
  /** Zero-based column where the cell starts. */
  column: number;
  /** The text shown; for numeric cells, the display text (two decimals for 万元). */
  text: string;
  /** Exact decimal for numeric cells: written as a number in Excel. */
  number?: string;
  numberStyle?: NumberStyle;
  /**
   * Words shown before the number in the same cell, as sample 001 writes "其中：一般公共预算：7897.75".
   * In Excel they are part of the number format, so the cell stays a number.
   */
  prefix?: string;
  colSpan?: number;
  rowSpan?: number;
  /** Headings and labels are bold and centred; values are left-aligned. */
  role?: 'label' | 'header' | 'value';
  align?: 'left' | 'center';
}

export interface LayoutRow {
  cells: LayoutCell[];
}

export interface TableLayout {
  /** "2023年部门整体支出绩效目标表". */
  title: string;
  /** The line under the title: "填报单位：（盖章）", "预算单位：（盖章）（2022 年度）". */
  subtitle: string;
  orientation: 'portrait' | 'landscape';
  /** Column widths in Excel character units (about 7 px each). */
  columns: number[];
  rows: LayoutRow[];
}

/** A text cell. */
export function textCell(
  column: number,
  text: string | null | undefined,
  options: Partial<LayoutCell> = {},
): LayoutCell {
  return { column, text: text ?? '', role: 'value', ...options };
}

/** A label cell (bold, centred). */
export function labelCell(column: number, text: string, options: Partial<LayoutCell> = {}): LayoutCell {
  return { column, text, role: 'label', align: 'center', ...options };
}

/**
 * A numeric cell from a decimal string; an empty text cell when the value is missing, so a blank
 * in the document stays blank rather than becoming 0.
 */
export function numberCell(
  column: number,
  value: string | null | undefined,
  options: Partial<LayoutCell> & { numberStyle?: NumberStyle } = {},
): LayoutCell {
  const decimal = toDecimal(value);
  const style = options.numberStyle ?? 'plain';
  const prefix = options.prefix ?? '';
  if (!decimal) return textCell(column, prefix, { align: prefix ? 'left' : 'center', ...options });
  return {
    column,
    text: `${prefix}${formatNumber(decimal, style)}`,
    number: decimal.toFixed(),
    numberStyle: style,
    role: 'value',
    align: prefix ? 'left' : 'center',
    ...options,
  };
}

/** Display text of a number in a style: money "2854.50", percent "100.00%", plain "1.92". */
export function formatNumber(value: Dec, style: NumberStyle): string {
  if (style === 'money') return value.toFixed(2);
  if (style === 'percent') return `${value.toFixed(2)}%`;
  return value.toFixed();
}

/** Excel number format of a style ('0.00' for 万元, as the issue asks), with the cell's prefix as a literal. */
export function excelNumberFormat(style: NumberStyle | undefined, prefix?: string): string | undefined {
  const literal = prefix ? `"${prefix.replace(/"/g, '')}"` : '';
  if (style === 'money') return `${literal}0.00`;
  if (style === 'percent') return `${literal}0.00"%"`;
  return literal ? `${literal}General` : undefined;
}

/**
 * The grid positions a layout covers, as `occupied[row][column]` → the master cell and whether
 * this position is the master. Renderers use it to fill gaps and to skip covered positions.
 */
export function mapCoverage(
  layout: TableLayout,
): Array<Array<{ cell: LayoutCell; isMaster: boolean } | null>> {
  const width = layout.columns.length;
  const grid = layout.rows.map(() =>
    new Array<{ cell: LayoutCell; isMaster: boolean } | null>(width).fill(null),
  );
  layout.rows.forEach((row, rowIndex) => {
    for (const cell of row.cells) {
      for (let r = rowIndex; r < rowIndex + (cell.rowSpan ?? 1) && r < grid.length; r++) {
        for (let c = cell.column; c < cell.column + (cell.colSpan ?? 1) && c < width; c++) {
          grid[r]![c] = { cell, isMaster: r === rowIndex && c === cell.column };
        }
      }
    }
  });
  return grid;
}

/** Sum of decimal strings, or null when none is present (so a missing total stays missing). */
export function sumOrNull(values: ReadonlyArray<string | null | undefined>): string | null {
  const present = values.map(toDecimal).filter((value): value is Dec => value !== null);
  if (present.length === 0) return null;
  return present.reduce((total, value) => total.plus(value), new Dec(0)).toFixed();
}
