// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { IndicatorTable } from './indicator-table.tsx';
import { readValueText, updateIndicator } from './indicator-rows.ts';
import { groupByRow } from './target-editor.tsx';

afterEach(cleanup);

function Harness() {
  const [document, setDocument] = useState<PerformanceDocument>({
    ...createEmptyDocument('target-table'),
    goals: [
      {
        name: '目标一',
        indicators: [
          { level1: '效益指标', level2: '社会效益指标', name: '群众安全感', target: null },
          { level1: '效益指标', level2: '社会效益指标', name: '群众满意度', target: null },
        ],
      },
    ],
  });
  const findingsByRow = useMemo(
    () => groupByRow(analyseDocument(document).findings, (finding) => finding.path),
    [document],
  );
  return (
    <IndicatorTable
      goal={document.goals[0]!}
      goalIndex={0}
      firstRowNumber={0}
      isEditable
      findingsByRow={findingsByRow}
      opinionsByRow={new Map()}
      highlightedRow={null}
      onChange={(address, change) =>
        setDocument((current) => updateIndicator(current, { ...address, change }))
      }
      onValueText={(address, text) =>
        setDocument((current) =>
          updateIndicator(current, { ...address, change: { target: readValueText(text, '群众安全感') } }),
        )
      }
      onOperation={() => undefined}
    />
  );
}

describe('the 指标值 cell', () => {
  it.each([
    ['不少于 90 %', '识别为：≥ 90 % · 正向'],
    ['≤2小时', '识别为：≤ 2 小时 · 反向'],
    ['下降15%', '识别为：下降 15 %'],
    ['健全', '识别为：定性：健全'],
  ])('shows what it understood of %s as it is typed', (typed, understood) => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('指标值（第1行）'), { target: { value: typed } });
    expect(screen.getByText(understood, { exact: false })).toBeTruthy();
    expect((screen.getByLabelText('指标值（第1行）') as HTMLInputElement).value).toBe(typed);
  });

  it('shows a vague value finding beside the cell and keeps the text', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('指标值（第1行）'), { target: { value: '有效提升' } });
    expect(screen.getByText(/没有可衡量的标准/)).toBeTruthy();
    expect((screen.getByLabelText('指标值（第1行）') as HTMLInputElement).value).toBe('有效提升');
  });

  it('moves down to the same column with Enter and back up with Shift+Enter', () => {
    render(<Harness />);
    const first = screen.getByLabelText('三级指标（第1行）');
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('三级指标（第2行）'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter', shiftKey: true });
    expect(document.activeElement).toBe(first);
    expect((first as HTMLInputElement).value).toBe('群众安全感');
  });
});
