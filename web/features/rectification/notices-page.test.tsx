// @vitest-environment jsdom
/** The rectification notices: a block per notice on a phone (six columns scrolled sideways), the table on a wide screen. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeSummary } from '../../../contract/rectification.ts';
import { buildSessionInfo } from '../../../test-support/api-fixtures.ts';
import { RouterProvider } from '../../lib/router.tsx';
import NoticesPage from './notices-page.tsx';

vi.mock('../../app/session-context.tsx', () => ({
  useUser: () =>
    buildSessionInfo({ role: 'unit-filler', organisationId: 'unit-1', organisationName: '示例县林业局' })
      .user,
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const notice: NoticeSummary = {
  id: 'notice-1',
  organisationId: 'unit-1',
  organisationName: '示例县林业局',
  year: 2026,
  roundId: null,
  title: '关于2026年1-6月监控问题的整改通知',
  deadline: '2026-08-31',
  state: 'open',
  stateName: '整改中',
  issuedAt: '2026-07-20T02:00:00.000Z',
  closedAt: null,
  items: 2,
  itemsAccepted: 0,
  itemsToAnswer: 2,
  itemsToReview: 0,
  daysOverdue: 4,
};

function stubServer(notices: NoticeSummary[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ items: notices }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ),
  );
}

function renderPage() {
  render(
    <RouterProvider>
      <NoticesPage />
    </RouterProvider>,
  );
}

describe('整改通知', () => {
  it('shows a block per notice on a phone: its link and state with the days overdue, then unit, deadline and progress', async () => {
    stubServer([notice]);
    renderPage();
    const block = within(await screen.findByRole('list', { name: '整改通知' })).getByRole('listitem');
    expect(within(block).getByRole('link', { name: notice.title }).getAttribute('href')).toBe(
      '/rectification/notice-1',
    );
    expect(block.querySelector('.row-cards-action')!.textContent).toBe('整改中逾期 4 天');
    expect([...block.querySelectorAll('.row-cards-field')].map((field) => field.textContent)).toEqual([
      '单位：示例县林业局',
      '整改期限：2026-08-31',
      '已验收/事项：0 / 2',
      expect.stringMatching(/^下发日期：2026年7月20日/),
    ]);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the table on a wide screen', async () => {
    const restore = simulateWideScreen();
    try {
      stubServer([notice]);
      renderPage();
      expect(await screen.findByRole('link', { name: notice.title })).toBeTruthy();
      expect(screen.getByRole('table')).toBeTruthy();
      expect(screen.queryByRole('list', { name: '整改通知' })).toBeNull();
    } finally {
      restore();
    }
  });
});
