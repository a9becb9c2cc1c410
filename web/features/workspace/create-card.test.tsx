// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { buildDocumentView } from '../../../test-support/api-fixtures.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterProvider } from '../../lib/router.tsx';
import { CreateCard } from './create-card.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stubServer(answer: { status: number; body: unknown }) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
    new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderCard() {
  window.history.replaceState(null, '', '/documents');
  render(
    <App>
      <RouterProvider>
        <CreateCard defaultYear={2026} />
      </RouterProvider>
    </App>,
  );
}

describe('CreateCard', () => {
  it.each([
    ['新建空白目标表', '/api/documents/target-tables', { year: 2027, from: 'blank' }],
    ['复制上年已批复目标表', '/api/documents/target-tables', { year: 2027, from: 'last-year' }],
    ['由已批复目标表生成自评表', '/api/documents/self-evaluations', { year: 2027 }],
    ['由自评表生成评价报告', '/api/documents/evaluation-reports', { year: 2027 }],
  ])('「%s」 posts to %s for the chosen year and opens the new document', async (label, url, body) => {
    const fetchMock = stubServer({ status: 201, body: buildDocumentView({ id: 'new-1' }) });
    renderCard();
    fireEvent.change(screen.getByLabelText('新建年度'), { target: { value: '2027' } });
    await act(async () => screen.getByRole('button', { name: label }).click());
    await waitFor(() => expect(window.location.pathname).toBe('/documents/new-1'));
    const [calledUrl, init] = fetchMock.mock.calls[0]!;
    expect(calledUrl).toBe(url);
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual(body);
  });

  it("shows the server's reason and stays on the page when there is nothing to copy", async () => {
    stubServer({ status: 404, body: { code: 'no-approved-targets-last-year', message: '2025 年度没有已批复的绩效目标表，无法按上年复制。' } });
    renderCard();
    await act(async () => screen.getByRole('button', { name: '复制上年已批复目标表' }).click());
    expect(await screen.findByText(/2025 年度没有已批复的绩效目标表/)).toBeTruthy();
    expect(window.location.pathname).toBe('/documents');
  });

  it('creates a project table from its name, total and sources, refusing sources that do not add up', async () => {
    const fetchMock = stubServer({ status: 201, body: buildDocumentView({ id: 'project-1', project: '校园安全改造' }) });
    renderCard();
    await act(async () => screen.getByRole('button', { name: '新建项目支出目标表' }).click());
    fireEvent.change(await screen.findByLabelText('项目名称'), { target: { value: ' 校园安全改造 ' } });
    fireEvent.change(screen.getByLabelText('资金总额'), { target: { value: '120.5' } });
    fireEvent.change(screen.getByLabelText('本年财政拨款'), { target: { value: '100.3' } });
    fireEvent.change(screen.getByLabelText('上年结转资金'), { target: { value: '20.1' } });
    expect(await screen.findByText('资金来源合计为120.4万元，与资金总额120.5万元不一致（相差0.1万元）')).toBeTruthy();
    const create = screen.getByRole('button', { name: '创建并填写指标' });
    expect(create.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('上年结转资金'), { target: { value: '20.2' } });
    await waitFor(() => expect(create.hasAttribute('disabled')).toBe(false));
    await act(async () => create.click());
    await waitFor(() => expect(window.location.pathname).toBe('/documents/project-1'));
    const [calledUrl, init] = fetchMock.mock.calls[0]!;
    expect(calledUrl).toBe('/api/documents/project-target-tables');
    expect(JSON.parse(String(init?.body))).toEqual({
      year: 2026,
      project: '校园安全改造',
      total: '120.5',
      funding: { currentYear: '100.3', carriedOver: '20.2', other: null },
    });
  });
});
