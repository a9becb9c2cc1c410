// @vitest-environment jsdom
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { RouterProvider } from '../../lib/router.tsx';
import type { OverviewUnit as UnitProgress } from './overview-api.ts';
import { UnitProgressTable } from './unit-progress-table.tsx';

afterEach(cleanup);

const inRouter = (element: ReactElement) => render(<RouterProvider>{element}</RouterProvider>);

const behind: UnitProgress = {
  unitId: 'unit-1',
  unit: '示范县第三小学',
  supervisor: '示范县教育局',
  documents: { 'target-table': null, 'self-evaluation': null, 'evaluation-report': null },
  pendingKinds: ['target-table', 'self-evaluation', 'evaluation-report'],
  executionRate: null,
  score: null,
  grade: null,
};
const done: UnitProgress = { ...behind, unitId: 'unit-2', unit: '示范县水利局', pendingKinds: [] };

describe('催报 on the overview’s unit table', () => {
  it('reminds a unit that is behind only after the confirmation, for the year shown', async () => {
    const onRemind = vi.fn(() => Promise.resolve());
    inRouter(<UnitProgressTable progress={[behind, done]} year={2025} onRemind={onRemind} />);
    expect(screen.getAllByRole('button', { name: /^催报/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '催报示范县第三小学' }));
    expect(onRemind).not.toHaveBeenCalled();
    expect(await screen.findByText(/提醒其提交2025年度尚未提交的/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^催\s?报$/ }));
    await waitFor(() => expect(onRemind).toHaveBeenCalledWith(behind, 2025));
  });

  it('offers no 催报 to who may not remind, or when no single year is shown', () => {
    const { unmount } = inRouter(<UnitProgressTable progress={[behind]} year={2025} />);
    expect(screen.queryByRole('button', { name: /^催报/ })).toBeNull();
    unmount();
    inRouter(<UnitProgressTable progress={[behind]} onRemind={() => Promise.resolve()} />);
    expect(screen.queryByRole('button', { name: /^催报/ })).toBeNull();
  });
});

describe('the overview’s unit table by screen width', () => {
  it('shows each unit as a block on a phone: its kinds, figures and 催报, marked when behind', () => {
    inRouter(<UnitProgressTable progress={[behind, { ...done, executionRate: '87.5', score: '91.00', grade: '优' }]} year={2025} onRemind={() => Promise.resolve()} />);
    const [first, second] = within(screen.getByRole('list', { name: '各单位报送情况' })).getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: '查看示范县第三小学的全部文档' })).toBeTruthy();
    expect(within(first!).getByRole('button', { name: '催报示范县第三小学' })).toBeTruthy();
    expect(first!.textContent).toContain('绩效目标表：未报送');
    expect(first!.className).toBe('overview-row-behind');
    expect([...second!.querySelectorAll('.row-cards-field')].map((field) => field.textContent).slice(-3)).toEqual(['执行率：87.50%', '自评得分：91.00', '等级：优']);
    expect(second!.textContent).toContain('已全部报送');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the table on a wide screen', () => {
    const restore = simulateWideScreen();
    try {
      inRouter(<UnitProgressTable progress={[behind]} year={2025} />);
      expect(screen.getByRole('columnheader', { name: '主管部门' })).toBeTruthy();
      expect(screen.queryByRole('list', { name: '各单位报送情况' })).toBeNull();
    } finally {
      restore();
    }
  });
});
