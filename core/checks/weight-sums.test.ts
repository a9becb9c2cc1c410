import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy } from '../scoring/index.ts';
import { buildIndicator, buildSample001, buildSelfEvaluation } from '../scoring/testing.ts';
import { createEmptyDocument } from '../model.ts';
import { checkWeightSums } from './weight-sums.ts';

const policy = defaultScoringPolicy;

function weighted(level1: string, weight: string) {
  return buildIndicator({ name: `${level1}${weight}`, level1, weight });
}

describe('weight-sum-mismatch', () => {
  it('stays silent on sample 001 (10 + 50 + 30 + 10)', () => {
    expect(checkWeightSums(buildSample001(), policy)).toEqual([]);
  });

  it('reports a level whose indicators do not add up to the policy weight, and the whole', () => {
    const document = buildSelfEvaluation({
      indicators: [weighted('产出指标', '48'), weighted('效益指标', '30'), weighted('满意度指标', '10')],
      budget: { weight: '10' },
    });
    const findings = checkWeightSums(document, policy);
    expect(findings.map((finding) => finding.path)).toEqual(['goals.0.indicators.0.weight', 'totals.weight']);
    expect(findings[0]?.message).toContain('产出指标下各指标分值合计为48分');
    expect(findings[1]?.message).toContain('98分，应为100分');
  });

  it('uses the weight in the level heading before the policy’s', () => {
    const document = buildSelfEvaluation({
      indicators: [
        weighted('产出指标（60分）', '60'),
        weighted('效益指标（20分）', '20'),
        weighted('满意度指标', '10'),
      ],
      budget: { weight: '10' },
    });
    expect(checkWeightSums(document, policy)).toEqual([]);
  });

  it('follows a region’s level weights', () => {
    const document = buildSelfEvaluation({
      indicators: [weighted('产出指标', '40'), weighted('效益指标', '40'), weighted('满意度指标', '10')],
      budget: { weight: '10' },
    });
    expect(checkWeightSums(document, policy)).toHaveLength(2);
    const regional = mergePolicy(policy, { levelWeights: { output: '40', outcome: '40' } });
    expect(checkWeightSums(document, regional)).toEqual([]);
  });

  it('counts 满意度 within 效益 when the policy folds it there', () => {
    const document = buildSelfEvaluation({
      indicators: [weighted('产出指标', '60'), weighted('效益指标', '20'), weighted('满意度指标', '10')],
      budget: { weight: '10' },
    });
    const folded = mergePolicy(policy, {
      levelWeights: { output: '60', outcome: '30', satisfaction: null },
      levelsCountedWithin: { satisfaction: 'outcome' },
    });
    expect(checkWeightSums(document, folded)).toEqual([]);
    const short = mergePolicy(folded, { levelWeights: { outcome: '40' } });
    const findings = checkWeightSums(document, short);
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('效益指标（含满意度指标）下各指标分值合计为30分'),
    ]);
  });

  it('reports a stated 总分 分值 that differs from the weights that add up to 100', () => {
    const document = buildSample001();
    document.totals.weight = '90';
    const findings = checkWeightSums(document, policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('总分栏分值为90分');
  });

  it('accepts a target table whose indicators carry 90 beside a 10-point execution rate', () => {
    const document = {
      ...createEmptyDocument('target-table'),
      goals: [
        {
          name: '',
          indicators: [weighted('产出指标', '50'), weighted('效益指标', '30'), weighted('满意度指标', '10')],
        },
      ],
    };
    expect(checkWeightSums(document, policy)).toEqual([]);
  });

  it('checks an evaluation scoring table (决策/过程/产出/效益) against its headings only, with 预算执行率 among 过程', () => {
    const document = buildSelfEvaluation({
      indicators: [weighted('决策（20分）', '20'), weighted('过程（20分）', '20'), weighted('产出（40分）', '40'), weighted('效益（20分）', '20')],
    });
    expect(checkWeightSums(document, policy)).toEqual([]);
    const short = buildSelfEvaluation({
      indicators: [weighted('决策（20分）', '16'), weighted('过程', '20'), weighted('产出', '40'), weighted('效益', '20')],
    });
    const findings = checkWeightSums(short, policy);
    expect(findings.map((finding) => finding.message)).toEqual([
      '决策下各指标分值合计为16分，与表头所列决策分值20分不一致，请调整各指标分值',
      '各指标分值之和为96分，应为100分，请调整分值',
    ]);
  });

  it('keeps the policy’s level weights for a table without 决策 or 过程', () => {
    const document = buildSelfEvaluation({ indicators: [weighted('产出', '40'), weighted('效益', '40'), weighted('满意度', '10')], budget: { weight: '10' } });
    expect(checkWeightSums(document, policy).map((finding) => finding.message)[0]).toContain('与规定的产出指标分值50分不一致');
  });

  it('stays silent when no weights are given', () => {
    expect(
      checkWeightSums(buildSelfEvaluation({ indicators: [buildIndicator({ name: 'x' })] }), policy),
    ).toEqual([]);
  });
});
