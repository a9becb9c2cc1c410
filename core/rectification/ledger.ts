/**
 * The 整改 ledger (issue 11): how many notices and items, how many items closed and overdue, and
 * the money decided by kind (压减 / 收回 / 取消 / 调整, 万元, exact decimals).
 */
import { Dec, roundDecimal } from '../decimal.ts';
import { countDaysOverdue } from '../monitoring/overdue.ts';
import { moneyActions, moneyDecimalPlaces, type MoneyAction, type RectificationItemState, type RectificationNoticeState } from './states.ts';

export interface LedgerNotice {
  state: RectificationNoticeState;
  deadline: string;
  items: readonly { state: RectificationItemState; moneyAction: MoneyAction | null; moneyAmount: string | null }[];
}

export interface RectificationLedger {
  notices: number;
  noticesClosed: number;
  items: number;
  itemsClosed: number;
  /** Items not accepted whose notice's deadline has passed. */
  itemsOverdue: number;
  /** 万元 by kind, exact to the 分 (amounts have at most six decimals). */
  money: Record<MoneyAction, string>;
  moneyTotal: string;
}

/** Counts and sums a set of notices at `now`. */
export function summariseLedger(notices: readonly LedgerNotice[], now: Date): RectificationLedger {
  const sums = Object.fromEntries(moneyActions.map((action) => [action, new Dec(0)])) as Record<MoneyAction, Dec>;
  let items = 0;
  let itemsClosed = 0;
  let itemsOverdue = 0;
  for (const notice of notices) {
    const isLate = countDaysOverdue({ deadline: notice.deadline, now }) > 0;
    for (const item of notice.items) {
      items++;
      if (item.state === 'accepted') itemsClosed++;
      else if (isLate) itemsOverdue++;
      if (item.moneyAction && item.moneyAmount) sums[item.moneyAction] = sums[item.moneyAction].plus(item.moneyAmount);
    }
  }
  const total = moneyActions.reduce((sum, action) => sum.plus(sums[action]), new Dec(0));
  return {
    notices: notices.length,
    noticesClosed: notices.filter((notice) => notice.state === 'closed').length,
    items,
    itemsClosed,
    itemsOverdue,
    money: Object.fromEntries(moneyActions.map((action) => [action, roundDecimal(sums[action], moneyDecimalPlaces)])) as Record<MoneyAction, string>,
    moneyTotal: roundDecimal(total, moneyDecimalPlaces),
  };
}
