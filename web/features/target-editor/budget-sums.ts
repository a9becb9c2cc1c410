/** Live sum checks of 年度预算申请 (exact decimals, 万元): do the parts add up to 合计 and 资金总额? */
import { formatDecimal, sumDecimals, toDecimal } from '../../../core/decimal.ts';

export interface SumCheck {
  /** Σ of the parts that are filled in, or null when none is. */
  sum: string | null;
  /** Whether every stated total given equals the sum. */
  isConsistent: boolean;
  message: string | null;
}

/** Compares the parts with each stated total ({ label, amount }); blank totals are not compared. */
export function checkSum(input: {
  parts: Array<string | null | undefined>;
  totals: Array<{ label: string; amount: string | null | undefined }>;
}): SumCheck {
  const filled = input.parts.filter((part) => toDecimal(part) !== null);
  if (filled.length === 0) return { sum: null, isConsistent: true, message: null };
  const sum = sumDecimals(filled);
  for (const total of input.totals) {
    const stated = toDecimal(total.amount);
    if (stated && !stated.equals(sum)) {
      return {
        sum: formatDecimal(sum),
        isConsistent: false,
        message: `各项之和 ${sum.toFixed(2)} 万元，与${total.label} ${stated.toFixed(2)} 万元相差 ${stated.minus(sum).abs().toFixed(2)} 万元`,
      };
    }
  }
  return { sum: formatDecimal(sum), isConsistent: true, message: null };
}
