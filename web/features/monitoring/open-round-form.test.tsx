// @vitest-environment jsdom
/** 开启监控轮次 asks first (the units see their tables at once, a round cannot be taken back); 取消 sends nothing. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeOpening, OpenRoundForm } from './open-round-form.tsx';

const openRound = vi.fn();
vi.mock('./monitoring-api.ts', () => ({
  listOrganisations: () => Promise.resolve({ items: [] }),
  openRound: (request: unknown) => openRound(request),
}));

afterEach(cleanup);
beforeEach(() => {
  openRound.mockReset();
  openRound.mockResolvedValue({ created: 3, withoutTargets: [], round: { id: 'r1' } });
});

async function fillAndSubmit() {
  const onOpened = vi.fn();
  render(
    <App>
      <OpenRoundForm onOpened={onOpened} />
    </App>,
  );
  fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
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
    expect(dialog.textContent).toContain('将为全部单位中已批复2025年度绩效目标的单位生成2025年1-6月监控表，填报截止 2025-07-20');
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

describe('describeOpening', () => {
  it.each([
    [{ windowKind: 'month', throughMonth: 9, scope: 'all' } as const, '将为全部单位中已批复2026年度绩效目标的单位生成2026年1-9月监控表，填报截止 2026-10-15。'],
    [{ windowKind: 'date', cutOffDate: dayjs('2026-08-31'), scope: 'chosen', organisationIds: ['a', 'b'] } as const, '将为所选 2 个重点监控单位中已批复2026年度绩效目标的单位生成2026年截至2026-08-31监控表，填报截止 2026-10-15。'],
  ])('%o', (values, expected) => {
    expect(describeOpening({ year: 2026, deadline: dayjs('2026-10-15'), ...values })).toBe(`${expected}开启后各单位即可看到并填报，轮次不能撤销。`);
  });
});
