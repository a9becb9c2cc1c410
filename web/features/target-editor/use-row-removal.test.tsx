// @vitest-environment jsdom
/** 删除 of an indicator row names the row and can be undone while it is the latest change. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { message } from 'antd';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { updateIndicator } from './indicator-rows.ts';
import { describeRemovedRow, useRowRemoval } from './use-row-removal.tsx';

afterEach(() => {
  message.destroy();
  cleanup();
});

const start: PerformanceDocument = {
  ...createEmptyDocument('target-table'),
  goals: [
    { name: '目标一', indicators: [{ level1: '产出指标', level2: '数量指标', name: '巡查次数', target: null }] },
    {
      name: '目标二',
      indicators: [
        { level1: '效益指标', level2: '社会效益指标', name: '群众安全感', target: null },
        { level1: '效益指标', level2: '社会效益指标', name: '群众满意度', target: null },
      ],
    },
  ],
};

function Harness() {
  const [body, setBody] = useState(start);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  const { remove } = useRowRemoval({ bodyRef, onUpdate: (change) => setBody(change) });
  return (
    <div>
      <output data-testid="names">{body.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name)).join('、')}</output>
      <button type="button" onClick={() => remove({ goalIndex: 1, indicatorIndex: 0 })}>
        删除
      </button>
      <button type="button" onClick={() => setBody((current) => updateIndicator(current, { goalIndex: 0, indicatorIndex: 0, change: { name: '巡逻次数' } }))}>
        改名
      </button>
    </div>
  );
}

describe('useRowRemoval', () => {
  it('removes the row at once, names it, and 撤销删除 puts it back', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect(screen.getByTestId('names').textContent).toBe('巡查次数、群众满意度');
    expect(await screen.findByText(/已删除指标「群众安全感」/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销删除' }));
    expect(screen.getByTestId('names').textContent).toBe('巡查次数、群众安全感、群众满意度');
  });

  it('does not undo over a later edit, and says where the removed row can still be seen', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    const undo = await screen.findByRole('button', { name: '撤销删除' });
    fireEvent.click(screen.getByRole('button', { name: '改名' }));
    fireEvent.click(undo);
    expect(screen.getByTestId('names').textContent).toBe('巡逻次数、群众满意度');
    await waitFor(() => expect(screen.getByText(/不能撤销删除/)).toBeTruthy());
  });
});

describe('describeRemovedRow', () => {
  it('names the indicator, or its row number when it has no name', () => {
    expect(describeRemovedRow(' 群众安全感 ', 2)).toBe('「群众安全感」');
    expect(describeRemovedRow('', 7)).toBe('第 7 行');
  });
});
