// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { getRulePack, policiesOfPack } from '../../../core/rule-packs/index.ts';
import { SelfEvaluationRows } from '../self-evaluation/self-evaluation-rows.tsx';
import { ScoringPolicyContext } from './scoring-policy-context.ts';

afterEach(cleanup);

const name = '巡查河段';

function buildBody(): PerformanceDocument {
  return {
    ...createEmptyDocument('self-evaluation'),
    goals: [
      {
        name: '',
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name,
            target: parseIndicatorValue('≥40公里', { name }),
            actual: parseIndicatorValue('38公里', { name }),
            weight: '10',
            score: null,
            deviation: '汛期停工',
            scoreCoefficient: '95',
          },
        ],
      },
    ],
  };
}

function renderUnder(packName: string) {
  render(
    <ScoringPolicyContext.Provider value={policiesOfPack(getRulePack(packName)).scoring}>
      <SelfEvaluationRows body={buildBody()} isEditable onChange={() => undefined} />
    </ScoringPolicyContext.Provider>,
  );
}

describe('the editor’s live score follows the year’s rule pack and shows its formula', () => {
  it('scores 得分系数 × 权重 under the coefficient pack', () => {
    renderUnder('chongqing-coefficient');
    expect(screen.getByTestId('suggested-score').textContent).toBe('9.5');
    expect(screen.getByTestId('score-formula').textContent).toBe('得分系数 0.95 × 权重 10');
  });

  it('scores 完成值 ÷ 指标值 under the national pack', () => {
    renderUnder('national');
    expect(screen.getByTestId('suggested-score').textContent).toBe('9.5');
    expect(screen.getByTestId('score-formula').textContent).toBe('完成值 38 ÷ 指标值 40 × 权重 10');
  });
});
