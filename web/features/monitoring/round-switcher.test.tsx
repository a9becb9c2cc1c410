// @vitest-environment jsdom
/** The year's rounds on a round's page: another window is one choice away; a lone round shows nothing. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterProvider } from '../../lib/router.tsx';
import type { RoundSummary } from './monitoring-api.ts';
import { RoundSwitcher } from './round-switcher.tsx';

const round = (id: string, year: number, month: number, createdAt: string): RoundSummary => ({
  id,
  year,
  title: `${year}年1-${month}月绩效运行监控`,
  period: { throughMonth: month },
  periodName: `1-${month}月`,
  deadline: `${year}-${month + 1}-10`,
  isSelective: false,
  createdAt,
  tables: 1,
  submitted: 0,
});
let rounds: RoundSummary[] = [];
vi.mock('./monitoring-api.ts', () => ({ listRounds: () => Promise.resolve({ items: rounds }) }));

afterEach(cleanup);

describe('RoundSwitcher', () => {
  it("offers the year's other rounds and opens the one chosen", async () => {
    rounds = [round('r9', 2026, 9, '2026-10-01T00:00:00.000Z'), round('r6', 2026, 6, '2026-07-01T00:00:00.000Z'), round('old', 2025, 6, '2025-07-01T00:00:00.000Z')];
    window.history.replaceState(null, '', '/monitoring/r6');
    render(
      <RouterProvider>
        <RoundSwitcher roundId="r6" year={2026} />
      </RouterProvider>,
    );
    const select = await screen.findByRole('combobox', { name: '本年度监控轮次' });
    fireEvent.mouseDown(select);
    await screen.findAllByRole('option');
    const options = [...document.querySelectorAll('.ant-select-item-option')];
    expect(options.map((option) => option.textContent)).toEqual(['2026年1-6月绩效运行监控（1-6月）', '2026年1-9月绩效运行监控（1-9月）']);
    fireEvent.click(screen.getByTitle('2026年1-9月绩效运行监控（1-9月）'));
    await waitFor(() => expect(window.location.pathname).toBe('/monitoring/r9'));
  });

  it('shows nothing when the year has one round', async () => {
    rounds = [round('r6', 2026, 6, '2026-07-01T00:00:00.000Z')];
    const { container } = render(
      <RouterProvider>
        <RoundSwitcher roundId="r6" year={2026} />
      </RouterProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
