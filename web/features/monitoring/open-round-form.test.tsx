// @vitest-environment jsdom
/** 开启监控轮次 asks first (the units see their tables at once, a round cannot be taken back); 取消 sends nothing. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpeningPreview } from '../../../contract/monitoring-rounds.ts';
import type { RoundSummary } from './monitoring-api.ts';
import { describeOpenedWindows, describeOpening, OpenRoundForm } from './open-round-form.tsx';

const openRound = vi.fn();
const previewOpening = vi.fn();
vi.mock('./monitoring-api.ts', () => ({
  listOrganisations: () => Promise.resolve({ items: [] }),
  openRound: (request: unknown) => openRound(request),
  previewOpening: (year: number) => previewOpening(year),
}));

/** The preview the server gives: 2025 has approved targets for 5 of 8 units, 2024 for 2, the asked year maybe none. */
function previewOf(year: number, overrides: Partial<OpeningPreview> = {}): OpeningPreview {
  const years = [
    { year: 2025, tables: 7 },
    { year: 2024, tables: 2 },
  ];
  const tables = years.find((row) => row.year === year)?.tables ?? 0;
  return { year, isYearOpen: true, tables, units: tables === 0 ? 0 : 5, unitsWithout: tables === 0 ? 8 : 3, years, ...overrides };
}

afterEach(cleanup);
beforeEach(() => {
  openRound.mockReset();
  openRound.mockResolvedValue({ created: 3, withoutTargets: [], round: { id: 'r1' } });
  previewOpening.mockReset();
  previewOpening.mockImplementation((year: number) => Promise.resolve(previewOf(year)));
});

function renderForm(rounds: RoundSummary[] = []) {
  const onOpened = vi.fn();
  render(
    <App>
      <OpenRoundForm onOpened={onOpened} rounds={rounds} />
    </App>,
  );
  return onOpened;
}

