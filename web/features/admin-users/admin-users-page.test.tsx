// @vitest-environment jsdom
/** 用户管理 on a phone: the table scrolls inside its box, names stay on one line. */
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../lib/api-client.ts', () => ({
  callApi: () =>
    Promise.resolve({
      items: [{ id: 'u1', username: 'justice-leader', displayName: '司法局 赵局长', role: 'unit-leader', organisationId: 'o1', createdAt: '2026-12-01T00:00:00Z', isDisabled: false, isDemo: true }],
    }),
  describeError: (error: unknown) => String(error),
}));
const { default: AdminUsersPage } = await import('./admin-users-page.tsx');

afterEach(cleanup);

describe('the 用户管理 page', () => {
  it('lets the user table scroll sideways and keeps a name on one line', async () => {
    const { container } = render(
      <App>
        <AdminUsersPage />
      </App>,
    );
    const name = await screen.findByText('司法局 赵局长');
    expect(name.closest('td')?.style.whiteSpace).toBe('nowrap');
    const scroller = container.querySelector<HTMLElement>('.ant-table-content');
    expect(scroller?.style.overflowX).toBe('auto');
  });
});
