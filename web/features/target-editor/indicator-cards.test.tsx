// @vitest-environment jsdom
/** The target editor on a phone (a block per indicator, edited in a drawer) and on a wide screen (the sheet). */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ConfigProvider, message } from 'antd';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import type { Opinion } from '../../../contract/documents.ts';
import TargetEditor from './target-editor.tsx';

afterEach(() => {
  message.destroy();
  cleanup();
});

const start: PerformanceDocument = {
  ...createEmptyDocument('target-table'),
  year: 2026,
  goals: [
    {
      name: '目标一',
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '巡逻防控次数',
          target: { ...parseIndicatorValue('≥120次'), text: '≥120次' },
        },
        {
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          weight: '10',
          name: '群众安全感',
          target: { ...parseIndicatorValue('≥90%'), text: '≥90%' },
        },
      ],
    },
  ],
};

let latest: PerformanceDocument = start;

function Harness(props: { isEditable?: boolean; opinions?: Opinion[] }) {
  const [body, setBody] = useState(start);
  latest = body;
  const findings = useMemo(() => analyseDocument(body).findings, [body]);
  // As the app sets it (app.tsx): buttons read 删除, not 删 除.
  return (
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <TargetEditor
        body={body}
        findings={findings}
        opinions={props.opinions ?? []}
        isEditable={props.isEditable ?? true}
        onUpdate={(change) => setBody(change)}
      />
    </ConfigProvider>
  );
}

const blocks = () =>
  within(screen.getByRole('list', { name: '绩效指标表：目标一' })).getAllByRole('listitem');
const titles = () => blocks().map((block) => block.querySelector('.row-cards-head strong')?.textContent);
const drawer = (rowNumber: number) => screen.getByRole('dialog', { name: `编辑指标（第${rowNumber}行）` });
const open = (rowNumber: number) => {
  fireEvent.click(screen.getByRole('button', { name: `编辑（第${rowNumber}行）` }));
  return drawer(rowNumber);
};

describe('the target editor on a phone', () => {
  it('shows each indicator as a block with its levels and 指标值 instead of a sheet scrolled sideways', () => {
    render(<Harness />);
    expect(titles()).toEqual(['1. 巡逻防控次数', '2. 群众安全感']);
    const fields = [...blocks()[0]!.querySelectorAll('.row-cards-field')].map((field) => field.textContent);
    expect(fields).toEqual([
      '一级指标：产出指标',
      '二级指标：数量指标',
      '指标值：≥120次正向识别为：≥ 120 次 · 正向',
    ]);
    // 分值 only where the table has one.
    expect(blocks()[1]!.textContent).toContain('分值：10');
    expect(blocks()[0]!.textContent).not.toContain('分值');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('点指标右侧的“编辑”修改，修改会自动保存。')).toBeTruthy();
  });

  it('edits an indicator in a drawer: the levels, the name and the 指标值 as typed, with what it was read as and its findings', () => {
    render(<Harness />);
    const panel = open(1);
    fireEvent.change(within(panel).getByLabelText('二级指标'), { target: { value: '质量指标' } });
    fireEvent.change(within(panel).getByLabelText('三级指标'), { target: { value: '巡逻覆盖率' } });
    fireEvent.change(within(panel).getByLabelText('指标值'), { target: { value: '≤2小时' } });
    expect(within(panel).getByText('识别为：≤ 2 小时 · 反向', { exact: false })).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('指标值'), { target: { value: '有效提升' } });
    expect(within(panel).getByText(/没有可衡量的标准/)).toBeTruthy();
    expect(latest.goals[0]!.indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '质量指标',
      name: '巡逻覆盖率',
      target: { text: '有效提升' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: '完成' }));
    expect(titles()[0]).toBe('1. 巡逻覆盖率');
    expect(blocks()[0]!.textContent).toMatch(/没有可衡量的标准/);
  });

  it('adds an indicator below the blocks and opens it at once', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: /添加指标/ }));
    const panel = drawer(3);
    // The new row continues the levels of the row above it, as on the desktop.
    expect((within(panel).getByLabelText('一级指标') as HTMLInputElement).value).toBe('满意度指标');
    fireEvent.change(within(panel).getByLabelText('三级指标'), { target: { value: '来访群众满意度' } });
    expect(titles()).toEqual(['1. 巡逻防控次数', '2. 群众安全感', '3. 来访群众满意度']);
  });

  it('moves, copies and inserts from the drawer, which follows the row it works on', () => {
    render(<Harness />);
    expect(within(open(1)).getByRole('button', { name: '上移' })).toHaveProperty('disabled', true);
    fireEvent.click(within(drawer(1)).getByRole('button', { name: '下移' }));
    expect(titles()).toEqual(['1. 群众安全感', '2. 巡逻防控次数']);
    expect(within(drawer(2)).getByRole('button', { name: '下移' })).toHaveProperty('disabled', true);
    fireEvent.click(within(drawer(2)).getByRole('button', { name: '复制本行' }));
    expect(titles()).toEqual(['1. 群众安全感', '2. 巡逻防控次数', '3. 巡逻防控次数']);
    fireEvent.click(within(drawer(3)).getByRole('button', { name: '在下方插入' }));
    expect(titles()).toEqual([
      '1. 群众安全感',
      '2. 巡逻防控次数',
      '3. 巡逻防控次数',
      '4. （未填写三级指标）',
    ]);
    expect(drawer(4)).toBeTruthy();
  });

  it('removes an indicator from its drawer, closes it and offers 撤销删除', async () => {
    render(<Harness />);
    fireEvent.click(within(open(1)).getByRole('button', { name: '删除' }));
    expect(titles()).toEqual(['1. 群众安全感']);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /编辑指标/ })).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: '撤销删除' }));
    expect(titles()).toEqual(['1. 巡逻防控次数', '2. 群众安全感']);
  });

  it('shows a reviewer the blocks with the opinions and no 编辑', () => {
    const opinions: Opinion[] = [
      {
        id: 1,
        revision: 1,
        path: 'goals.0.indicators.1',
        text: '指标值偏低',
        actorName: '审核员甲',
        at: '2026-11-20T08:00:00.000Z',
      },
    ];
    render(<Harness isEditable={false} opinions={opinions} />);
    expect(blocks()[1]!.textContent).toContain('审核意见：审核员甲：指标值偏低');
    expect(screen.queryByRole('button', { name: /编辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /添加指标/ })).toBeNull();
  });
});

describe('the target editor on a wide screen', () => {
  it('keeps the sheet with its cells, row buttons and 添加指标 in the goal’s header', () => {
    const restore = simulateWideScreen();
    try {
      render(<Harness />);
      const sheet = screen.getByRole('region', { name: '绩效指标表：目标一' });
      expect(within(sheet).getByRole('table')).toBeTruthy();
      expect(within(sheet).getByLabelText('三级指标（第1行）')).toBeTruthy();
      expect(screen.queryByRole('list', { name: '绩效指标表：目标一' })).toBeNull();
      expect(screen.queryByRole('button', { name: /编辑（第1行）/ })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: /添加指标/ }));
      expect(within(sheet).getByLabelText('三级指标（第3行）')).toBeTruthy();
      expect(screen.queryByRole('dialog')).toBeNull();
    } finally {
      restore();
    }
  });
});
