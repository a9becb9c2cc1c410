// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverviewChild } from './overview-api.ts';
import { ChildBureauTable } from './child-bureau-table.tsx';

afterEach(cleanup);

const bureau = (overrides: Partial<OverviewChild>): OverviewChild => ({
  organisationId: 'o1',
  name: '甲市财政局',
  kind: 'finance-bureau',
  units: 40,
  behindUnits: 10,
  selfEvaluations: 38,
  averageExecutionRate: '91.25',
  averageScore: '88.50',
  ...overrides,
});

describe('下级财政部门 on the overview', () => {
  it('shows each bureau’s units behind as a share and opens the bureau’s level from its name', () => {
    const onOpen = vi.fn();
    const first = bureau({});
    render(<ChildBureauTable bureaus={[first, bureau({ organisationId: 'o2', name: '乙市财政局', behindUnits: 0, averageExecutionRate: '80.00', averageScore: null })]} onOpen={onOpen} />);
    expect(screen.getByLabelText('甲市财政局报送滞后单位占25%')).toBeTruthy();
    expect(screen.getByText('91.25%')).toBeTruthy();
    expect(screen.getAllByText('—')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '查看甲市财政局' }));
    expect(onOpen).toHaveBeenCalledWith(first);
  });
});
