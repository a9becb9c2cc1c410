// @vitest-environment jsdom
/** The public list finds a unit's or project's documents by name (a province publishes tens of thousands), and says when none match. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterProvider } from '../../lib/router.tsx';
import { PublicList } from './public-list.tsx';

const asked: URLSearchParams[] = [];

function stubServer() {
  asked.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      if (url.pathname !== '/api/public/documents') return json({ items: [] });
      asked.push(url.searchParams);
      return json({ items: [], total: 0, page: Number(url.searchParams.get('page') ?? 1), pageSize: 20, isTotalCapped: false, nextCursor: null });
    }),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PublicList', () => {
  it('asks the server for the name typed, from the first page, and says when nothing matches', async () => {
    stubServer();
    render(
      <RouterProvider>
        <PublicList />
      </RouterProvider>,
    );
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.has('search')).toBe(false);
    fireEvent.change(screen.getByLabelText('单位或项目名称'), { target: { value: ' 第三小学 ' } });
    fireEvent.keyDown(screen.getByLabelText('单位或项目名称'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(asked.at(-1)?.get('search')).toBe('第三小学'));
    expect(asked.at(-1)?.get('page')).toBe('1');
    expect(await screen.findByText('没有找到“第三小学”的公开文档')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
