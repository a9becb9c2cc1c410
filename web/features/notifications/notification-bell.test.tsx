// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Notification } from '../../../contract/notifications.ts';
import { RouterProvider } from '../../lib/router.tsx';
import { NotificationBell } from './notification-bell.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.pushState(null, '', '/');
});

const returned: Notification = {
  id: 7,
  kind: 'returned',
  kindName: '退回',
  title: '2025年度绩效目标表被退回',
  message: '退回原因：请补充数量指标',
  link: '/documents/doc-1',
  createdAt: '2026-12-02T08:00:00.000Z',
  isRead: false,
};

/** A server that knows one notification and whether it was read. */
function stubServer() {
  let isRead = false;
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push(`${init.method} ${url}`);
      if (url === '/api/notifications/7/read') isRead = true;
      const body = url.startsWith('/api/notifications?') ? { items: [{ ...returned, isRead }], unreadCount: isRead ? 0 : 1 } : { unreadCount: 0 };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

describe('NotificationBell', () => {
  it('names the unread count, lists the latest and opens one: marked read, then its document', async () => {
    const calls = stubServer();
    render(
      <RouterProvider>
        <NotificationBell />
      </RouterProvider>,
    );
    const bell = await screen.findByRole('button', { name: '消息通知，1 条未读' });
    fireEvent.click(bell);
    expect(await screen.findByText('退回原因：请补充数量指标')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '未读：2025年度绩效目标表被退回' }));
    await waitFor(() => expect(window.location.pathname).toBe('/documents/doc-1'));
    expect(calls).toContain('POST /api/notifications/7/read');
    expect(await screen.findByRole('button', { name: '消息通知，没有未读' })).toBeTruthy();
  });
});
