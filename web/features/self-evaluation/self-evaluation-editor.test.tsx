// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { getRulePack } from '../../../core/rule-packs/index.ts';
import SelfEvaluationEditor from './self-evaluation-editor.tsx';

afterEach(cleanup);

const name = '采集数';
let latest: PerformanceDocument | null = null;

function Harness() {
  const [body, setBody] = useState<PerformanceDocument>({
    ...createEmptyDocument('self-evaluation'),
    overallGoal: '全年完成采集任务',
    budget: { total: '100', adjusted: '100', executed: '100', weight: '10', score: '10' },
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
            deviation: '部分居民不在常驻地',
          },
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '培训人次',
            target: parseIndicatorValue('1500人次', { name: '培训人次' }),
            actual: parseIndicatorValue('1466人次', { name: '培训人次' }),
            weight: '2',
            score: '1',
            deviation: '集中培训减少',
          },
        ],
      },
    ],
  });
  latest = body;
  return (
    <SelfEvaluationEditor
      body={body}
      analysed={analyseDocument(body)}
      isEditable
      onUpdate={(change) => setBody((current) => change(current))}
    />
  );
}

describe('the self-evaluation editor', () => {
  it("names the year's rule pack by its title and edition, keeping its code out of the clerk's text", () => {
    const body = createEmptyDocument('self-evaluation');
    const pack = getRulePack('sichuan-60-30');
    render(<SelfEvaluationEditor body={body} analysed={analyseDocument(body)} isEditable onUpdate={() => {}} rulePack={pack} />);
    const line = screen.getByTestId('rule-pack-name');
    expect(line.textContent).toBe(`评分规则：${pack.title}（第 ${pack.version} 版）`);
    expect(line.textContent).not.toContain('sichuan-60-30');
    expect(line.getAttribute('data-rule-pack')).toBe(`sichuan-60-30@${pack.version}`);
  });

  it('edits 年度总体目标 and 实际完成情况', () => {
    render(<Harness />);
    expect((screen.getByLabelText('年度总体目标') as HTMLTextAreaElement).value).toBe('全年完成采集任务');
    fireEvent.change(screen.getByLabelText('实际完成情况'), { target: { value: '完成采集 9580 份' } });
    expect(latest?.overallResult).toBe('完成采集 9580 份');
  });

  it('keeps the totals and grades in one summary above the table', () => {
    render(<Harness />);
    const summary = screen.getByRole('region', { name: '总分与等级' });
    expect(within(summary).getByTestId('entered-total').textContent).toBe('12');
    expect(within(summary).getByTestId('suggested-total').textContent).toBe('13.87');
  });

  it('accepts the suggested score of one row', () => {
    render(<Harness />);
    fireEvent.click(screen.getByLabelText(`采用建议得分（${name}）`));
    expect(latest?.goals[0]!.indicators.map((indicator) => indicator.score)).toEqual(['1.92', '1']);
    expect(screen.queryByLabelText(`采用建议得分（${name}）`)).toBeNull();
  });

  it('accepts every suggested score after a confirmation', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '全部采用建议得分（2 项）' }));
    fireEvent.click(await screen.findByRole('button', { name: '全部采用' }));
    await waitFor(() => expect(latest?.goals[0]!.indicators.map((indicator) => indicator.score)).toEqual(['1.92', '1.95']));
    expect(within(screen.getByRole('region', { name: '总分与等级' })).getByTestId('entered-total').textContent).toBe('13.87');
  });
});
