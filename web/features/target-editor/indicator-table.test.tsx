// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type Goal, type PerformanceDocument } from '../../../core/model.ts';
import type { Opinion } from '../../../contract/documents.ts';
import { describeTableName, IndicatorTable } from './indicator-table.tsx';
import { readValueText, updateIndicator, updateIndicatorRange, type RowAddress } from './indicator-rows.ts';
import { groupByRow } from './target-editor.tsx';

afterEach(cleanup);

function Harness(props: { onPasteBlock?: (address: RowAddress, text: string) => void }) {
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
      onGroupChange={(address, count, change) =>
        setDocument((current) => updateIndicatorRange(current, { ...address, count, change }))
      }
      onPasteBlock={props.onPasteBlock}
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

describe('the official grid', () => {
  it('shows a 一级/二级 shared by rows as one merged cell that edits the whole group', () => {
    render(<Harness />);
    expect(screen.queryByLabelText('一级指标（第2行）')).toBeNull();
    const merged = screen.getByLabelText('二级指标（第1-2行）');
    expect(merged.closest('td')!.rowSpan).toBe(2);
    fireEvent.change(merged, { target: { value: '经济效益指标' } });
    expect((screen.getByLabelText('二级指标（第1-2行）') as HTMLTextAreaElement).value).toBe('经济效益指标');
  });

  it('moves with arrows from the edge of the text, into a merged cell from a row it covers', () => {
    render(<Harness />);
    const name = screen.getByLabelText('三级指标（第2行）') as HTMLTextAreaElement;
    name.focus();
    name.setSelectionRange(0, 0);
    fireEvent.keyDown(name, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(screen.getByLabelText('二级指标（第1-2行）'));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByLabelText('三级指标（第1行）'));
    const first = document.activeElement as HTMLTextAreaElement;
    first.setSelectionRange(1, 1);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
  });

  it('hands a pasted block of cells to the editor with the row it was pasted in, and leaves one value to the cell', () => {
    const onPasteBlock = vi.fn();
    render(<Harness onPasteBlock={onPasteBlock} />);
    const cell = screen.getByLabelText('指标值（第2行）');
    fireEvent.paste(cell, { clipboardData: { getData: () => '≥95%' } });
    expect(onPasteBlock).not.toHaveBeenCalled();
    fireEvent.paste(cell, { clipboardData: { getData: () => '群众满意度\t≥95%\r\n巡逻\t≥3次\r\n' } });
    expect(onPasteBlock).toHaveBeenCalledWith({ goalIndex: 0, indicatorIndex: 1 }, '群众满意度\t≥95%\r\n巡逻\t≥3次\r\n');
  });
});

describe('a read-only table (批复表, a submitted table)', () => {
  const goal: Goal = {
    name: '职能1',
    indicators: [{ level1: '产出指标', level2: '数量指标', name: '巡逻次数', target: parseIndicatorValue('≥25次/年') }],
  };

  function renderReadOnly(opinionsByRow: Map<string, Opinion[]>) {
    render(
      <IndicatorTable
        goal={goal}
        goalIndex={0}
        firstRowNumber={0}
        isEditable={false}
        findingsByRow={new Map()}
        opinionsByRow={opinionsByRow}
        highlightedRow={null}
        onChange={() => undefined}
        onValueText={() => undefined}
        onOperation={() => undefined}
        onGroupChange={() => undefined}
      />,
    );
  }

  it('prints the 指标值 without the parser’s hints and without an empty 审核意见 column', () => {
    renderReadOnly(new Map());
    expect(screen.getByText('≥25次/年')).toBeTruthy();
    expect(screen.queryByText(/识别为/)).toBeNull();
    expect(screen.queryByText('正向')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '审核意见' })).toBeNull();
  });

  it('shows the 审核意见 column when reviewers gave opinions', () => {
    const opinion: Opinion = { id: 1, revision: 1, path: 'goals.0.indicators.0', text: '指标值偏低', actorName: '财政局', at: '2025-03-01T00:00:00Z' };
    renderReadOnly(new Map([['goals.0.indicators.0', [opinion]]]));
    expect(screen.getByRole('columnheader', { name: '审核意见' })).toBeTruthy();
    expect(screen.getByText('财政局：指标值偏低')).toBeTruthy();
  });
});

describe('describeTableName', () => {
  it.each([
    ['', 0, '绩效指标表'],
    ['', 2, '绩效指标表 3'],
    [' 目标一 ', 0, '绩效指标表：目标一'],
  ])('names goal %j at %i “%s”, so each table region is named apart', (name, index, expected) => {
    expect(describeTableName(name, index)).toBe(expected);
  });
});
