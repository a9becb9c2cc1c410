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

  it('says nothing once the execution and every actual are in', () => {
    renderEditor(table('50', ['55次', '60次']));
    expect(screen.queryByTestId('monitoring-unfilled')).toBeNull();
  });
});
