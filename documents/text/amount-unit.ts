/**
 * The unit a table states for its amounts ("单位：元", "金额单位：万元", "预算申请（千元）") and the
 * exact conversion to 万元, the unit of the model (DOMAIN.md: money in 万元, never floats).
 */
import type { Budget } from '../../core/model.ts';
import { Dec, formatDecimal, toDecimal } from '../../core/decimal.ts';
import {
  amountUnitInLabel,
  amountUnitStatement,
  yuanPerUnit,
  type AmountUnit,
} from '../vocabulary/labels.ts';

export interface StatedAmountUnit {
  unit: AmountUnit;
  /** 1-based line of the statement. */
  line: number;
}

/** How far the amount unit is looked for: it is stated above or in the budget block. */
const UNIT_LINES = 80;

/**
 * The amount unit the text states: a "单位：…" statement first, else a budget label carrying its
 * unit; null when the text says neither.
 */
export function findAmountUnit(lines: readonly string[]): StatedAmountUnit | null {
  const head = lines.slice(0, UNIT_LINES);
  for (const pattern of [amountUnitStatement, amountUnitInLabel]) {
    for (const [index, line] of head.entries()) {
      if (!line.includes('元')) continue;
      const match = pattern.exec(line.replace(/\s+/g, ''));
      if (match?.[1]) return { unit: match[1] as AmountUnit, line: index + 1 };
    }
  }
  return null;
}

/** An amount in `unit` as 万元, exactly: "123456.78" 元 → "12.345678". */
export function toTenThousandYuan(amount: string, unit: AmountUnit): string {
  const value = toDecimal(amount);
  if (!value || unit === '万元') return amount;
  return formatDecimal(value.times(new Dec(yuanPerUnit[unit])).div(yuanPerUnit['万元']));
}

type MoneyField = 'total' | 'initial' | 'adjusted' | 'executed';
const MONEY_FIELDS: readonly MoneyField[] = ['total', 'initial', 'adjusted', 'executed'];

/**
 * The budget with every money amount in 万元 (分值, 执行率 and 得分 are no money and stay), the
 * source unit kept in `sourceUnit` when it was not 万元.
 */
export function convertBudget(budget: Budget, unit: AmountUnit): Budget {
  if (unit === '万元') return budget;
  const convert = (amount: string | null | undefined): string | null | undefined =>
    amount === null || amount === undefined ? amount : toTenThousandYuan(amount, unit);
  const converted: Budget = { ...budget, sourceUnit: unit };
  for (const field of MONEY_FIELDS)
    if (budget[field] !== undefined) converted[field] = convert(budget[field]);
  if (budget.bySource) {
    converted.bySource = Object.fromEntries(
      Object.entries(budget.bySource).map(([key, amount]) => [key, convert(amount)]),
    ) as Budget['bySource'];
  }
  if (budget.byNature) {
    converted.byNature = Object.fromEntries(
      Object.entries(budget.byNature).map(([key, amount]) => [key, convert(amount)]),
    ) as Budget['byNature'];
  }
  return converted;
}
