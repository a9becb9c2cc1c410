import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../contract/indicator-library.ts';
import { describeReference, describeSuggestion, proposeTarget, toReference } from './describe-suggestion.ts';

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

describe('the reference note beside an indicator in the review view', () => {
  it('names the typical target, the peers’ median and the unit’s last target and actual', () => {
    expect(
      describeReference({
        lastYear: 2025,
        lastTarget: 10,
        lastActual: 11,
        peerMedian: 10,
        typicalTarget: 12,
        unit: '公里',
      }),
    ).toBe('参考：常见指标值 12公里；同行业中位数 10公里；本单位2025年 指标值 10公里 / 实际 11公里');
  });

  it('leaves out what is unknown, and says nothing for a name the library does not know', () => {
    expect(
      describeReference({ lastYear: null, lastTarget: null, lastActual: null, peerMedian: 93, unit: '%' }),
    ).toBe('参考：同行业中位数 93%');
    expect(
      describeReference({
        lastYear: 2024,
        lastTarget: 95,
        lastActual: null,
        peerMedian: null,
        typicalTarget: null,
        unit: '%',
      }),
    ).toBe('参考：本单位2024年 指标值 95% / 实际 —');
    expect(describeReference(undefined)).toBeNull();
  });
});
