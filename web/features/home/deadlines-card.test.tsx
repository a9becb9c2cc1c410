// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { buildDocumentSummary } from '../../../test-support/api-fixtures.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlinesCard } from './deadlines-card.tsx';

const deadlinesOf = (year: number) => ({ 'target-table': `${year - 1}-11-30`, monitoring: null, 'self-evaluation': `${year + 1}-04-30` });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stubFiscalYears(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('DeadlinesCard', () => {
  it('shows the open years\' deadlines in Chinese dates with the days left', async () => {
    const fetchMock = stubFiscalYears(200, { items: [{ year: 2027, isOpen: true, deadlines: deadlinesOf(2027) }, { year: 2025, isOpen: false, deadlines: deadlinesOf(2025) }] });
    render(<DeadlinesCard today="2026-11-27" />);
    expect(await screen.findByText('还剩 3 天')).toBeTruthy();
    expect(screen.getByText(/截止日期 2026年11月30日/)).toBeTruthy();
    expect(screen.getByText('2027年 绩效目标表')).toBeTruthy();
    expect(screen.getByText('还剩 520 天')).toBeTruthy();
    expect(screen.queryByText(/2025年/)).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith('/api/fiscal-years', expect.objectContaining({ method: 'GET' }));
  });

  it('says when an open year\'s deadline has passed', async () => {
    stubFiscalYears(200, { items: [{ year: 2027, isOpen: true, deadlines: deadlinesOf(2027) }] });
    render(<DeadlinesCard today="2026-12-05" />);
    expect(await screen.findByText('已逾期 5 天')).toBeTruthy();
  });

  it('shows the date finance set, not a calendar rule', async () => {
    stubFiscalYears(200, { items: [{ year: 2027, isOpen: true, deadlines: { 'target-table': '2026-12-18', monitoring: '2027-07-31', 'self-evaluation': null } }] });
    render(<DeadlinesCard today="2026-12-01" />);
    expect(await screen.findByText(/截止日期 2026年12月18日/)).toBeTruthy();
    expect(screen.getByText('2027年 绩效监控表')).toBeTruthy();
    expect(screen.queryByText('2027年 绩效自评表')).toBeNull();
  });

  it('says so when there is nothing due', async () => {
    stubFiscalYears(200, { items: [] });
    render(<DeadlinesCard today="2026-11-27" />);
    expect(await screen.findByText('近期没有截止日期')).toBeTruthy();
  });

  /** A unit's API: open years, its documents, and itself set up at `createdAt`. */
  function stubUnit(input: { years: unknown[]; documents: unknown[]; createdAt: string; rounds?: unknown[] }) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const body = url.startsWith('/api/fiscal-years')
          ? { items: input.years }
          : url.startsWith('/api/organisations')
            ? { items: [{ id: 'unit-1', parentId: 'supervisor-1', kind: 'unit', name: '示范县新设局', path: ['supervisor-1', 'unit-1'], createdAt: input.createdAt }] }
            : url.startsWith('/api/monitoring-rounds')
              ? { items: input.rounds ?? [] }
              : { items: input.documents, total: input.documents.length, page: 1, pageSize: 100 };
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      }),
    );
  }

  it('keeps a unit’s long-passed deadline in red until the document is in', async () => {
    stubUnit({
      years: [{ year: 2027, isOpen: true, deadlines: deadlinesOf(2027) }],
      documents: [buildDocumentSummary({ year: 2027, kind: 'self-evaluation', state: 'submitted' }), buildDocumentSummary({ year: 2027, kind: 'target-table', state: 'draft' })],
      createdAt: '2026-12-10T02:00:00.000Z',
    });
    render(<DeadlinesCard today="2027-06-01" isUnit organisationId="unit-1" />);
    expect(await screen.findByText('已逾期 183 天')).toBeTruthy();
    expect((screen.getByText('2027年 绩效目标表') as HTMLElement).style.color).toBe('rgb(207, 19, 34)');
    expect(screen.getByText('已提交')).toBeTruthy();
  });

  it('does not hold a new unit to deadlines that passed before it was set up', async () => {
    stubUnit({
      years: [2026, 2027].map((year) => ({ year, isOpen: true, deadlines: { ...deadlinesOf(year), monitoring: `${year}-07-31` } })),
      documents: [],
      createdAt: '2026-12-03T01:00:00.000Z',
    });
    render(<DeadlinesCard today="2026-12-05" isUnit organisationId="unit-1" />);
    // 2026's self-evaluation (due 2027-04-30) and 2027's are the unit's; 2026's targets (2025-11-30),
    // 2026's monitoring (2026-07-31) and 2027's targets (2026-11-30) fell before it existed.
    expect(await screen.findByText('2026年 绩效自评表')).toBeTruthy();
    expect(screen.getByText('2027年 绩效监控表')).toBeTruthy();
    expect(screen.queryByText(/已逾期/)).toBeNull();
    expect(screen.queryByText('2026年 绩效目标表')).toBeNull();
    expect(screen.queryByText('2027年 绩效目标表')).toBeNull();
  });

  it('holds a unit to the monitoring rounds it has tables in, not to a year with no round', async () => {
    const round = { id: 'round-1', year: 2026, title: '2026年1-6月绩效监控', period: { throughMonth: 6 }, periodName: '1-6月', deadline: '2026-07-15', isSelective: false, createdAt: '2026-07-01T00:00:00.000Z', tables: 1, submitted: 0 };
    const years = [2025, 2026].map((year) => ({ year, isOpen: true, deadlines: { ...deadlinesOf(year), 'self-evaluation': null, monitoring: `${year}-08-31` } }));
    stubUnit({ years, documents: [buildDocumentSummary({ year: 2025, kind: 'target-table', state: 'approved' })], createdAt: '2024-01-10T02:00:00.000Z', rounds: [round] });
    render(<DeadlinesCard today="2026-12-01" isUnit organisationId="unit-1" />);
    expect(await screen.findByText('2026年 绩效监控表（1-6月）')).toBeTruthy();
    expect(screen.getByText('已逾期 139 天')).toBeTruthy();
    // 2025 had no round: its passed monitoring date is nothing the unit can still file.
    expect(screen.queryByText('2025年 绩效监控表')).toBeNull();
    expect(screen.queryByText('2026年 绩效监控表')).toBeNull();
  });
});
