// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AccountPage from './account-page.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const sessions = {
  items: [
    { id: 'a1', createdAt: '2026-12-02T01:00:00Z', lastSeenAt: '2026-12-02T02:00:00Z', expiresAt: '2026-12-02T09:00:00Z', ip: '10.0.0.1', userAgent: 'Chromium', isCurrent: true },
    { id: 'b2', createdAt: '2026-12-01T01:00:00Z', lastSeenAt: '2026-12-01T02:00:00Z', expiresAt: '2026-12-01T09:00:00Z', ip: '10.0.0.2', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', isCurrent: false },
  ],
};

function stubServer() {
  const calls: Array<{ method: string; url: string; body: unknown }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined });
      if (url === '/api/sessions') return new Response(JSON.stringify(sessions), { status: 200 });
      return new Response(null, { status: 204 });
    }),
  );
  return calls;
}

describe('我的账号', () => {
  it('lists the own sessions and ends another device, never offering to end the current one', async () => {
    const calls = stubServer();
    render(<AccountPage />);
    expect(await screen.findByText('当前设备')).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: '退出该设备' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(calls.some((call) => call.method === 'DELETE' && call.url === '/api/sessions/b2')).toBe(true));
  });

  it('shows each device as a block on a phone, its browser and action readable without sideways scrolling', async () => {
    stubServer();
    render(<AccountPage />);
    const devices = within(await screen.findByRole('list', { name: '登录设备' })).getAllByRole('listitem');
    expect(devices).toHaveLength(2);
    expect(devices[0]!.textContent).toContain('当前设备');
    expect(devices[1]!.textContent).toContain('Firefox · Windows');
    expect(within(devices[1]!).getByRole('button', { name: '退出该设备' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the table with its 浏览器 and 操作 columns on a wide screen', async () => {
    const phone = window.matchMedia;
    try {
      // A desktop: every min-width query of antd's breakpoints matches.
      window.matchMedia = ((query: string) => ({ ...phone(query), matches: query.includes('min-width') })) as typeof window.matchMedia;
      stubServer();
      render(<AccountPage />);
      expect(await screen.findByText('当前设备')).toBeTruthy();
      expect(screen.getByRole('columnheader', { name: '浏览器' })).toBeTruthy();
      expect(screen.queryByRole('list', { name: '登录设备' })).toBeNull();
    } finally {
      window.matchMedia = phone;
    }
  });

  it('sends the current and the new password, and refuses two different new ones before sending', async () => {
    const calls = stubServer();
    render(<AccountPage />);
    fireEvent.change(screen.getByLabelText('当前密码'), { target: { value: 'old-password-1' } });
    fireEvent.change(screen.getByLabelText('新密码'), { target: { value: '新的足够长的登录密码甲' } });
    fireEvent.change(screen.getByLabelText('再次输入新密码'), { target: { value: '新的足够长的登录密码乙' } });
    fireEvent.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/session/password')).toBe(false);
    fireEvent.change(screen.getByLabelText('再次输入新密码'), { target: { value: '新的足够长的登录密码甲' } });
    fireEvent.click(screen.getByRole('button', { name: '修改密码' }));
    await waitFor(() =>
      expect(calls.find((call) => call.url === '/api/session/password')?.body).toEqual({ currentPassword: 'old-password-1', newPassword: '新的足够长的登录密码甲' }),
    );
  });
});
