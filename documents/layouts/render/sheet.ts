/**
 * A rendered table as it would appear on a page: lines above the table (title, year, amount
 * unit) and the table itself as a dense grid. Every layout renderer writes a Sheet; text and
 * office writers turn it into a file.
 */
import type { DenseGrid } from './dense-grid.ts';

export interface Sheet {
  before: string[];
  grid: DenseGrid;
}

/** How a table is laid out, independent of the file format. */
export interface LayoutOptions {
  /** Rows the indicator header spans (merged cells above the column names). */
  headerRows: 1 | 2 | 3;
  /** A 序号 column before the indicators. */
  hasSerialColumn: boolean;
  /** Self-evaluations: 分值 before 年度指标值, as some provinces print it. */
  hasReorderedColumns: boolean;
  /** Amounts written in 元 under a "金额单位：元" line instead of 万元. */
  isInYuan: boolean;
  /** Column names in other common wordings (指标名称, 年度目标值, 权重, 自评得分 …): render/wordings.ts. */
  hasVariantWordings?: boolean;
  /** Each 一级 cell with its weight: "产出指标（50分）" (self-evaluations; render/wordings.ts). */
  hasLevelWeights?: boolean;
}

export const plainLayout: LayoutOptions = {
  headerRows: 1,
  hasSerialColumn: false,
  hasReorderedColumns: false,
  isInYuan: false,
};
