// @vitest-environment jsdom
/** The overview by level in the round page: one level at a time, down by a name, back up by the trail. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RollupRow, RoundRollup } from '../../../contract/monitoring-rollup.ts';
import RoundRollupPanel from './round-rollup.tsx';

// The canvas chart has nothing to draw on in jsdom; its data is tested in rollup-chart-data.test.ts.
vi.mock('echarts-for-react/esm/core', () => ({ default: () => null }));

const calls: Array<string | undefined> = [];
vi.mock('./monitoring-api.ts', () => ({
  getRoundRollup: (_id: string, under?: string) => {
    calls.push(under);
    return Promise.resolve(under === 'city' ? cityLevel : provinceLevel);
  },
}));

function row(id: string, name: string, input: Partial<RollupRow> = {}): RollupRow {
  return {
    organisationId: id,
    organisationName: name,
    isSelf: false,
    hasSubordinates: false,
    units: 1,
    tables: 1,
    withoutTable: 0,
    budget: { green: 1, yellow: 0, red: 0, blue: 0, none: 0 },
    target: { green: 0, yellow: 0, red: 1, blue: 0, none: 0 },
    redIndicators: 2,
    yellowIndicators: 0,
    executedToDate: '30',
    budgetBase: '100',
    executionRate: '30',
    lateUnits: 0,
    ...input,
  };
}

const provinceLevel: RoundRollup = {
  roundId: 'r1',
  timeProgress: '50',
  organisation: { id: 'province', name: '甲省财政厅' },
  trail: [{ id: 'province', name: '甲省财政厅' }],
  total: row('province', '甲省财政厅', { units: 3, tables: 3, lateUnits: 1 }),
  children: [row('city', '乙市财政局', { hasSubordinates: true, units: 2, tables: 2, lateUnits: 1 }), row('unit', '省直单位')],
};
const cityLevel: RoundRollup = {
  ...provinceLevel,
  organisation: { id: 'city', name: '乙市财政局' },
  trail: [{ id: 'province', name: '甲省财政厅' }, { id: 'city', name: '乙市财政局' }],
  total: row('city', '乙市财政局', { units: 2, tables: 2, lateUnits: 1 }),
  children: [row('county-unit', '丙县中学', { lateUnits: 1 }), row('other-unit', '丁县医院')],
};

afterEach(cleanup);

describe('RoundRollupPanel', () => {
  it('shows the children of the level, goes down by a name and back up by the trail', async () => {
    render(<RoundRollupPanel roundId="r1" />);
    expect(await screen.findByText('省直单位')).toBeTruthy();
    expect(screen.getByTestId('rollup-total').textContent).toContain('监控表 3 张');
    // A unit has nothing below it: no way down.
    expect(screen.queryByRole('button', { name: '查看省直单位的下级' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '查看乙市财政局的下级' }));
    expect(await screen.findByText('丙县中学')).toBeTruthy();
    expect(calls.at(-1)).toBe('city');
    expect(screen.getByTestId('rollup-total').textContent).toContain('逾期单位 1 个');

    fireEvent.click(screen.getByRole('button', { name: '甲省财政厅' }));
    expect(await screen.findByText('省直单位')).toBeTruthy();
    expect(calls.at(-1)).toBe('province');
  });

  it('switches the light kind the columns count', async () => {
    render(<RoundRollupPanel roundId="r1" />);
    await screen.findByText('省直单位');
    expect(screen.getAllByText('绩效目标红灯').length).toBeGreaterThan(0);
    expect(screen.queryAllByText('预算执行红灯')).toHaveLength(0);
    fireEvent.click(screen.getByText('预算执行灯'));
    expect(screen.getAllByText('预算执行红灯').length).toBeGreaterThan(0);
    expect(screen.queryAllByText('绩效目标红灯')).toHaveLength(0);
  });
});
