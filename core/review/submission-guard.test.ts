import { describe, expect, it } from 'vitest';
import type { Finding, Indicator, PerformanceDocument } from '../model.ts';
import { checkSubmission } from './submission-guard.ts';

function indicatorNamed(name: string): Indicator {
  return { level1: '产出指标', level2: '数量指标', name, target: null };
}

const document: Pick<PerformanceDocument, 'kind' | 'goals'> = {
  kind: 'self-evaluation',
  goals: [
    { name: '', indicators: [indicatorNamed('破获刑事案件数'), indicatorNamed('打掉电信诈骗团伙数')] },
    { name: '目标二', indicators: [indicatorNamed('群众满意度')] },
  ],
};

function finding(code: string, path: string, severity: Finding['severity'] = 'error'): Finding {
  return { severity, code, message: '…', path };
}

describe('checkSubmission', () => {
  it.each([
    ['no findings', []],
    ['findings that do not block', [finding('score-differs-from-rule', 'goals.0.indicators.0.score', 'warning')]],
    ['a vague target', [finding('vague-target', 'goals.1.indicators.0.target')]],
  ])('lets a self-evaluation with %s be submitted', (_label, findings) => {
    expect(checkSubmission({ document, findings })).toEqual({ ok: true });
  });

  it('refuses while a not-fully-met indicator has no deviation reason, naming it', () => {
    const result = checkSubmission({
      document,
      findings: [finding('missing-deviation', 'goals.0.indicators.1.deviation')],
    });
    expect(result).toEqual({
      ok: false,
      code: 'submission-blocked',
      message:
        '自评表暂不能提交。以下指标未完全达成但未填写偏差原因分析及改进措施：“打掉电信诈骗团伙数”。请补充后再提交。',
      indicators: [{ path: 'goals.0.indicators.1', name: '打掉电信诈骗团伙数', code: 'missing-deviation' }],
    });
  });

  it('refuses while a score lies outside its band, listing both problems and each indicator once', () => {
    const result = checkSubmission({
      document,
      findings: [
        finding('score-outside-band', 'goals.1.indicators.0.score'),
        finding('missing-deviation', 'goals.0.indicators.0'),
        finding('missing-deviation', 'goals.0.indicators.0.deviation'),
        finding('missing-deviation', 'goals.0.indicators.1'),
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe(
      '自评表暂不能提交。以下指标未完全达成但未填写偏差原因分析及改进措施：“破获刑事案件数”、“打掉电信诈骗团伙数”；' +
        '以下指标得分超出所属档次的分值范围：“目标二 / 群众满意度”。请补充后再提交。',
    );
    expect(result.indicators.map((item) => item.path)).toEqual([
      'goals.1.indicators.0',
      'goals.0.indicators.0',
      'goals.0.indicators.1',
    ]);
  });

  it('still refuses when a blocking finding points at an indicator that no longer exists', () => {
    const result = checkSubmission({ document, findings: [finding('missing-deviation', 'goals.5.indicators.0')] });
    expect(result).toMatchObject({ ok: false, indicators: [{ name: 'goals.5.indicators.0' }] });
  });

  it.each(['target-table', 'approval-table', 'evaluation-report'] as const)(
    'does not apply the self-evaluation rule to a %s',
    (kind) => {
      const findings = [finding('missing-deviation', 'goals.0.indicators.0')];
      expect(checkSubmission({ document: { ...document, kind }, findings })).toEqual({ ok: true });
    },
  );
});

describe('checkSubmission of a monitoring table', () => {
  const table: Pick<PerformanceDocument, 'kind' | 'goals'> = { kind: 'monitoring', goals: [{ name: '', indicators: [indicatorNamed('养护里程')] }] };

  it('refuses while a light that needs a reason has none, naming the indicator', () => {
    const result = checkSubmission({ document: table, findings: [finding('missing-monitoring-reason', 'goals.0.indicators.0.monitoring.explanation', 'warning')] });
    expect(result).toMatchObject({ ok: false, code: 'submission-blocked', indicators: [{ path: 'goals.0.indicators.0', name: '养护里程', code: 'missing-monitoring-reason' }] });
    expect(result.ok ? '' : result.message).toMatch(/^监控表暂不能提交/);
  });

  it("ignores a self-evaluation's blocking codes on a monitoring table", () => {
    expect(checkSubmission({ document: table, findings: [finding('missing-deviation', 'goals.0.indicators.0.deviation')] })).toEqual({ ok: true });
  });
});
