/**
 * The editors' sheets use a fixed table layout: every column has its width but the 三级指标 one,
 * which gets what is left. On a narrow screen nothing was left (a 390 px phone gave the self-evaluation's
 * names 56 px, one character a line): the sheet is made at least wide enough for the fixed columns plus
 * a readable name column, and scrolls sideways instead.
 */
export const nameColumnMinWidth = 160;

/** The sheet's min-width: the fixed columns (`null` is the name column) and a readable name column. */
export function sheetMinWidth(columnWidths: readonly (number | null)[]): number {
  return columnWidths.reduce<number>((sum, width) => sum + (width ?? nameColumnMinWidth), 0);
}
