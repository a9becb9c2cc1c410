// @vitest-environment jsdom
/** The public list finds a unit's or project's documents by name (a province publishes tens of thousands), and says when none match. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../../contract/documents.ts';
import { buildDocumentSummary } from '../../../test-support/api-fixtures.ts';
import { RouterProvider } from '../../lib/router.tsx';
import { PublicList } from './public-list.tsx';

const asked: URLSearchParams[] = [];

function stubServer(items: DocumentSummary[] = []) {
  asked.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      const json = (body: unknown) =>
        new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      if (url.pathname !== '/api/public/documents') return json({ items: [] });
      asked.push(url.searchParams);
      return json({
        items,
        total: items.length,
        page: Number(url.searchParams.get('page') ?? 1),
        pageSize: 20,
        isTotalCapped: false,
        nextCursor: null,
      });
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

  const published = [
    buildDocumentSummary({
      id: 'p1',
      organisationName: '示例县林业局',
      kind: 'self-evaluation',
      year: 2025,
      state: 'published',
      score: '88.00',
      grade: '良',
    }),
  ];

  it('shows a block per published document on a phone: its link, year, unit and score, no table scrolled sideways', async () => {
    stubServer(published);
    render(
      <RouterProvider>
        <PublicList />
      </RouterProvider>,
    );
    const block = within(await screen.findByRole('list', { name: '已公开的文档' })).getByRole('listitem');
    expect(
      within(block).getByRole('link', { name: '2025年 示例县林业局 绩效自评表' }).getAttribute('href'),
    ).toBe('/public/p1');
    expect([...block.querySelectorAll('.row-cards-field')].map((field) => field.textContent)).toEqual([
      '年度：2025年',
      '单位：示例县林业局',
      '自评得分：88.00（良）',
      expect.stringMatching(/^公开日期：2026年/),
    ]);
    expect(screen.getByText('共 1 份')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the table on a wide screen', async () => {
    const restore = simulateWideScreen();
    try {
      stubServer(published);
      render(
        <RouterProvider>
          <PublicList />
        </RouterProvider>,
      );
      expect(await screen.findByRole('link', { name: '2025年 示例县林业局 绩效自评表' })).toBeTruthy();
      expect(screen.getByRole('table')).toBeTruthy();
      expect(screen.queryByRole('list', { name: '已公开的文档' })).toBeNull();
    } finally {
      restore();
    }
  });
});
