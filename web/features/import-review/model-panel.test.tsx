// @vitest-environment jsdom
/** The read model beside the source: a target table has no 完成值 or 得分 to miss. */
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
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
