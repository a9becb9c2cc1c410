// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../../../core/model.ts';
import { updateIndicator } from '../target-editor/indicator-rows.ts';
import { SelfEvaluationRows } from './self-evaluation-rows.tsx';

afterEach(cleanup);

const name = 'DNA数据采集数';

function Harness({ indicator }: { indicator: Partial<Indicator> }) {
  const [document, setDocument] = useState<PerformanceDocument>({
    ...createEmptyDocument('self-evaluation'),
    goals: [
      {
        name: '',
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name,
            target: parseIndicatorValue('10000份', { name }),
            actual: parseIndicatorValue('9580', { name }),
            weight: '2',
            score: '1',
            deviation: null,
            ...indicator,
          },
        ],
      },
    ],
  });
  return <SelfEvaluationRows body={document} isEditable onChange={(address, change) => setDocument((current) => updateIndicator(current, { ...address, change }))} />;
}

describe('live score in the self-evaluation', () => {
  it('suggests 1.92 for 9580 of 10000 with 2 points while 1 is entered, and asks for the deviation reason', () => {
    render(<Harness indicator={{}} />);
    expect(screen.getByTestId('suggested-score').textContent).toBe('1.92');
    expect(screen.getByText('与填报不一致')).toBeTruthy();
    expect(screen.getByText('未完全达成，请填写偏差原因及改进措施')).toBeTruthy();
  });

  it('gives the full weight once the actual reaches the target, as it is typed', () => {
    render(<Harness indicator={{}} />);
    fireEvent.change(screen.getByLabelText(`实际完成值（${name}）`), { target: { value: '10000份' } });
    expect(screen.getByTestId('suggested-score').textContent).toBe('2');
    expect(screen.queryByText('未完全达成，请填写偏差原因及改进措施')).toBeNull();
  });

  it('stops asking for the deviation reason once one is written', () => {
    render(<Harness indicator={{}} />);
    fireEvent.change(screen.getByLabelText(`偏差原因（${name}）`), { target: { value: '部分居民不在常驻地' } });
    expect(screen.queryByText('未完全达成，请填写偏差原因及改进措施')).toBeNull();
  });

  it('keeps a score that is not a number in the box with a message, and does not change the document', () => {
    render(<Harness indicator={{}} />);
    const input = screen.getByLabelText(`得分（${name}）`) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1.5分' } });
    expect(input.value).toBe('1.5分');
    expect(screen.getByText('请输入数字，如 1234.56')).toBeTruthy();
    expect(screen.getByText('与填报不一致')).toBeTruthy();
  });

  it('reads an actual without a direction of its own: 1起 is “1 起”, not 正向', () => {
    render(<Harness indicator={{ name, target: parseIndicatorValue('≤2起', { name }), actual: parseIndicatorValue('1起', { name }) }} />);
    const actualCell = screen.getByLabelText(`实际完成值（${name}）`).closest('td')!;
    expect(actualCell.textContent).toContain('识别为：1 起');
    expect(actualCell.textContent).not.toContain('正向');
  });
});

describe('the self-evaluation grid', () => {
  it('merges 一级/二级 over the rows of a goal that share them, never across goals', () => {
    const row = (level2: string, rowName: string): Indicator => ({ level1: '产出指标', level2, name: rowName, target: null });
    const body: PerformanceDocument = {
      ...createEmptyDocument('self-evaluation'),
      goals: [
        { name: '目标一', indicators: [row('数量指标', '甲'), row('数量指标', '乙'), row('质量指标', '丙')] },
        { name: '目标二', indicators: [row('质量指标', '丁')] },
      ],
    };
    render(<SelfEvaluationRows body={body} isEditable={false} onChange={() => undefined} />);
    const level1Cells = screen.getAllByRole('cell', { name: '产出指标' });
    expect(level1Cells.map((cell) => (cell as HTMLTableCellElement).rowSpan)).toEqual([3, 1]);
    expect(screen.getAllByRole('cell', { name: '数量指标' }).map((cell) => (cell as HTMLTableCellElement).rowSpan)).toEqual([2]);
    expect(screen.getAllByRole('cell', { name: '质量指标' })).toHaveLength(2);
  });
});
