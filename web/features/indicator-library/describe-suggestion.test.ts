import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../contract/indicator-library.ts';
import { describeSuggestion, proposeTarget, toReference } from './describe-suggestion.ts';

const suggestion: Suggestion = {
  nameKey: '安全感满意度',
  name: '群众安全感满意度',
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  unit: '%',
  direction: 'higher-better',
  uses: 30,
  entry: null,
  targets: { year: 2025, users: 8, count: 8, p10: 90, median: 93.3, p90: 96, completionMedian: 1.01 },
  own: { year: 2025, targetText: '≥93%', targetValue: 93, actualText: '94%', actualValue: 94 },
  peers: {
    year: 2025,
    users: 7,
    count: 8,
    p10: 90,
    median: 93.3,
    p90: 96,
    completionMedian: 1.01,
    sector: '公安',
  },
};

describe('suggestion in the editor', () => {
  it('shows unit, direction, usual target, the unit’s own last values and the peers’ median', () => {
    expect(describeSuggestion(suggestion)).toEqual([
      '计量单位 %，正向指标',
      '常见指标值（中位数）93.3%',
      '本单位2025年 指标值 ≥93% / 实际 94%',
      '同行业（公安）中位数 93.3%',
    ]);
  });

  it('proposes a target not below last year’s actual, else the peers’ median, and none for 定性', () => {
    expect(proposeTarget(suggestion)).toBe('≥94%');
    expect(proposeTarget({ ...suggestion, own: null })).toBe('≥93.3%');
    expect(proposeTarget({ ...suggestion, direction: 'lower-better', own: null, peers: null })).toBe(
      '≤93.3%',
    );
    expect(proposeTarget({ ...suggestion, direction: 'qualitative' })).toBeNull();
    expect(proposeTarget({ ...suggestion, own: null, peers: null, targets: null })).toBeNull();
  });

  it('turns a taken suggestion into the reference the live checks use', () => {
    expect(toReference(suggestion)).toEqual({
      lastYear: 2025,
      lastTarget: 93,
      lastActual: 94,
      peerMedian: 93.3,
      unit: '%',
    });
  });
});
