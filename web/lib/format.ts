/** Display formats: money in 万元 with two decimals, Chinese dates (issue 4 "Quality bar"). */
import dayjs from 'dayjs';
import { Dec } from '../../core/decimal.ts';

/** Money as written: the whole part grouped by thousands ("1,234"), at least two decimals. */
function writeMoney(sign: string, whole: string, fraction: string): string {
  const digits = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}.${fraction.padEnd(2, '0')}`;
}

/** "12222.69" → "12,222.69"; blank for null; the text itself when it is not a number. */
export function formatMoney(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '';
  try {
    const fixed = new Dec(amount).toFixed(2);
    const [whole = '0', fraction = '00'] = fixed.split('.');
    return writeMoney(whole.startsWith('-') ? '-' : '', whole.replace('-', ''), fraction);
  } catch {
    return amount;
  }
}

/**
 * An amount decided in 万元 (整改 money, the ledger's sums) as money is written — "12.5" → "12.50",
 * "1234" → "1,234.00" — but never rounded: "0.125" keeps its three decimals, since the stored
 * text is exact and a rounded figure would not add up to the ledger's sum.
 */
export function formatExactMoney(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign = '', whole = '0', fraction = ''] = match;
  return writeMoney(sign, whole, fraction);
}

/** "2026-11-27T15:23:28Z" → "2026年11月27日 15:23" (local time). */
export function formatDateTime(iso: string): string {
  const date = dayjs(iso);
  return date.isValid() ? date.format('YYYY年M月D日 HH:mm') : iso;
}

/** "2026-11-27T15:23:28Z" → "2026年11月27日". */
export function formatDate(iso: string): string {
  const date = dayjs(iso);
  return date.isValid() ? date.format('YYYY年M月D日') : iso;
}