async function fillAndSubmit() {
  const onOpened = renderForm();
  fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
  await screen.findByText(/将生成 7 张监控表/);
  const deadline = screen.getByLabelText('填报截止日期');
  fireEvent.mouseDown(deadline);
  fireEvent.change(deadline, { target: { value: '2025-07-20' } });
  fireEvent.keyDown(deadline, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.click(screen.getByRole('button', { name: '开启监控并生成监控表' }));
  return { onOpened, dialog: await screen.findByRole('dialog') };
}

describe('OpenRoundForm', () => {
  it('names the window, the units and the deadline, and opens only when confirmed', async () => {
    const { onOpened, dialog } = await fillAndSubmit();
    expect(dialog.textContent).toContain('将为已批复2025年度绩效目标的 5 个单位生成 7 张2025年1-6月监控表（另有 3 个单位没有已批复的绩效目标，不生成），填报截止 2025-07-20');
    expect(dialog.textContent).toContain('轮次不能撤销');
    expect(openRound).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '确认开启' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith({ id: 'r1' }));
    expect(openRound).toHaveBeenCalledWith({ year: 2025, title: undefined, period: { throughMonth: 6 }, deadline: '2025-07-20', targets: undefined });
  });

  it('sends nothing when cancelled', async () => {
    const { onOpened } = await fillAndSubmit();
    fireEvent.click(screen.getByRole('button', { name: /取\s*消/ }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openRound).not.toHaveBeenCalled();
    expect(onOpened).not.toHaveBeenCalled();
  });
});

describe('OpenRoundForm before opening', () => {
  it('says under the year how many tables opening generates, and for how many units', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
    expect(await screen.findByText('全部单位：已批复2025年度绩效目标的单位 5 个，将生成 7 张监控表；3 个单位没有已批复的绩效目标，不生成。')).toBeTruthy();
    expect(previewOpening).toHaveBeenLastCalledWith(2025);
  });

  it('says a year without approved targets cannot generate tables, offers the years that can, and does not let it be opened', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2026' } });
    expect(await screen.findByText(/2026年度还没有已批复的绩效目标表/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '开启监控并生成监控表' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '2024年（2 张）' }));
    await waitFor(() => expect(previewOpening).toHaveBeenLastCalledWith(2024));
    expect((screen.getByLabelText('年度') as HTMLInputElement).value).toBe('2024');
    await waitFor(() => expect((screen.getByRole('button', { name: '开启监控并生成监控表' }) as HTMLButtonElement).disabled).toBe(false));
  });

  it('says a closed year cannot be monitored', async () => {
    previewOpening.mockImplementation((year: number) => Promise.resolve(previewOf(year, { isYearOpen: false })));
    renderForm();
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
    expect(await screen.findByText(/2025年度已关闭，不能开启监控/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '开启监控并生成监控表' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

const roundOf = (year: number, period: RoundSummary['period'], periodName: string): RoundSummary => ({
  id: `${year}-${periodName}`,
  year,
  title: `${year}年${periodName}绩效运行监控`,
  period,
  periodName,
  deadline: `${year}-08-31`,
  isSelective: false,
  createdAt: `${year}-08-01T02:00:00.000Z`,
  tables: 4,
  submitted: 4,
});

describe('OpenRoundForm in a year with a round already', () => {
  it('starts the month after the year\'s latest window and says which windows are open', async () => {
    renderForm([roundOf(2025, { throughMonth: 7 }, '1-7月'), roundOf(2024, { throughMonth: 10 }, '1-10月')]);
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
    expect(await screen.findByText('2025年度已开启：1-7月。新的一期须晚于已开启的一期。')).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('截至月份') as HTMLInputElement).value).toBe('8'));
  });

  it('keeps a month the user typed', async () => {
    renderForm([roundOf(2025, { throughMonth: 7 }, '1-7月')]);
    fireEvent.change(screen.getByLabelText('截至月份'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
    await screen.findByText(/2025年度已开启/);
    expect((screen.getByLabelText('截至月份') as HTMLInputElement).value).toBe('3');
  });
});

describe('describeOpenedWindows', () => {
  it.each([
    { rounds: [], year: 2025, expected: { latestMonth: null, note: null } },
    {
      rounds: [roundOf(2025, { throughMonth: 6 }, '1-6月'), roundOf(2025, { cutOffDate: '2025-09-30' }, '截至2025年9月30日')],
      year: 2025,
      expected: { latestMonth: 9, note: '2025年度已开启：1-6月、截至2025年9月30日。新的一期须晚于已开启的一期。' },
    },
    { rounds: [roundOf(2025, { throughMonth: 12 }, '1-12月')], year: 2024, expected: { latestMonth: null, note: null } },
    // A cut-off within a month completes the month before: 1-9月 still ends after it.
    {
      rounds: [roundOf(2025, { cutOffDate: '2025-09-15' }, '截至2025年9月15日')],
      year: 2025,
      expected: { latestMonth: 8, note: '2025年度已开启：截至2025年9月15日。新的一期须晚于已开启的一期。' },
    },
  ])('$year of $rounds.length rounds', ({ rounds, year, expected }) => {
    expect(describeOpenedWindows(rounds, year)).toEqual(expected);
  });
});

describe('describeOpening', () => {
  it.each([
    [{ windowKind: 'month', throughMonth: 9, scope: 'all' } as const, '将为全部单位中已批复2026年度绩效目标的单位生成2026年1-9月监控表，填报截止 2026-10-15。'],
    [{ windowKind: 'date', cutOffDate: dayjs('2026-08-31'), scope: 'chosen', organisationIds: ['a', 'b'] } as const, '将为所选 2 个重点监控单位中已批复2026年度绩效目标的单位生成2026年截至2026-08-31监控表，填报截止 2026-10-15。'],
  ])('%o', (values, expected) => {
    expect(describeOpening({ year: 2026, deadline: dayjs('2026-10-15'), ...values })).toBe(`${expected}开启后各单位即可看到并填报，轮次不能撤销。`);
  });

  it.each([
    ['the same year, every unit: the counts', 2025, 'all', '将为已批复2025年度绩效目标的 5 个单位生成 7 张2025年1-6月监控表（另有 3 个单位没有已批复的绩效目标，不生成），填报截止'],
    ['a preview of another year: no counts', 2026, 'all', '将为全部单位中已批复2026年度绩效目标的单位生成2026年1-6月监控表，填报截止'],
    ['chosen units: no counts of every unit', 2025, 'chosen', '将为所选 1 个重点监控单位中已批复2025年度绩效目标的单位生成2025年1-6月监控表，填报截止'],
  ] as const)('with a preview: %s', (_, year, scope, expected) => {
    const text = describeOpening({ year, windowKind: 'month', throughMonth: 6, scope, organisationIds: ['a'], deadline: dayjs('2026-10-15') }, previewOf(2025));
    expect(text.startsWith(expected)).toBe(true);
  });
});
