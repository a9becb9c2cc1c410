// @vitest-environment jsdom
/**
 * The year view pages on the server (issue 14 at 10,000 units): the filter counts and 催报 of all
 * come from the answer's counts over the whole scope, the table asks for the page, filter, status
 * and search the user picks (starting again at page 1), and an empty answer says why it is empty.
 * On a phone each unit is a block (RowCards) with the same facts, paged the same way.
 */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YearDocumentStatus, YearStatus, YearUnitStatus } from '../../../contract/year-status.ts';
import { buildSessionInfo } from '../../../test-support/api-fixtures.ts';
import { RouterProvider } from '../../lib/router.tsx';
import YearStatusPage from './year-status-page.tsx';

vi.mock('../../app/session-context.tsx', () => ({
  useUser: () => buildSessionInfo({ role: 'finance-reviewer', organisationId: 'province', organisationName: '省财政厅' }).user,
}));

const missing: YearDocumentStatus = { status: 'missing', state: null, stateName: '未填报', documentId: null, dueDate: '2025-11-30', daysOverdue: 3 };

function unit(index: number): YearUnitStatus {
  return {
    organisationId: `unit-${index}`,
    organisationName: `第${index}单位`,
    supervisor: `第${index % 3}主管部门`,
    documents: { 'target-table': missing, 'self-evaluation': { ...missing, dueDate: null, daysOverdue: 0 }, 'evaluation-report': { ...missing, dueDate: null, daysOverdue: 0 } },
    monitoring: null,
    isOutstanding: true,
    isReturned: false,
    isOverdue: true,
    lastRemindedAt: null,
    canRemind: true,
  };
}

const asked: URL[] = [];
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

function stubServer() {
  asked.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      if (url.pathname === '/api/fiscal-years') return json({ items: [{ year: 2026, isOpen: true, deadlines: { 'target-table': '2025-11-30', monitoring: null, 'self-evaluation': null } }] });
      if (url.pathname === '/api/organisations') return json({ items: [] });
      asked.push(url);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
      const matching = url.searchParams.get('search') === '没有这个单位' ? 0 : url.searchParams.has('status') ? 30 : 120;
      const first = (page - 1) * pageSize;
      const view: YearStatus = {
        year: 2026,
        scope: { organisationId: 'province', organisationName: '省财政厅' },
        round: null,
        dueDates: { 'target-table': '2025-11-30', 'self-evaluation': null, 'evaluation-report': null },
        hasSeveralSupervisors: true,
        counts: { all: 120, outstanding: 90, returned: 7, overdue: 80, remindable: 85 },
        page: { page, pageSize, total: matching },
        units: Array.from({ length: Math.max(0, Math.min(pageSize, matching - first)) }, (_, index) => unit(first + index + 1)),
      };
      return json(view);
    }),
  );
}

function renderPage() {
  window.history.replaceState(null, '', '/year-status');
  render(
    <App>
      <RouterProvider>
        <YearStatusPage />
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
describe('年度报送情况 on a desktop', { timeout: 120_000 }, () => {
  let restoreScreen: () => void;
  beforeEach(() => {
    restoreScreen = simulateWideScreen();
  });
  afterEach(() => restoreScreen());

  it('shows the counts of the whole scope and asks the server for the next page', async () => {
    stubServer();
    renderPage();
    expect(await screen.findByText('第1单位')).toBeTruthy();
    expect(screen.getByText('未提交 90')).toBeTruthy();
    expect(screen.getByText('已逾期 80')).toBeTruthy();
    expect(screen.getByRole('button', { name: '催报全部未提交单位（85）' })).toBeTruthy();
    expect(screen.getByText('共 120 个单位')).toBeTruthy();
    expect(screen.getAllByText('绩效目标表（截止 2025-11-30）').length).toBeGreaterThan(0);
    expect(screen.getAllByText('主管部门').length).toBeGreaterThan(0);
    expect(lastAsked()).toEqual({ year: '2026', filter: 'all', page: '1', pageSize: '50' });
    fireEvent.click(screen.getByTitle('2'));
    expect(await screen.findByText('第51单位')).toBeTruthy();
    expect(lastAsked()).toEqual({ year: '2026', filter: 'all', page: '2', pageSize: '50' });
  });

  it('sends the chosen filter, a kind’s status and a search, starting again at the first page, and says when nothing matches', async () => {
    stubServer();
    renderPage();
    await screen.findByText('第1单位');
    fireEvent.click(screen.getByTitle('2'));
    await screen.findByText('第51单位');
    fireEvent.click(screen.getByText('已逾期 80'));
    await waitFor(() => expect(lastAsked()).toEqual({ year: '2026', filter: 'overdue', page: '1', pageSize: '50' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '按文档状态筛选' }));
    fireEvent.click(await screen.findByText('绩效自评表：已退回'));
    await waitFor(() => expect(lastAsked()).toEqual({ year: '2026', filter: 'overdue', kind: 'self-evaluation', status: 'returned', page: '1', pageSize: '50' }));
    expect(await screen.findByText('共 30 个单位')).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: '查找单位' });
    fireEvent.change(search, { target: { value: '没有这个单位' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(await screen.findByText('没有符合条件的单位')).toBeTruthy();
    expect(lastAsked()).toMatchObject({ filter: 'overdue', status: 'returned', search: '没有这个单位', page: '1' });
  });
});

describe('年度报送情况 on a phone', { timeout: 120_000 }, () => {
  it('shows each unit as a block with its documents, overdue days and 催报, no table, and pages on the server', async () => {
    stubServer();
    renderPage();
    // The list itself, not a unit's name: on a loaded machine the name was found a moment before the blocks were.
    const list = await screen.findByRole('list', { name: '各单位报送情况' }, { timeout: 30_000 });
    const units = within(list).getAllByRole('listitem');
    expect(units).toHaveLength(50);
    expect(screen.queryByRole('table')).toBeNull();
    const first = units[0]!;
    expect(within(first).getByRole('link', { name: '查看第1单位的全部文档' })).toBeTruthy();
    expect(within(first).getByRole('button', { name: '催报第1单位' })).toBeTruthy();
    expect(first.textContent).toContain('主管部门：第1主管部门');
    expect(first.textContent).toContain('绩效目标表（截止 2025-11-30）：未填报逾期 3 天');
    expect(first.className).toBe('year-status-row-overdue');
    expect(screen.getByText('共 120 个单位')).toBeTruthy();
    fireEvent.click(screen.getByTitle(/^(下一页|Next Page)$/));
    expect(await screen.findByText('第51单位')).toBeTruthy();
    expect(lastAsked()).toEqual({ year: '2026', filter: 'all', page: '2', pageSize: '50' });
  });
});
