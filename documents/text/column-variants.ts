/**
 * Indicator tables name their columns differently by region (DOMAIN.md "Regional layouts"):
 * the common 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施; Sichuan's
 * operator, value and unit in separate columns (指标性质 `≥` / 指标值 `100` / 度量单位 `人次`) with
 * 权重 and 未完成原因分析; Chongqing's 年初指标值 / 调整指标值 / 全年完成值 / 指标权重. This file maps
 * a header row to column roles and reads one row's cells into the same raw indicator fields.
 */
import { compact } from './normalize.ts';
import { cleanValueText, hasText, parseNumberCell } from './self-evaluation-text.ts';

export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'initialTarget'
  | 'operator'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation';

/** Column index per role; a role the table lacks is absent. */
export type IndicatorColumns = Partial<Record<ColumnRole, number>>;

/** Header wordings per role, tried in order against the header cell without spaces. */
const roleLabels: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['name', /^(三级指标|绩效指标名称|指标名称|具体指标|三级指标名称)$/],
  ['operator', /^(指标性质|指标方向|运算符号?|符号)$/],
  ['initialTarget', /^年初(目标值|指标值)$/],
  [
    'target',
    /^(年度指标值|指标值|调整指标值|调整后指标值|年度目标值|目标值|预期指标值|全年指标值|指标值[（(]目标值[）)])$/,
  ],
  ['unit', /^(度量单位|计量单位|单位)$/],
  ['actual', /^(实际完成值|全年完成值|完成值|全年实际完成值|实际完成情况|实际值)$/],
  ['weight', /^(分值|权重|指标权重|权重[（(]分[）)]|分值[（(]分[）)])$/],
  ['score', /^(得分|自评得分|评分|得分[（(]分[）)])$/],
  [
    'deviation',
    /^(偏差原因分析及改进措施|偏差原因分析|未完成原因分析|未完成原因分析及改进措施|原因分析|偏差原因及改进措施)$/,
  ],
];

/** The role a header cell names, or null. */
export function matchColumnRole(cell: string): ColumnRole | null {
  const text = compact(cell);
  for (const [role, pattern] of roleLabels) if (pattern.test(text)) return role;
  return null;
}

/**
 * The columns of an indicator table when `cells` is its header row: it must name the indicator
 * (三级指标 or similar) and at least one value column. Null for any other row.
 */
export function mapIndicatorColumns(cells: readonly string[]): IndicatorColumns | null {
  // Every wording of the name column has 指标; readers ask this of every row until the header.
  if (!cells.some((cell) => cell.includes('标'))) return null;
  const columns: IndicatorColumns = {};
  for (const [index, cell] of cells.entries()) {
    const role = matchColumnRole(cell);
    if (role === null) continue;
    // 指标值 after 年初指标值 is the revised value (Chongqing: 年初指标值, 调整指标值): the first
    // cell of a role wins except for the target, where the later, adjusted one does.
    if (columns[role] === undefined || role === 'target') columns[role] = index;
  }
  const hasName = columns.name !== undefined;
  const hasValue = columns.target !== undefined || columns.initialTarget !== undefined;
  return hasName && hasValue ? columns : null;
}

/** What one table row says about an indicator, before values are parsed. */
export interface IndicatorCells {
  level1: string;
  level2: string;
  name: string;
  /** 指标值 as the table writes it, operator and unit included. */
  target: string;
  actual: string;
  weight: string;
  score: string;
  deviation: string;
}

function cellAt(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** Operator words of a 指标性质 column as the symbol the value parser reads. */
function operatorSymbol(text: string): string {
  const word = compact(text);
  if (/^(定性|定性指标)$/.test(word)) return '';
  if (/^(正向|正向指标)$/.test(word)) return '≥';
  if (/^(反向|反向指标)$/.test(word)) return '≤';
  return word;
}

/** Appends the 度量单位 to a bare number ("100" + "人次"); text that has its own words stays. */
function withUnit(value: string, unit: string): string {
  if (!hasText(value) || !hasText(unit)) return value;
  return parseNumberCell(value) === null ? value : `${value}${unit}`;
}

/**
 * The indicator fields of one row. When the table splits 指标性质 / 指标值 / 度量单位 they are put
 * back together as one 指标值 ("≥" "100" "人次" → "≥100人次"; 定性 keeps the value's words).
 */
export function readIndicatorCells(cells: readonly string[], columns: IndicatorColumns): IndicatorCells {
  const unit = cellAt(cells, columns.unit);
  const revised = cellAt(cells, columns.target);
  let target = hasText(revised) ? revised : cellAt(cells, columns.initialTarget);
  if (columns.operator !== undefined || columns.unit !== undefined) {
    const operator = operatorSymbol(cellAt(cells, columns.operator));
    const value = withUnit(target, unit);
    target = hasText(value) ? cleanValueText([`${operator}${value}`]) : '';
  }
  return {
    level1: cellAt(cells, columns.level1),
    level2: cellAt(cells, columns.level2),
    name: cellAt(cells, columns.name),
    target,
    actual: withUnit(cellAt(cells, columns.actual), unit),
    weight: cellAt(cells, columns.weight),
    score: cellAt(cells, columns.score),
    deviation: cellAt(cells, columns.deviation),
  };
}

/** The highest column index the header names: cells beyond it are unexpected. */
export function lastColumn(columns: IndicatorColumns): number {
  return Math.max(...Object.values(columns).filter((index): index is number => index !== undefined));
}
