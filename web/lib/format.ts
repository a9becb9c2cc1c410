/** Display formats: money in 万元 with two decimals, Chinese dates (issue 4 "Quality bar"). */
import dayjs from 'dayjs';
import { Dec } from '../../core/decimal.ts';

/** "12222.69" → "12,222.69"; blank for null; the text itself when it is not a number. */
export function formatMoney(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '';
  try {
    const fixed = new Dec(amount).toFixed(2);
    const [whole = '0', fraction = '00'] = fixed.split('.');
    const sign = whole.startsWith('-') ? '-' : '';
    const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${sign}${digits}.${fraction}`;
  } catch {
    return amount;
  }
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
