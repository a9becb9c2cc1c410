// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocumentSummary, buildSessionInfo } from '../../../test-support/api-fixtures.ts';
import { RouterProvider } from '../../lib/router.tsx';
import WorkspacePage from './workspace-page.tsx';

vi.mock('../../app/session-context.tsx', () => ({
  useUser: () => buildSessionInfo({ role: 'finance-reviewer', organisationId: 'bureau', organisationName: '财政局' }).user,
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stubServer() {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const items = [buildDocumentSummary({ id: 'd1', organisationId: 'org-school', organisationName: '示范县第一中学', project: '食堂改造' })];
      return new Response(JSON.stringify({ items, total: 1, page: 1, pageSize: 100 }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return urls;
}

describe('文档查询', () => {
  it("opens filtered to the unit and year of the overview's link, and can drop the unit", async () => {
    const urls = stubServer();
    window.history.replaceState(null, '', '/documents?organisationId=org-school&year=2026');
    render(
      <App>
        <RouterProvider>
          <WorkspacePage />
        </RouterProvider>
      </App>,
    );
    expect(await screen.findByText('单位：示范县第一中学')).toBeTruthy();
    expect(urls[0]).toContain('organisationId=org-school');
    expect(urls[0]).toContain('year=2026');
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['文档查询']);

    const search = screen.getByLabelText('搜索文档');
    fireEvent.change(search, { target: { value: '食堂' } });
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    await waitFor(() => expect(urls.at(-1)).toContain(`search=${encodeURIComponent('食堂')}`));
    expect(urls.at(-1)).toContain('organisationId=org-school');

    await act(async () => fireEvent.click(screen.getByLabelText('取消单位筛选')));
    await waitFor(() => expect(urls.at(-1)).not.toContain('organisationId'));
  });
});
