/**
 * A region's profile: the words its published tables use beyond the national ones, and the
 * settings its rules differ in. Words are added to the national vocabulary (labels.ts), never
 * replace it, so a document from any region still reads; the selected profile's words are tried
 * first. Adding a province is one file in this folder and one line in ./index.ts.
 */
import type { Operator } from '../../../core/model.ts';
import type { BudgetColumnRole, BudgetRowSlot, HeaderField } from '../labels.ts';

export interface RegionProfile {
  /** Stable id: "national", "sichuan", "chongqing". */
  id: string;
  /** Chinese name for people. */
  name: string;
  /** Words that show a document comes from this region (a form number, a column only it uses). */
  evidence: readonly RegExp[];
  /** Header labels beyond the national ones. */
  headerLabels?: Partial<Record<HeaderField, readonly string[]>>;
  /** Budget column labels beyond the national ones (compared without brackets). */
  budgetColumnLabels?: Partial<Record<BudgetColumnRole, readonly string[]>>;
  /** Budget row labels beyond the national ones. */
  budgetRowLabels?: Partial<Record<BudgetRowSlot, readonly string[]>>;
  /**
   * Indicator-table column wordings by the column role names of documents/vocabulary/columns.ts
   * (年初指标值, 得分系数 …), for the indicator reader to add to its own.
   */
  indicatorColumns?: Readonly<Record<string, readonly string[]>>;
  /** Words of the 指标性质 / 指标方向 column and the operator each means (正向 → ≥). */
  operatorWords: Readonly<Record<string, Operator>>;
  /** What 执行率 is measured against: 全年预算数 (national) or 调整后预算数 (Sichuan). */
  executionRateBase: 'adjusted' | 'initial';
  /** Points of the execution rate and of the indicators (财预〔2020〕10号: 10 + 90). */
  weights: { executionRate: number; indicators: number };
}
