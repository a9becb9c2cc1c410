// @vitest-environment jsdom
import '../components/match-media.test-support.ts';
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { buildSessionInfo } from '../../test-support/api-fixtures.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterProvider, useRouter } from '../lib/router.tsx';
import { isPublicPath, SessionProvider, useSession } from './session-context.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Probe() {
  const { user, isLoading } = useSession();
  const { navigate } = useRouter();
  return (
    <div>
      <span>{isLoading ? '加载中' : (user?.displayName ?? '未登录')}</span>
      <button onClick={() => navigate('/documents')}>进入</button>
    </div>
  );
}

function renderAt(path: string, answer: { status: number; body: unknown }) {
  window.history.replaceState(null, '', path);
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  render(
    <StrictMode>
      <RouterProvider>
        <SessionProvider>
          <Probe />
        </SessionProvider>
      </RouterProvider>
    </StrictMode>,
  );
  return fetchMock;
}

describe('isPublicPath', () => {
  it.each([
    ['/public', true],
    ['/public/abc', true],
    ['/publications', false],
    ['/', false],
    ['/documents/abc', false],
  ])('%s → %s', (path, expected) => expect(isPublicPath(path)).toBe(expected));
});

describe('SessionProvider', () => {
  it('does not ask for a session on the public page, and asks once a staff page is opened', async () => {
    const fetchMock = renderAt('/public', { status: 401, body: { code: 'unauthenticated', message: '请先登录' } });
    await act(async () => undefined);
    expect(fetchMock).not.toHaveBeenCalled();
    await act(async () => screen.getByRole('button', { name: '进入' }).click());
    expect(await screen.findByText('未登录')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('loads the signed-in user once on a staff page, even under StrictMode', async () => {
    const fetchMock = renderAt('/', {
      status: 200,
      body: buildSessionInfo({ displayName: '张会计' }),
    });
    expect(await screen.findByText('张会计')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
