import { describe, expect, it } from 'vitest';
import { buildSample001 } from '../scoring/testing.ts';
import { checkScoreSums } from './score-sums.ts';

describe('score-sum-mismatch', () => {
  it('stays silent when 总分 96 = 10 + Σ entered scores (sample 001)', () => {
    expect(checkScoreSums(buildSample001())).toEqual([]);
  });

  it('reports a stated 总分 that the scores do not add up to', () => {
    const document = buildSample001();
    document.totals.score = '95';
    const findings = checkScoreSums(document);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'score-sum-mismatch',
      severity: 'error',
      path: 'totals.score',
    });
    expect(findings[0]?.message).toBe(
      '表中总分为95分，而预算执行率得分与各指标得分之和为96分，请核对总分或各项得分',
    );
  });

  it('stays silent without a stated 总分', () => {
    const document = buildSample001();
    document.totals.score = null;
    expect(checkScoreSums(document)).toEqual([]);
  });
});
