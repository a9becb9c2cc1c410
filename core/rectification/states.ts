/**
 * 整改 (rectification, issue 11): finance issues a notice with items; the unit answers each item
 * (整改情况); finance accepts or returns it; the notice closes when every item is accepted.
 */
import { z } from 'zod';
import { refuse, type Refusal } from '../review/result.ts';

export const rectificationItemStates = ['open', 'answered', 'accepted', 'returned'] as const;
export type RectificationItemState = (typeof rectificationItemStates)[number];

export const rectificationItemStateNames: Record<RectificationItemState, string> = {
  open: '待整改',
  answered: '已反馈',
  accepted: '已验收',
  returned: '已退回',
};

export const rectificationNoticeStates = ['open', 'closed'] as const;
export type RectificationNoticeState = (typeof rectificationNoticeStates)[number];
export const rectificationNoticeStateNames: Record<RectificationNoticeState, string> = { open: '整改中', closed: '已办结' };

/** Money a rectification decides (结果应用): 压减 / 收回 / 取消 / 调整, in 万元. */
export const moneyActions = ['reduce', 'recover', 'cancel', 'adjust'] as const;
export const moneyActionSchema = z.enum(moneyActions);
export type MoneyAction = z.infer<typeof moneyActionSchema>;
export const moneyActionNames: Record<MoneyAction, string> = { reduce: '压减', recover: '收回', cancel: '取消', adjust: '调整' };

/**
 * Amounts are in 万元 and exact to the 分: 1 分 is 0.000001 万元, so six decimals, no more. Within
 * that every sum is exact; the ledger used to round its sums to two decimals (100 元), so a 收回 of
 * 0.005 万元 (50 元) showed as 0.01 万元.
 */
export const moneyDecimalPlaces = 6;
/** A money amount as entered: 万元, at most six decimals. */
export const moneyAmountPattern = /^-?\d+(\.\d{1,6})?$/;
export const moneyAmountMessage = '金额应为数字（万元），最多 6 位小数（精确到分）';

export type RectificationStep = 'answer' | 'accept' | 'return';

const moves: Record<RectificationStep, { from: readonly RectificationItemState[]; to: RectificationItemState }> = {
  // The unit answers an open item, or answers again after a return.
  answer: { from: ['open', 'returned', 'answered'], to: 'answered' },
  accept: { from: ['answered'], to: 'accepted' },
  return: { from: ['answered'], to: 'returned' },
};

const stepNames: Record<RectificationStep, string> = { answer: '反馈整改情况', accept: '验收通过', return: '退回重改' };

export const maxRectificationTextLength = 4000;

export type RectificationRefusalCode = 'transition-not-allowed' | 'reason-required' | 'notice-closed';

/** The next state of an item when `step` is taken; 退回 needs a reason, a closed notice takes nothing. */
export function decideRectificationStep(input: {
  step: RectificationStep;
  state: RectificationItemState;
  noticeState: RectificationNoticeState;
  reason?: string | null;
}): { ok: true; state: RectificationItemState } | Refusal<RectificationRefusalCode> {
  if (input.noticeState === 'closed') return refuse('notice-closed', '该整改通知已办结，不能再修改。');
  const move = moves[input.step];
  if (!move.from.includes(input.state)) {
    return refuse('transition-not-allowed', `整改事项当前状态为“${rectificationItemStateNames[input.state]}”，不能执行“${stepNames[input.step]}”。`);
  }
  if (input.step === 'return' && (input.reason?.trim() ?? '') === '') return refuse('reason-required', '退回整改事项必须填写退回理由。');
  return { ok: true, state: move.to };
}

/** Whether a notice is done: it has items and every item is accepted. */
export function isNoticeComplete(items: readonly { state: RectificationItemState }[]): boolean {
  return items.length > 0 && items.every((item) => item.state === 'accepted');
}
