// @vitest-environment jsdom
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDocument, type Finding, type PerformanceDocument } from '../../../core/model.ts';
import { draftReport } from '../../../documents/report-draft/draft-report.ts';
import { buildSampleSelfEvaluation, buildSampleTargetTable } from '../../../documents/print/sample-documents.ts';
import { stripSectionNumbering } from '../../../core/section-title.ts';
import { ReportView, toChineseNumber } from './report-view.tsx';

afterEach(cleanup);

describe('toChineseNumber', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
  ])('%i → %s', (value, expected) => expect(toChineseNumber(value)).toBe(expected));
});

describe('stripSectionNumbering', () => {
  it.each([
    ['一、部门基本情况', '部门基本情况'],
    ['7、 存在的问题及原因分析', '存在的问题及原因分析'],
    ['（二）项目支出情况', '项目支出情况'],
    ['绩效情况', '绩效情况'],
  ])('%s → %s', (title, expected) => expect(stripSectionNumbering(title)).toBe(expected));
});

function EditableReport({ initial, onChange }: { initial: PerformanceDocument; onChange: (body: PerformanceDocument) => void }) {
  const [body, setBody] = useState(initial);
  return (
    <ReportView
      body={body}
      isEditable
      onUpdate={(change) =>
        setBody((current) => {
          const next = change(current);
          onChange(next);
          return next;
        })
      }
    />
  );
}

