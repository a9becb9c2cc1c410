/**
 * Amounts of monitoring tables and reports in 万元, exact: "87.57", "1,234.5", "45.5%", a table
 * in 元 (单位：元) divided by 10 000 without floats, and "672.44万元" / "3,675,020元" in sentences.
 */
import { Dec, formatDecimal } from '../../core/decimal.ts';
import { compact } from '../text/normalize.ts';

const PLAIN = /^-?\d+(\.\d+)?$/;

/** The number of a cell ("1,234.50", "45.5%", "87.57万元"), or null when the cell is not one number. */
export function parseNumberCell(cell: string): string | null {
  const written = compact(cell)
    .replace(/[,，]/g, '')
    .replace(/(万元|万|元|%|％)$/, '');
  return PLAIN.test(written) ? written : null;
}

/** An amount in the table's unit turned into 万元 (元 ÷ 10 000, exact). */
export function toTenThousandYuan(amount: string, unit: 'yuan' | 'tenThousandYuan'): string {
  return unit === 'yuan' ? formatDecimal(new Dec(amount).dividedBy(10_000)) : amount;
}

/** An amount written in a sentence with its unit: "672.44万元" → "672.44", "3,675,020元" → "367.502". */
export function parseWrittenAmount(number: string, unit: string): string | null {
  const plain = number.replace(/[,，]/g, '');
  if (!PLAIN.test(plain)) return null;
  if (unit === '亿元') return formatDecimal(new Dec(plain).times(10_000));
  return unit === '元' ? formatDecimal(new Dec(plain).dividedBy(10_000)) : plain;
}
