// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubLibraryContext } from '../indicator-library/library-context.test-support.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import TargetEditor from './target-editor.tsx';

const body: PerformanceDocument = {
  ...createEmptyDocument('target-table'),
  year: 2026,
  goals: [
    {
      name: '目标一',
      indicators: [
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众安全感满意度', target: parseIndicatorValue('≥90%') },
        { level1: '产出指标', level2: '数量指标', name: '新写的指标', target: parseIndicatorValue('≥3次') },
      ],
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderEditor(isEditable: boolean) {
  render(<TargetEditor body={body} findings={[]} opinions={[]} isEditable={isEditable} onUpdate={() => undefined} documentId="doc-1" />);
}

describe('reference notes in the review view', () => {
  it('shows reviewers the typical target, the peers’ median and the unit’s last values beside a known indicator', async () => {
    const fetch = stubLibraryContext();
    renderEditor(false);
    expect(await screen.findByText('参考：常见指标值 92%；同行业中位数 93%；本单位2025年 指标值 93% / 实际 94%')).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('/api/indicator-library/context?documentId=doc-1', expect.anything());
    // A name the library does not know gets no note.
    expect(screen.getAllByText(/^参考：/)).toHaveLength(1);
  });

  it('keeps the unit’s own editor free of notes (it has suggestions instead)', async () => {
    const fetch = stubLibraryContext();
    renderEditor(true);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(screen.queryByText(/^参考：/)).toBeNull();
  });
});
