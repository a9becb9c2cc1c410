// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocumentSummary, buildSessionInfo } from '../../../test-support/api-fixtures.ts';
import { RouterProvider } from '../../lib/router.tsx';
import ReviewQueuePage from './review-queue-page.tsx';

vi.mock('../../app/session-context.tsx', () => ({
  useUser: () => buildSessionInfo({ role: 'supervisor-reviewer', organisationId: 'education', organisationName: '教体局' }).user,
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const waiting = [
  buildDocumentSummary({ id: 'late', organisationId: 'org-school', organisationName: '示范县第一中学', project: '食堂改造', state: 'submitted', submittedAt: '2026-03-05T02:00:00.000Z' }),
  buildDocumentSummary({ id: 'early', organisationId: 'org-primary', organisationName: '示范县实验小学', kind: 'self-evaluation', state: 'submitted', submittedAt: '2026-02-20T02:00:00.000Z' }),
];

function stubServer() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const isQueue = url.includes('state=submitted');
      const items = isQueue ? waiting : [];
      return new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: 100 }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
}

function renderPage() {
  window.history.replaceState(null, '', '/reviews');
  render(
    <App>
      <RouterProvider>
        <ReviewQueuePage />
      </RouterProvider>
    </App>,
  );
}

const rowLinks = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('审核队列', () => {
  it('lists the oldest submission first with its 提交时间, under one h1', async () => {
    stubServer();
    renderPage();
    expect(await screen.findByText('待审核（2）')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['审核队列']);
    expect(rowLinks()).toEqual(['2026年 示范县实验小学 绩效自评表', '2026年 示范县第一中学 绩效目标表（食堂改造）']);
    // jsdom is a phone here (match-media.test-support.ts): each document a block, 提交时间 one of its lines.
    expect(screen.getAllByText('提交时间：')).toHaveLength(2);
    expect(screen.getByText(/^2026年2月20日/)).toBeTruthy();
  });

  it('narrows the queue by the search box (project name)', async () => {
    stubServer();
    renderPage();
    await screen.findByText('待审核（2）');
    const search = screen.getByLabelText('搜索文档');
    fireEvent.change(search, { target: { value: '食堂' } });
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    await waitFor(() => expect(screen.getByText('待审核（1）')).toBeTruthy());
    expect(rowLinks()).toEqual(['2026年 示范县第一中学 绩效目标表（食堂改造）']);
  });

  it('offers each unit of the queue in the unit filter', async () => {
    stubServer();
    renderPage();
    await screen.findByText('待审核（2）');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '单位筛选' }));
    expect(await screen.findByTitle('示范县实验小学')).toBeTruthy();
    expect(screen.getByTitle('示范县第一中学')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByTitle('示范县实验小学')));
    await waitFor(() => expect(screen.getByText('待审核（1）')).toBeTruthy());
    expect(rowLinks()).toEqual(['2026年 示范县实验小学 绩效自评表']);
  });
});