describe('ReportView', () => {
  const draft = draftReport({ selfEvaluation: buildSampleSelfEvaluation(6), targetTable: buildSampleTargetTable() });

  it('shows the drafted sections under the standard numbering, pre-filled from the data', () => {
    render(<EditableReport initial={draft} onChange={() => undefined} />);
    const first = screen.getByLabelText('一、部门基本情况') as HTMLTextAreaElement;
    expect(first.value.startsWith(draft.functions!)).toBe(true);
    const budget = screen.getByLabelText('二、一般公共预算支出情况') as HTMLTextAreaElement;
    expect(budget.value).toContain('绩效目标表申报年度预算 12222.69 万元');
    expect(screen.getByLabelText('十、其他需要说明的情况')).toBeTruthy();
  });

  it('keeps what the unit types in the section it typed in', () => {
    let latest: PerformanceDocument = draft;
    render(<EditableReport initial={draft} onChange={(body) => (latest = body)} />);
    fireEvent.change(screen.getByLabelText('八、下一步改进措施'), { target: { value: '加快设备采购。' } });
    expect(latest.report?.sections[7]).toEqual({ title: '下一步改进措施', text: '加快设备采购。' });
    expect(latest.report?.sections[0]).toEqual(draft.report?.sections[0]);
  });

  it('shows a submitted report as text', () => {
    const body = { ...createEmptyDocument('evaluation-report'), report: { sections: [{ title: '7、存在的问题', text: '<b>无</b>' }], moneyLists: [] } };
    render(<ReportView body={body} isEditable={false} onUpdate={() => undefined} />);
    expect(screen.getByText('一、存在的问题')).toBeTruthy();
    expect(screen.getByText('<b>无</b>')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the text before a report’s first heading as its 前言, unnumbered, and numbers the headed sections from 一', () => {
    const body = {
      ...createEmptyDocument('evaluation-report'),
      report: { sections: [{ title: '', text: '根据通知要求开展自评。' }, { title: '一、基本情况', text: '共2个项目。' }, { title: '二、自评结论', text: '优。' }], moneyLists: [] },
    };
    render(<ReportView body={body} isEditable onUpdate={() => undefined} />);
    expect(screen.getByLabelText('前言')).toBeTruthy();
    expect(screen.getByLabelText('一、基本情况')).toBeTruthy();
    expect(screen.getByLabelText('二、自评结论')).toBeTruthy();
  });

  it('says the sections were pre-filled only for a report drafted from the data', () => {
    render(<EditableReport initial={draft} onChange={() => undefined} />);
    expect(screen.getByText(/已按本年度自评表和绩效目标表的数据预先填写/)).toBeTruthy();
    cleanup();
    const uploaded = { ...createEmptyDocument('evaluation-report'), report: { sections: [{ title: '一、部门基本情况', text: '本局负责治安管理。' }], moneyLists: [] } };
    render(<EditableReport initial={uploaded} onChange={() => undefined} />);
    expect(screen.getByLabelText('一、部门基本情况')).toBeTruthy();
    expect(screen.queryByText(/预先填写/)).toBeNull();
  });

  it('lists the projects a report over several evaluates, each with its own figures', () => {
    const body = {
      ...createEmptyDocument('evaluation-report', 'project'),
      report: {
        sections: [{ title: '一、基本情况', text: '共2个项目。' }],
        moneyLists: [],
        projects: [
          { name: '东渠修缮项目', initial: '50', executed: '48', score: '92', grade: '优' as const },
          { name: '西渠清淤经费', executionRate: '75' },
        ],
      },
    };
    render(<ReportView body={body} isEditable={false} onUpdate={() => undefined} />);
    expect(screen.getByText('报告分别评价的项目（2 个）')).toBeTruthy();
    expect(screen.getByText('东渠修缮项目')).toBeTruthy();
    expect(screen.getByText('年初预算50万元，执行数48万元，得分92分，等级优')).toBeTruthy();
    expect(screen.getByText('执行率75%')).toBeTruthy();
  });

  it('gives a project with its own table its indicators and its total by the rules', () => {
    const indicator = { level1: '产出指标', level2: '数量指标', name: '清淤河道条数', target: null };
    const body = {
      ...createEmptyDocument('evaluation-report', 'project'),
      goals: [
        { name: '', project: '东渠修缮项目', indicators: [indicator, { ...indicator, name: '修缮渠道长度' }] },
        { name: '', project: '西渠清淤经费', indicators: [indicator] },
      ],
      report: {
        sections: [{ title: '一、基本情况', text: '共2个项目。' }],
        moneyLists: [],
        projects: [
          { name: '东渠修缮项目', score: '92', suggestedScore: '90.5' },
          { name: '西渠清淤经费', executionRate: '75' },
        ],
      },
    };
    render(<ReportView body={body} isEditable={false} onUpdate={() => undefined} />);
    expect(screen.getByText('得分92分，自评表指标2个，按规则计算得分90.5分')).toBeTruthy();
    expect(screen.getByText('执行率75%，自评表指标1个')).toBeTruthy();
  });

  describe('a project’s own table', () => {
    const row = (name: string, target: string, actual: string, weight: string, score: string) => ({
      level1: '产出指标',
      level2: '数量指标',
      name,
      target: { text: target, operator: null, value: null, unit: null, direction: 'higher-better' as const, change: null, qualitative: null },
      actual: { text: actual, operator: null, value: null, unit: null, direction: 'higher-better' as const, change: null, qualitative: null },
      weight,
      score,
    });
    const body = {
      ...createEmptyDocument('evaluation-report', 'project'),
      goals: [
        { name: '', project: '东渠修缮项目', indicators: [row('修缮渠道长度', '≥5公里', '5.2公里', '50', '50'), row('清淤河道条数', '≥3条', '2条', '50', '40')] },
        { name: '', project: '西渠清淤经费', indicators: [row('清淤土方量', '≥1万方', '1.1万方', '100', '100')] },
      ],
      report: {
        sections: [{ title: '一、基本情况', text: '共2个项目。' }],
        moneyLists: [],
        projects: [{ name: '东渠修缮项目', score: '92' }, { name: '西渠清淤经费' }],
      },
    };
    const findings: Finding[] = [
      { code: 'deviation-missing', severity: 'warning', path: 'goals.0.indicators.1.deviation', message: '未完成指标未说明偏差原因' },
      { code: 'score-sum-mismatch', severity: 'error', path: 'report.projects.0.score', message: '“东渠修缮项目”：各指标得分合计90分，与总分92分不一致' },
    ];

    it('shows each project’s indicators in its own table with levels, target, actual, weight, score and the findings at their rows', () => {
      const restore = simulateWideScreen();
      try {
        render(<ReportView body={body} findings={findings} isEditable={false} onUpdate={() => undefined} />);
        const east = screen.getByRole('region', { name: '东渠修缮项目 绩效指标表' });
        const cells = (rowName: string) =>
          within(east)
            .getByText(rowName)
            .closest('tr')!
            .querySelectorAll('td');
        expect([...within(east).getAllByRole('columnheader')].map((header) => header.textContent)).toEqual(['序号', '一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']);
        expect([...cells('修缮渠道长度')].map((cell) => cell.textContent)).toEqual(['1', '产出指标', '数量指标', '修缮渠道长度', '≥5公里', '5.2公里', '50', '50']);
        // 一级/二级 merged over the run: the second row has their cells no more, and its finding under its 指标值.
        expect([...cells('清淤河道条数')].map((cell) => cell.textContent)).toEqual(['2', '清淤河道条数', '≥3条未完成指标未说明偏差原因', '2条', '50', '40']);
        // The project's own finding above its table; none of the other project's.
        expect(screen.getByText('“东渠修缮项目”：各指标得分合计90分，与总分92分不一致')).toBeTruthy();
        const west = screen.getByRole('region', { name: '西渠清淤经费 绩效指标表' });
        expect(within(west).getByText('清淤土方量')).toBeTruthy();
        expect(within(west).queryByText('未完成指标未说明偏差原因')).toBeNull();
        // Numbered from 1 in each project's table, read as filed (no inputs).
        expect(within(west).getByText('清淤土方量').closest('tr')!.querySelector('td')!.textContent).toBe('1');
        expect(screen.queryByRole('textbox')).toBeNull();
      } finally {
        restore();
      }
    });

    it('shows them on a phone as a block per indicator with its actual and score', () => {
      render(<ReportView body={body} findings={findings} isEditable={false} onUpdate={() => undefined} />);
      const east = screen.getByRole('list', { name: '东渠修缮项目 绩效指标表' });
      expect(east.textContent).toContain('2. 清淤河道条数');
      expect(east.textContent).toContain('实际完成值：2条');
      expect(east.textContent).toContain('得分：40');
      expect(east.textContent).toContain('未完成指标未说明偏差原因');
    });

    it('shows no table for a report whose indicators name no project', () => {
      render(<ReportView body={{ ...body, goals: body.goals.map((goal) => ({ ...goal, project: undefined })) }} isEditable={false} onUpdate={() => undefined} />);
      expect(screen.queryByRole('region', { name: /绩效指标表/ })).toBeNull();
      expect(screen.queryByRole('list', { name: /绩效指标表/ })).toBeNull();
    });
  });

  it('shows no projects list for a report of one project', () => {
    const body = { ...createEmptyDocument('evaluation-report'), report: { sections: [{ title: '一、基本情况', text: '无。' }], moneyLists: [] } };
    render(<ReportView body={body} isEditable={false} onUpdate={() => undefined} />);
    expect(screen.queryByText(/报告分别评价的项目/)).toBeNull();
  });
});
