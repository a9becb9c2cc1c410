import { describe, expect, it } from 'vitest';
import type { NoticeSummary } from '../../../contract/rectification.ts';
import { describeRectificationTask, pickRectificationTasks } from './rectification-card.tsx';

const notice = (id: string, overrides: Partial<NoticeSummary>): NoticeSummary => ({
  id,
  organisationId: 'unit',
  organisationName: '示例县林业局',
  year: 2026,
  roundId: null,
  title: `整改通知 ${id}`,
  deadline: '2026-09-30',
  state: 'open',
  stateName: '整改中',
  issuedAt: '2026-08-01T02:00:00.000Z',
  closedAt: null,
  items: 2,
  itemsAccepted: 0,
  itemsToAnswer: 0,
  itemsToReview: 0,
  daysOverdue: 0,
  ...overrides,
});

describe('the home page\'s 整改 tasks', () => {
  const notices = [
    notice('answered-all', { itemsToReview: 2 }),
    notice('late', { itemsToAnswer: 1, itemsToReview: 1, deadline: '2026-08-31' }),
    notice('closed', { state: 'closed', itemsAccepted: 2 }),
    notice('returned', { itemsToAnswer: 1, itemsAccepted: 1, deadline: '2026-12-31' }),
  ];
  it.each([
    { side: 'unit' as const, ids: ['late', 'returned'] },
    { side: 'finance' as const, ids: ['late', 'answered-all'] },
  ])('for $side: the open notices with something to do, earliest deadline first', ({ side, ids }) => {
    expect(pickRectificationTasks(notices, side).map((each) => each.id)).toEqual(ids);
  });

  it('says how many items wait, and for finance whose', () => {
    const late = notices[1]!;
    expect(describeRectificationTask(late, 'unit')).toBe('待反馈 1 项 · 整改期限 2026-08-31');
    expect(describeRectificationTask(late, 'finance')).toBe('示例县林业局 · 待验收 1 项 · 整改期限 2026-08-31');
  });
});
