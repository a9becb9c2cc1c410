import { describe, expect, it } from 'vitest';
import { lightDocument } from './light-document.ts';
import { defaultLightPolicy, milestoneLightPolicy } from './light-policy.ts';
import { requiresReason, isReasonMissing } from './reason-required.ts';
import { buildIndicator, buildMonitoringTable } from './testing.ts';

describe('lightDocument', () => {
  const table = buildMonitoringTable({
    period: { throughMonth: 6 },
    budget: { adjusted: '200', executedToDate: '70' },
    indicators: [
      buildIndicator({ name: '培训人次', target: '≥1000人次', actualToDate: '450' }),
      buildIndicator({ name: '设备采购台数', target: '≥20台', actualToDate: '14' }),
      buildIndicator({ name: '管理制度', target: '健全', actualToDate: '基本健全' }),
      buildIndicator({ name: '未填写', target: '≥10个', actualToDate: null }),
    ],
  });

  it('sets the budget light, each indicator light, the worst as the target light, and 序时进度', () => {
    const lit = lightDocument(table);
    expect(lit.monitoring?.budgetLight).toBe('yellow'); // 35% ÷ 50% = 70%
    expect(lit.goals[0]?.indicators.map((indicator) => indicator.monitoring?.light)).toEqual([
      'green',
      'blue',
      'yellow',
      null,
    ]);
    expect(lit.monitoring?.targetLight).toBe('yellow');
    expect(lit.monitoring?.timeProgress).toBe('50');
    expect(table.goals[0]?.indicators[0]?.monitoring?.light).toBeUndefined();
  });

  it('takes red as the worst of red, yellow, blue and green', () => {
    const withRed = buildMonitoringTable({
      period: { throughMonth: 6 },
      indicators: [
        buildIndicator({ target: '≥1000人次', actualToDate: '700' }),
        buildIndicator({ target: '≥1000人次', actualToDate: '10' }),
      ],
    });
    expect(lightDocument(withRed).monitoring?.targetLight).toBe('red');
  });

  it('gives no target light when no indicator can be judged', () => {
    const empty = buildMonitoringTable({
      period: { throughMonth: 6 },
      indicators: [buildIndicator({ target: '≥10个' })],
    });
    expect(lightDocument(empty).monitoring?.targetLight).toBeNull();
  });

  it('region variant: progress more than 10 points from 执行率 warns (exactly 10 does not)', () => {
    const document = buildMonitoringTable({
      period: { throughMonth: 6 },
      budget: { adjusted: '100', executedToDate: '50' },
      indicators: [
        buildIndicator({ target: '≥1000人次', actualToDate: '600' }), // 60% vs 50%: 10 points
        buildIndicator({ target: '≥1000人次', actualToDate: '601' }), // 60.1%: warns
        buildIndicator({ target: '≥1000人次', actualToDate: '399' }), // 39.9%: warns
      ],
    });
    const lights = lightDocument(document, milestoneLightPolicy).goals[0]?.indicators.map(
      (indicator) => indicator.monitoring?.light,
    );
    expect(lights).toEqual(['blue', 'yellow', 'yellow']);
    expect(lightDocument(document, milestoneLightPolicy).monitoring?.budgetLight).toBe('green');
  });
});

describe('requiresReason', () => {
  it.each([
    ['red', null, true, true],
    ['yellow', null, false, true],
    ['green', null, false, false],
    ['blue', null, false, false],
    ['green', 'possible', true, true],
    ['green', 'impossible', true, true],
    ['green', 'certain', false, false],
  ] as const)('light %s, likelihood %s: default %s, region %s', (light, likelihood, byDefault, byRegion) => {
    expect(requiresReason({ light, likelihood }, defaultLightPolicy)).toBe(byDefault);
    expect(requiresReason({ light, likelihood }, milestoneLightPolicy)).toBe(byRegion);
  });

  it('finds a required reason missing until 原因说明 or 纠偏措施 is written', () => {
    expect(isReasonMissing({ light: 'red', explanation: ' ' }, defaultLightPolicy)).toBe(true);
    expect(isReasonMissing({ light: 'red', correctiveAction: '加快采购进度' }, defaultLightPolicy)).toBe(
      false,
    );
    expect(isReasonMissing({ light: 'green' }, defaultLightPolicy)).toBe(false);
  });
});
