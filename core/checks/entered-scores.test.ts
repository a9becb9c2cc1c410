import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy, scoreDocument } from '../scoring/index.ts';
import {
  buildIndicator,
  buildSample001,
  buildSelfEvaluation,
  changeValue,
  numericValue,
  wordingValue,
} from '../scoring/testing.ts';
import { checkEnteredScores } from './entered-scores.ts';
import type { Indicator } from '../model.ts';

const policy = defaultScoringPolicy;

function check(indicator: Indicator, budget = {}) {
  return checkEnteredScores(
    scoreDocument(buildSelfEvaluation({ indicators: [indicator], budget }), policy),
    policy,
  );
}

describe('score-differs-from-rule', () => {
  it('gives both scores for DNA 采集数 and 培训人次 in sample 001, and nothing else', () => {
    const findings = checkEnteredScores(scoreDocument(buildSample001()), policy);
    expect(findings.map((finding) => finding.code)).toEqual([
      'score-differs-from-rule',
      'score-differs-from-rule',
    ]);
    expect(findings[0]?.message).toContain('“男性家族排查系统建设DNA数据采集数”按规则应得1.92分，填报为1分');
    expect(findings[0]?.path).toBe('goals.0.indicators.5.score');
    expect(findings[1]?.message).toContain('按规则应得1.95分，填报为1分');
  });

  it('stays silent when the entered score is the rule’s', () => {
    expect(
      check(
        buildIndicator({
          name: 'x',
          target: numericValue('10'),
          actual: numericValue('9'),
          weight: '2',
          score: '1.8',
        }),
      ),
    ).toEqual([]);
  });

  it('compares the entered execution score with the rule’s', () => {
    const findings = check(buildIndicator({ name: 'x' }), {
      adjusted: '100',
      executed: '80',
      weight: '10',
      score: '10',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'score-differs-from-rule', path: 'budget.score' });
    expect(findings[0]?.message).toBe('预算执行率按规则应得8分，填报为10分，请核对得分');
  });
});

describe('score-outside-band', () => {
  it('reports a score above the weight', () => {
    const findings = check(
      buildIndicator({
        name: 'x',
        target: numericValue('10'),
        actual: numericValue('10'),
        weight: '2',
        score: '3',
      }),
    );
    expect(findings).toEqual([expect.objectContaining({ code: 'score-outside-band', severity: 'error' })]);
    expect(findings[0]?.message).toContain('超出0–2分的范围');
  });

  it('reports a negative score', () => {
    expect(check(buildIndicator({ name: 'x', weight: '2', score: '-1' }))[0]?.code).toBe(
      'score-outside-band',
    );
  });

  it('reports an execution score above its weight', () => {
    expect(
      check(buildIndicator({ name: 'x' }), {
        adjusted: '100',
        executed: '100',
        weight: '10',
        score: '12',
      })[0],
    ).toMatchObject({
      code: 'score-outside-band',
      path: 'budget.score',
    });
  });

  it('accepts a 未达成 score inside its band (sample 001: 下降 vs 上升9.11%, 2 of 4)', () => {
    const indicator = buildIndicator({
      name: '刑事案件发案率',
      target: changeValue('decrease', null),
      actual: changeValue('increase', '9.11'),
      weight: '4',
      score: '2',
    });
    expect(check(indicator)).toEqual([]);
  });

  it.each([
    ['lower', '2.4', true], // 60% belongs to 部分达成 when the lower edge is closed
    ['upper', '2.4', false],
    ['lower', '2.39', false],
    ['upper', '2.41', true],
  ] as const)('with the %s edge closed a 未达成 score of %s is outside: %s', (edge, score, isOutside) => {
    const regional = mergePolicy(policy, { qualitativeClosedEdge: edge });
    const indicator = buildIndicator({
      name: 'x',
      target: changeValue('decrease', null),
      actual: changeValue('increase', '9.11'),
      weight: '4',
      score,
    });
    const findings = checkEnteredScores(
      scoreDocument(buildSelfEvaluation({ indicators: [indicator] }), regional),
      regional,
    );
    expect(findings.some((finding) => finding.code === 'score-outside-band')).toBe(isOutside);
  });

  it('reports an achieved qualitative score below 80% of the weight', () => {
    const findings = check(
      buildIndicator({
        name: '机制健全性',
        target: wordingValue('健全'),
        actual: wordingValue('健全'),
        weight: '10',
        score: '7',
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      '“机制健全性”实际完成情况属于“达成”，得分应在8–10分之间，填报为7分，请更正',
    );
  });
});
