// @vitest-environment jsdom
/** The read model beside the source: a target table has no 完成值 or 得分 to miss. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../contract/import-review.ts';
import { createEmptyDocument, type DocumentKind } from '../../../core/model.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { ModelPanel } from './model-panel.tsx';

afterEach(cleanup);

function preview(kind: DocumentKind): ImportPreview {
  const name = '调解案件数';
  const indicator = { level1: '产出指标', level2: '数量指标', name, target: parseIndicatorValue('≥300件', { name }), actual: null, weight: '20', score: null, line: 9 };
  return {
    document: { ...createEmptyDocument(kind), goals: [{ name: '目标一', indicators: [indicator] }] },
    totals: { indicators: 1, weight: '20', score: null },
  } as unknown as ImportPreview;
}

describe('ModelPanel', () => {
  it('leaves out 完成值, 得分 and 得分合计 for a target table', () => {
    render(<ModelPanel preview={preview('target-table')} onMoveRow={() => {}} />);
    expect(screen.getByText('≥300件')).toBeTruthy();
    expect(screen.queryByText('未读到')).toBeNull();
    expect(screen.queryByText('得分合计')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '完成值' })).toBeNull();
  });

  it('shows them, with 未读到 for a missing score, for a self-evaluation', () => {
    render(<ModelPanel preview={preview('self-evaluation')} onMoveRow={() => {}} />);
    expect(screen.getByText('未读到')).toBeTruthy();
    expect(screen.getByText('得分合计')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '完成值' })).toBeTruthy();
  });
});

describe('ModelPanel of a report over several projects', () => {
  const row = (name: string, target: string, actual: string, weight: string, score: string, line: number) => ({
    level1: '产出指标',
    level2: '数量指标',
    name,
    target: parseIndicatorValue(target, { name }),
    actual: parseIndicatorValue(actual, { name }),
    weight,
    score,
    line,
  });
  const projectsPreview = {
    document: {
      ...createEmptyDocument('evaluation-report', 'project'),
      goals: [
        { name: '', project: '东渠修缮项目', indicators: [row('修缮渠道长度', '≥5公里', '5.2公里', '50', '50', 12), row('清淤河道条数', '≥3条', '2条', '50', '40', 13)] },
        { name: '', project: '西渠清淤经费', indicators: [row('清淤土方量', '≥1万方', '1.1万方', '100', '100', 21)] },
      ],
      report: { sections: [], moneyLists: [], projects: [{ name: '东渠修缮项目', score: '92' }, { name: '西渠清淤经费' }] },
    },
    totals: { indicators: 3, weight: '200', score: '190' },
    findings: [{ code: 'score-sum-mismatch', severity: 'error', path: 'report.projects.0.score', message: '“东渠修缮项目”：各指标得分合计90分，与总分92分不一致' }],
  } as unknown as ImportPreview;

  it('shows each project’s indicators in its own table, its own findings above it, as the document view does', () => {
    const restore = simulateWideScreen();
    try {
      render(<ModelPanel preview={projectsPreview} onMoveRow={() => {}} />);
      expect(screen.getByText('东渠修缮项目：自评表（2 个指标）')).toBeTruthy();
      const east = screen.getByRole('region', { name: '东渠修缮项目 绩效指标表' });
      expect(within(east).getByText('清淤河道条数')).toBeTruthy();
      expect(within(east).queryByText('清淤土方量')).toBeNull();
      const west = screen.getByRole('region', { name: '西渠清淤经费 绩效指标表' });
      expect(within(west).getByText('清淤土方量')).toBeTruthy();
      expect(screen.getByText('“东渠修缮项目”：各指标得分合计90分，与总分92分不一致')).toBeTruthy();
    } finally {
      restore();
    }
  });

  it('keeps the rows to move under 逐行核对, each goal named with its project', () => {
    const moved: Array<[number, number | null]> = [];
    render(<ModelPanel preview={projectsPreview} onMoveRow={(line, goalIndex) => moved.push([line, goalIndex])} />);
    fireEvent.click(screen.getByText('逐行核对：调整所属目标（3 行）'));
    const select = screen.getByRole('combobox', { name: '第21行“清淤土方量”所属目标' });
    fireEvent.mouseDown(select);
    fireEvent.click(screen.getAllByText('东渠修缮项目 · 目标1').at(-1)!);
    expect(moved).toEqual([[21, 0]]);
  });

  it('shows one list, as before, for a document of no projects', () => {
    render(<ModelPanel preview={preview('self-evaluation')} onMoveRow={() => {}} />);
    expect(screen.queryByText(/逐行核对/)).toBeNull();
    expect(screen.getByRole('combobox', { name: '第9行“调解案件数”所属目标' })).toBeTruthy();
  });
});
