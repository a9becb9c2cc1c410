// @vitest-environment jsdom
/**
 * The round page pages on the server (issue 11 at 10,000 units): the counts come from the answer,
 * the table asks for the page and filters the user picks, a drill-down in the overview by level
 * narrows the table to that organisation, and an empty answer says why it is empty.
 */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoundDetail, RoundEntry } from '../../../contract/monitoring-rounds.ts';
import { buildSessionInfo } from '../../../test-support/api-fixtures.ts';
import { RouterProvider } from '../../lib/router.tsx';
import RoundPage from './round-page.tsx';

let role: 'finance-reviewer' | 'unit-filler' = 'finance-reviewer';
vi.mock('../../app/session-context.tsx', () => ({
  useUser: () => buildSessionInfo({ role, organisationId: 'province', organisationName: '省财政厅' }).user,
}));
// The chart panel and the ledger have their own tests; here the panel only reports a drill-down.
vi.mock('./round-rollup.tsx', () => ({
  default: (props: { onUnderChange?: (organisation: { id: string; name: string }) => void }) => (
    <button type="button" onClick={() => props.onUnderChange?.({ id: 'city-2', name: '第二市' })}>
      下钻到第二市
    </button>
  ),
}));
vi.mock('./ledger-card.tsx', () => ({ LedgerCard: () => null }));

let total = 120;

function entry(index: number): RoundEntry {
  return {
    organisationId: `unit-${index}`,
    organisationName: `第${index}单位`,
    project: null,
    documentId: `d-${index}`,
    state: 'draft',
    stateName: '草稿',
    budgetLight: null,
    targetLight: null,
    executionRate: null,
    timeProgress: null,
    daysOverdue: 3,
    isLate: true,
    lastRemindedAt: null,
    conclusion: null,
    conclusionName: null,
    conclusionNote: null,
  };
}

const asked: URL[] = [];

function stubServer(entries = 120) {
  asked.length = 0;
  role = 'finance-reviewer';
  total = entries;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://localhost');
      if (init?.method === 'POST') return new Response(JSON.stringify({ id: 1 }), { status: 201, headers: { 'content-type': 'application/json' } });
      if (url.pathname !== '/api/monitoring-rounds/r1') return new Response(JSON.stringify({ items: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
      asked.push(url);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
      const matching = url.searchParams.get('search') === '没有这个单位' ? 0 : url.searchParams.has('state') ? 30 : total;
      const first = (page - 1) * pageSize;
      const detail: RoundDetail = {
        id: 'r1',
        year: 2026,
        title: '2026年1-6月绩效运行监控',
        period: { throughMonth: 6 },
        periodName: '1-6月',
        deadline: '2026-07-31',
        isSelective: false,
        createdAt: '2026-07-01T00:00:00.000Z',
        tables: total,
        submitted: 40,
        counts: { entries: total, tables: total, withoutTable: 0, submitted: 40, unsubmitted: 80, late: 80, lateUnits: 80, concluded: 5 },
        page: { page, pageSize, total: matching },
        entries: Array.from({ length: Math.max(0, Math.min(pageSize, matching - first)) }, (_, index) => entry(first + index + 1)),
      };
      return new Response(JSON.stringify(detail), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
}

function renderPage() {
  window.history.replaceState(null, '', '/monitoring/r1');
  render(
    <App>
      <RouterProvider>
        <RoundPage params={{ id: 'r1' }} />
      </RouterProvider>
    </App>,
  );
}

const lastAsked = () => Object.fromEntries(asked.at(-1)!.searchParams);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// antd's Table of 50 rows in jsdom takes seconds per render on a busy 2-core machine.
describe('监控轮次页', { timeout: 120_000 }, () => {
  it('shows the counts of the whole round and asks the server for the next page', async () => {
    stubServer();
    renderPage();
    expect(await screen.findByText('第1单位')).toBeTruthy();
    expect(screen.getByTestId('round-counts').textContent).toContain('已提交 40 / 120');
    expect(screen.getByTestId('round-counts').textContent).toContain('逾期未提交 80 张（80 个单位）');
    expect(screen.getByText('共 120 条')).toBeTruthy();
    expect(lastAsked()).toEqual({ page: '1', pageSize: '50' });
    fireEvent.click(screen.getByTitle('2'));
    expect(await screen.findByText('第51单位')).toBeTruthy();
    expect(lastAsked()).toEqual({ page: '2', pageSize: '50' });
  });

  it('sends the chosen state and a search, starting again at the first page, and says when nothing matches', async () => {
    stubServer();
    renderPage();
    await screen.findByText('第1单位');
    fireEvent.click(screen.getByTitle('2'));
    await screen.findByText('第51单位');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '按状态筛选' }));
    fireEvent.click(await screen.findByText('未提交（草稿、已退回）'));
    await waitFor(() => expect(lastAsked()).toEqual({ state: 'unsubmitted', page: '1', pageSize: '50' }));
    expect(await screen.findByText('共 30 条')).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: '搜索单位或项目' });
    fireEvent.change(search, { target: { value: '没有这个单位' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(await screen.findByText('没有符合筛选条件的监控表')).toBeTruthy();
    expect(lastAsked()).toMatchObject({ state: 'unsubmitted', search: '没有这个单位', page: '1' });
  });

  it('goes back to the last page left when the page it showed has emptied', async () => {
    stubServer();
    renderPage();
    await screen.findByText('第1单位');
    fireEvent.click(screen.getByTitle('3'));
    expect(await screen.findByText('第101单位')).toBeTruthy();
    // Meanwhile the matching entries fell to 60 (two pages): the reload after 催报 finds page 3 empty.
    total = 60;
    fireEvent.click(screen.getByRole('button', { name: '催报第101单位' }));
    fireEvent.click(await screen.findByRole('button', { name: /^催\s?报$/ }));
    await waitFor(() => expect(lastAsked()).toEqual({ page: '2', pageSize: '50' }), { timeout: 10_000 });
    expect(await screen.findByText('第51单位', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('narrows the table to the organisation drilled into, until the tag is closed', async () => {
    stubServer();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: '下钻到第二市' }));
    await waitFor(() => expect(lastAsked()).toMatchObject({ under: 'city-2', page: '1' }));
    expect(screen.getByTestId('round-entry-under').textContent).toContain('只看：第二市及下级');
    fireEvent.click(screen.getByTestId('round-entry-under').querySelector('.ant-tag-close-icon')!);
    await waitFor(() => expect(lastAsked()).toEqual({ page: '1', pageSize: '50' }));
  });

  it("shows a unit its own tables without the filter row, and the filters once it has many", async () => {
    stubServer(3);
    role = 'unit-filler';
    renderPage();
    expect(await screen.findByText('第3单位')).toBeTruthy();
    expect(screen.getByText('本单位监控表')).toBeTruthy();
    expect(screen.queryByPlaceholderText('单位或项目名称')).toBeNull();
    cleanup();
    stubServer(12);
    role = 'unit-filler';
    renderPage();
    expect(await screen.findByText('第12单位')).toBeTruthy();
    expect(screen.getByPlaceholderText('单位或项目名称')).toBeTruthy();
  });
});
