import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy as policy } from '../scoring/index.ts';
import {
  buildIndicator,
  buildSample001,
  buildSelfEvaluation,
  numericValue,
  wordingValue,
} from '../scoring/testing.ts';
import { checkMissingDeviation } from './missing-deviation.ts';
import type { Indicator } from '../model.ts';

function check(indicator: Indicator) {
  return checkMissingDeviation(buildSelfEvaluation({ indicators: [indicator] }), policy);
}

const shortfall = {
  name: 'DNA采集数',
  target: numericValue('10000', { unit: '份' }),
  actual: numericValue('9580'),
  weight: '2',
};

describe('missing-deviation', () => {
  it('stays silent on sample 001, where every shortfall has a reason', () => {
    expect(checkMissingDeviation(buildSample001(), policy)).toEqual([]);
  });

  it.each([null, '', '完成绩效目标', '完成绩效目标。', '已完成年度绩效目标', '/'])(
    'reports a shortfall whose 偏差原因分析 is %j',
    (deviation) => {
      const findings = check(buildIndicator({ ...shortfall, deviation }));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        code: 'missing-deviation',
        severity: 'warning',
        path: 'goals.0.indicators.0.deviation',
      });
      expect(findings[0]?.message).toBe(
        '“DNA采集数”未完全达成指标值（指标值“10000份”，实际完成“9580”），请填写偏差原因分析及改进措施',
      );
    },
  );

  it('accepts a real reason', () => {
    expect(check(buildIndicator({ ...shortfall, deviation: '采集难度加大。' }))).toEqual([]);
  });

  it('stays silent when the target is met', () => {
    expect(
      check(buildIndicator({ ...shortfall, actual: numericValue('10000'), deviation: '完成绩效目标' })),
    ).toEqual([]);
  });

  it('reports a qualitative target only partly achieved', () => {
    expect(
      check(
        buildIndicator({
          name: '机制',
          target: wordingValue('健全'),
          actual: wordingValue('基本健全'),
          weight: '1',
        }),
      ),
    ).toHaveLength(1);
  });
});
