// @vitest-environment jsdom
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultsNoticeView } from '../../../contract/results.ts';
import { NoticeBody } from './notice-body.tsx';

afterEach(cleanup);

const notice: ResultsNoticeView['notice'] = {
  year: 2025,
  entries: [
    { organisationId: 'u1', unit: '示范县某某局', supervisor: '示范县某主管部门', scope: 'department', project: null, adjusted: '1200.00', executed: '1100.50', executionRate: '91.71', score: '92.50', grade: '优' },
    { organisationId: 'u2', unit: '示范县另一局', supervisor: null, scope: 'project', project: '乡村道路养护', adjusted: '80.00', executed: null, executionRate: null, score: null, grade: null },
  ],
  gradeCounts: { 优: 1, 良: 0, 中: 0, 差: 0, ungraded: 1 },
  totals: { units: 2, projects: 1, departments: 1, adjusted: '1280.00', executed: '1100.50', executionRate: '85.98' },
};

describe('评价结果明细', () => {
  it('shows each entry as a block on a phone, money and grade readable without sideways scrolling', () => {
    render(<NoticeBody notice={notice} summary="概述" />);
    const [first, second] = within(screen.getByRole('list', { name: '评价结果明细' })).getAllByRole('listitem');
    expect(first!.querySelector('.row-cards-head')!.textContent).toBe('示范县某某局');
    expect([...first!.querySelectorAll('.row-cards-field')].map((field) => field.textContent)).toEqual([
      '主管部门：示范县某主管部门',
      '评价对象：部门整体支出',
      '全年预算数（万元）：1200.00',
      '全年执行数（万元）：1100.50',
      '执行率（%）：91.71',
      '自评得分：92.50',
      '评价等级：优',
    ]);
    expect(second!.textContent).toContain('评价对象：乡村道路养护');
    expect(second!.textContent).toContain('评价等级：未定级');
    expect(screen.queryByRole('region', { name: '评价结果明细表' })).toBeNull();
  });

  it('keeps the nine-column table on a wide screen', () => {
    const restore = simulateWideScreen();
    try {
      render(<NoticeBody notice={notice} summary="概述" />);
      const table = within(screen.getByRole('region', { name: '评价结果明细表' }));
      expect(table.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
        '序号', '单位', '主管部门', '评价对象', '全年预算数（万元）', '全年执行数（万元）', '执行率（%）', '自评得分', '评价等级',
      ]);
      expect(screen.queryByRole('list', { name: '评价结果明细' })).toBeNull();
    } finally {
      restore();
    }
  });
});
