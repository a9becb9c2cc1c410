// @vitest-environment jsdom
/** The monitoring rounds: a block per round on a phone (six columns scrolled sideways), the table on a wide screen. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoundSummary } from '../../../contract/monitoring-rounds.ts';
import { buildSessionInfo } from '../../../test-support/api-fixtures.ts';
import { RouterProvider } from '../../lib/router.tsx';
import RoundsPage from './rounds-page.tsx';

vi.mock('../../app/session-context.tsx', () => ({
  useUser: () =>
    buildSessionInfo({ role: 'unit-filler', organisationId: 'unit-1', organisationName: '示例县林业局' })
      .user,
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const round: RoundSummary = {
  id: 'round-1',
  year: 2026,
  title: '2026年1-6月绩效运行监控',
  period: { throughMonth: 6 },
  periodName: '1-6月',
  deadline: '2026-07-15',
  isSelective: false,
  createdAt: '2026-07-01T02:00:00.000Z',
  tables: 3,
  submitted: 1,
};

function stubServer(rounds: RoundSummary[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const items = url.startsWith('/api/monitoring-rounds') ? rounds : [];
      return new Response(JSON.stringify({ items }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
}

function renderPage() {
  render(
    <RouterProvider>
      <RoundsPage />
    </RouterProvider>,
  );
}

describe('监控轮次', () => {
  it('shows a block per round on a phone: its link, then period, deadline, scope and progress', async () => {
    stubServer([round]);
    renderPage();
    const block = within(await screen.findByRole('list', { name: '监控轮次' })).getByRole('listitem');
    expect(within(block).getByRole('link', { name: '2026年1-6月绩效运行监控' }).getAttribute('href')).toBe(
      '/monitoring/round-1',
    );
    expect([...block.querySelectorAll('.row-cards-field')].map((field) => field.textContent)).toEqual([
      '期间：1-6月',
      '填报截止：2026-07-15',
      '范围：全部单位',
      '已提交/监控表：1 / 3',
      expect.stringMatching(/^开启时间：2026年7月1日/),
    ]);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says on a phone why there is no round yet', async () => {
    stubServer([]);
    renderPage();
    expect(await screen.findByText(/财政部门尚未开启监控轮次/)).toBeTruthy();
  });

  it('keeps the table on a wide screen', async () => {
    const restore = simulateWideScreen();
    try {
      stubServer([round]);
      renderPage();
      expect(await screen.findByRole('link', { name: '2026年1-6月绩效运行监控' })).toBeTruthy();
      expect(screen.getByRole('table')).toBeTruthy();
      expect(screen.queryByRole('list', { name: '监控轮次' })).toBeNull();
    } finally {
      restore();
    }
  });
});
