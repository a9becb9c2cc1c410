// @vitest-environment jsdom
/** 年度与截止日期 on a phone: a block per year (状态 beside it, the deadlines one a line), no table. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../app/session-context.tsx', () => ({ useUser: () => ({ role: 'admin' }) }));
vi.mock('../../lib/api-client.ts', () => ({
  callApi: () =>
    Promise.resolve({
      items: [
        { year: 2027, isOpen: true, deadlines: { targetTable: '2026-11-30', monitoring: null, selfEvaluation: '2028-04-30' } },
        { year: 2026, isOpen: false, deadlines: { targetTable: '2025-11-30', monitoring: '2026-08-31', selfEvaluation: '2027-04-30' } },
      ],
    }),
  describeError: (error: unknown) => String(error),
}));
const { default: FiscalYearsPage } = await import('./fiscal-years-page.tsx');

afterEach(cleanup);

describe('the 年度与截止日期 page', () => {
  it('shows each year as a block on a phone with its state, deadlines and actions', async () => {
    render(<FiscalYearsPage />);
    const list = await screen.findByRole('list', { name: '各年度截止日期' });
    const [open, closed] = within(list).getAllByRole('listitem');
    expect(open!.querySelector('.row-cards-head')?.textContent).toBe('2027年度开放');
    expect(closed!.querySelector('.row-cards-head')?.textContent).toBe('2026年度已关闭');
    expect(open!.textContent).toContain('绩效监控表截止：未设');
    expect(within(open!).getByRole('button', { name: '设置2027年度截止日期' })).toBeTruthy();
    expect(within(closed!).getByRole('button', { name: '开放年度' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the table on a wide screen', async () => {
    const restore = simulateWideScreen();
    try {
      render(<FiscalYearsPage />);
      expect(await screen.findByRole('row', { name: /2027年度/ })).toBeTruthy();
      expect(screen.queryByRole('list', { name: '各年度截止日期' })).toBeNull();
    } finally {
      restore();
    }
  });
});
