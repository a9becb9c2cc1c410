// @vitest-environment jsdom
/** 用户管理: a block per user on a phone; on a wide screen the table, which scrolls inside its box in a narrow window. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
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
  it('shows each user as a block on a phone: the name heads it, then 用户名, 角色, 状态 and the actions', async () => {
    render(
      <App>
        <AdminUsersPage />
      </App>,
    );
    const users = await screen.findByRole('list', { name: '用户列表' });
    const [block] = within(users).getAllByRole('listitem');
    expect(block!.querySelector('.row-cards-head strong')?.textContent).toBe('司法局 赵局长');
    expect(block!.textContent).toContain('用户名：justice-leader');
    expect(within(block!).getByRole('combobox', { name: 'justice-leader的角色' })).toBeTruthy();
    expect(within(block!).getByText('演示账号')).toBeTruthy();
    expect(within(block!).getByRole('button', { name: '重置密码' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lets the user table scroll sideways on a wide screen and keeps a name on one line', async () => {
    const restore = simulateWideScreen();
    try {
      const { container } = render(
        <App>
          <AdminUsersPage />
        </App>,
      );
      const name = await screen.findByText('司法局 赵局长');
      expect(name.closest('td')?.style.whiteSpace).toBe('nowrap');
      const scroller = container.querySelector<HTMLElement>('.ant-table-content');
      expect(scroller?.style.overflowX).toBe('auto');
    } finally {
      restore();
    }
  });
});
