// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubLibraryContext } from '../indicator-library/library-context.test-support.ts';
import { analyseDocument } from '../../../core/analyse.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import SelfEvaluationEditor from './self-evaluation-editor.tsx';

const body: PerformanceDocument = {
  ...createEmptyDocument('self-evaluation'),
  year: 2026,
  goals: [
    {
      name: '',
      indicators: [
        {
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          name: '群众安全感满意度',
          target: parseIndicatorValue('≥90%'),
          actual: parseIndicatorValue('95%'),
          weight: '10',
          score: '10',
        },
        { level1: '产出指标', level2: '数量指标', name: '新写的指标', target: parseIndicatorValue('≥3次'), actual: parseIndicatorValue('3次'), weight: '10', score: '10' },
      ],
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderEditor(isEditable: boolean) {
  render(<SelfEvaluationEditor body={body} analysed={analyseDocument(body)} isEditable={isEditable} onUpdate={() => undefined} documentId="doc-7" />);
}

describe('reference notes in the self-evaluation review view', () => {
  it('shows the reviewer the library’s reference under a known indicator, none under an unknown one', async () => {
    const fetch = stubLibraryContext();
    renderEditor(false);
    expect(await screen.findByText('参考：常见指标值 92%；同行业中位数 93%；本单位2025年 指标值 93% / 实际 94%')).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('/api/indicator-library/context?documentId=doc-7', expect.anything());
    expect(screen.getAllByText(/^参考：/)).toHaveLength(1);
  });

  it('does not fetch or show notes while the unit edits', () => {
    const fetch = stubLibraryContext();
    renderEditor(true);
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.queryByText(/^参考：/)).toBeNull();
  });
});
