// @vitest-environment jsdom
/** The unit's monitoring editor says what is still blank (an empty table has no findings to show), until it is filled. */
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { buildIndicator, buildMonitoringTable } from '../../../core/monitoring/testing.ts';
import MonitoringEditor from './monitoring-editor.tsx';

afterEach(cleanup);

const table = (executedToDate: string | undefined, actuals: (string | null)[]) =>
  buildMonitoringTable({
    period: { throughMonth: 6 },
    budget: { adjusted: '100', ...(executedToDate === undefined ? {} : { executedToDate }) },
    indicators: actuals.map((actualToDate, index) => buildIndicator({ name: `巡查${index + 1}`, target: '≥100次', actualToDate })),
  });

function renderEditor(body: ReturnType<typeof table>) {
  render(<MonitoringEditor body={body} analysed={analyseDocument(body)} onUpdate={vi.fn()} />);
}

describe('MonitoringEditor', () => {
  it('says what is still blank', () => {
    renderEditor(table(undefined, [null, '60次']));
    expect(screen.getByTestId('monitoring-unfilled').textContent).toBe('尚未填完：1-6月执行数未填写；2 个指标中有 1 个未填写1-6月实际完成值。');
  });

  it('keeps each indicator\'s name at the left on a phone, its 二级 under it, and a 二级 column on a wide screen', () => {
    const wide = window.matchMedia;
    try {
      renderEditor(table(undefined, [null]));
      expect(screen.queryByRole('columnheader', { name: '二级指标' })).toBeNull();
      const nameCell = screen.getByText('巡查1').closest('td');
      expect(nameCell?.className).toContain('ant-table-cell-fix-left');
      expect(nameCell?.textContent).toBe('巡查1' + table(undefined, [null]).goals[0]!.indicators[0]!.level2);
      cleanup();
      // A desktop: every min-width query of antd's breakpoints matches.
      window.matchMedia = ((query: string) => ({ ...wide(query), matches: query.includes('min-width') })) as typeof window.matchMedia;
      renderEditor(table(undefined, [null]));
      expect(screen.getByRole('columnheader', { name: '二级指标' })).toBeTruthy();
      expect(screen.getByText('巡查1').closest('td')?.className).not.toContain('ant-table-cell-fix-left');
    } finally {
      window.matchMedia = wide;
    }
  });

  it('says nothing once the execution and every actual are in', () => {
    renderEditor(table('50', ['55次', '60次']));
    expect(screen.queryByTestId('monitoring-unfilled')).toBeNull();
  });
});
