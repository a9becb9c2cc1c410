// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
