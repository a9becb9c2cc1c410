// @vitest-environment jsdom
/** The self-evaluation editor on a phone (a block per indicator, edited in a drawer) and on a wide screen (the sheet). */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import SelfEvaluationEditor from './self-evaluation-editor.tsx';

afterEach(cleanup);

const start: PerformanceDocument = {
  ...createEmptyDocument('self-evaluation'),
  budget: { total: '80', adjusted: '80', executed: '76', weight: '10', score: '9.5' },
  goals: [
    {
      name: '',
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '河道巡查次数',
          target: parseIndicatorValue('≥200次', { name: '河道巡查次数' }),
          actual: parseIndicatorValue('180次', { name: '河道巡查次数' }),
          weight: '10',
          score: '10',
        },
      ],
    },
    {
      name: '目标二',
      indicators: [
        {
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          name: '沿岸居民满意度',
          target: parseIndicatorValue('≥85%'),
          actual: parseIndicatorValue('91%'),
          weight: '10',
          score: '10',
          deviation: '',
        },
      ],
    },
  ],
};

let latest: PerformanceDocument = start;

function Harness(props: { isEditable?: boolean }) {
  const [body, setBody] = useState(start);
  latest = body;
  return (
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <SelfEvaluationEditor
        body={body}
        analysed={analyseDocument(body)}
        isEditable={props.isEditable ?? true}
        onUpdate={(change) => setBody((current) => change(current))}
      />
    </ConfigProvider>
  );
}

const blocks = () => within(screen.getByRole('list', { name: '自评指标表' })).getAllByRole('listitem');
const fieldsOf = (block: HTMLElement) => [...block.querySelectorAll('.row-cards-field')].map((field) => field.textContent);
const drawer = (rowNumber: number) => screen.getByRole('dialog', { name: `编辑指标（第${rowNumber}行）` });
const open = (rowNumber: number) => {
  fireEvent.click(screen.getByRole('button', { name: `编辑（第${rowNumber}行）` }));
  return drawer(rowNumber);
};

describe('the self-evaluation editor on a phone', () => {
  it('shows each indicator as a block, numbered across goals, with target, actual, 分值, 得分, the rules’ score and the deviation prompt', () => {
    render(<Harness />);
    expect(screen.queryByRole('region', { name: '自评指标表' })).toBeNull();
    expect(blocks().map((block) => block.querySelector('.row-cards-head strong')?.textContent)).toEqual([
      '1. 河道巡查次数',
      '2. 沿岸居民满意度',
    ]);
    // 180 of ≥200 with 10 points: 9 by the rules while 10 is entered, and a 偏差原因 is owed.
    expect(fieldsOf(blocks()[0]!)).toEqual([
      '指标类别：产出指标 / 数量指标',
      '年度指标值：≥200次',
      '实际完成值：180次',
      '分值：10',
      '得分（填报）：10',
      '建议得分：9与填报不一致采用',
      '偏差原因：未完全达成，请填写偏差原因及改进措施',
    ]);
    expect(fieldsOf(blocks()[1]!)).toContain('建议得分：10');
  });

  it('edits an indicator in a drawer: the actual scores live in the drawer and the block, and the deviation prompt goes once a reason is written', () => {
    render(<Harness />);
    const panel = open(1);
    expect(within(panel).getByTestId('drawer-suggested-score').textContent).toBe('9');
    fireEvent.change(within(panel).getByLabelText('实际完成值'), { target: { value: '190次' } });
    expect(within(panel).getByText('识别为：190 次', { exact: false })).toBeTruthy();
    expect(within(panel).getByTestId('drawer-suggested-score').textContent).toBe('9.5');
    fireEvent.change(within(panel).getByLabelText('偏差原因分析及改进措施'), { target: { value: '汛期封闭河段两周' } });
    expect(within(panel).queryByText('未完全达成，请填写偏差原因及改进措施')).toBeNull();
    fireEvent.change(within(panel).getByLabelText('分值'), { target: { value: '12' } });
    expect(within(panel).getByTestId('drawer-suggested-score').textContent).toBe('11.4');
    fireEvent.change(within(panel).getByLabelText('分值'), { target: { value: '10' } });
    fireEvent.click(within(panel).getByRole('button', { name: '采用建议得分' }));
    expect(latest.goals[0]!.indicators[0]).toMatchObject({
      actual: { text: '190次' },
      weight: '10',
      score: '9.5',
      deviation: '汛期封闭河段两周',
    });
    fireEvent.click(within(panel).getByRole('button', { name: '完成' }));
    expect(fieldsOf(blocks()[0]!)).toEqual(expect.arrayContaining(['实际完成值：190次', '得分（填报）：9.5', '建议得分：9.5', '偏差原因：汛期封闭河段两周']));
  });

  it('keeps a 分值 that is not a number in its box with a message and out of the document', () => {
    render(<Harness />);
    const panel = open(1);
    fireEvent.change(within(panel).getByLabelText('分值'), { target: { value: '十分' } });
    expect(within(panel).getByText('请输入数字，如 1234.56')).toBeTruthy();
    expect(latest.goals[0]!.indicators[0]!.weight).toBe('10');
  });

  it('steps to the next indicator, across goals, without closing the drawer', () => {
    render(<Harness />);
    const first = open(1);
    expect(within(first).getByRole('button', { name: '上一项' })).toHaveProperty('disabled', true);
    fireEvent.click(within(first).getByRole('button', { name: '下一项' }));
    const second = drawer(2);
    expect(second.textContent).toContain('沿岸居民满意度');
    expect((within(second).getByLabelText('实际完成值') as HTMLTextAreaElement).value).toBe('91%');
    expect(within(second).getByRole('button', { name: '下一项' })).toHaveProperty('disabled', true);
    fireEvent.change(within(second).getByLabelText('得分'), { target: { value: '8' } });
    expect(latest.goals[1]!.indicators[0]!.score).toBe('8');
    expect(latest.goals[0]!.indicators[0]!.score).toBe('10');
  });

  it('accepts the rules’ score from the block itself', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '采用建议得分（河道巡查次数）' }));
    expect(latest.goals[0]!.indicators[0]!.score).toBe('9');
    expect(screen.queryByRole('button', { name: '采用建议得分（河道巡查次数）' })).toBeNull();
  });

  it('shows a reviewer the blocks without 编辑 or 采用', () => {
    render(<Harness isEditable={false} />);
    expect(blocks()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /编辑|采用/ })).toBeNull();
  });
});

describe('the self-evaluation editor on a wide screen', () => {
  it('keeps the ten-column sheet with its cells and no blocks', () => {
    const restore = simulateWideScreen();
    try {
      render(<Harness />);
      const sheet = screen.getByRole('region', { name: '自评指标表' });
      expect(within(sheet).getByRole('table')).toBeTruthy();
      expect(within(sheet).getByLabelText('实际完成值（河道巡查次数）')).toBeTruthy();
      expect(screen.queryByRole('list', { name: '自评指标表' })).toBeNull();
      expect(screen.queryByRole('button', { name: /编辑（第1行）/ })).toBeNull();
    } finally {
      restore();
    }
  });
});
