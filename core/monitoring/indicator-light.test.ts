import { describe, expect, it } from 'vitest';
import { lightIndicator } from './indicator-light.ts';
import { defaultLightPolicy, mergeLightPolicy } from './light-policy.ts';
import { buildIndicator } from './testing.ts';
import { computeTimeProgress } from './time-progress.ts';

const halfYear = computeTimeProgress({ period: { throughMonth: 6 }, mode: 'months', year: 2025 });

function light(target: string, actualToDate: string | null, name?: string) {
  return lightIndicator({
    indicator: buildIndicator({ target, actualToDate, name }),
    progress: halfYear,
    policy: defaultLightPolicy,
  });
}

describe('正向 indicator light: 完成值 ÷ (年度指标值 × m/12)', () => {
  // Target 1000 人次, 1-6月: 500 due; the edges are 300 (60%), 400 (80%), 600 (120%).
  it.each([
    ['0', 'red'],
    ['299.9', 'red'],
    ['300', 'yellow'],
    ['399', 'yellow'],
    ['400', 'green'],
    ['599', 'green'],
    ['600', 'blue'],
    ['1500', 'blue'],
  ])('≥1000人次, done %s by June → %s', (actual, expected) => {
    expect(light('≥1000人次', actual)).toBe(expected);
  });

  it('does not scale levels by time: a 合格率 of 95% against ≥95% is green', () => {
    expect(light('≥95%', '95%', '验收合格率')).toBe('green');
    // 60% of 95 = 57 exactly: the edge belongs to yellow.
    expect(light('≥95%', '56.99%', '验收合格率')).toBe('red');
    expect(light('≥95%', '57%', '验收合格率')).toBe('yellow');
  });

  it('scales by time when the policy lists no level units', () => {
    const policy = mergeLightPolicy(defaultLightPolicy, { levelUnits: [] });
    const indicator = buildIndicator({ target: '≥95%', actualToDate: '95%', name: '验收合格率' });
    expect(lightIndicator({ indicator, progress: halfYear, policy })).toBe('blue');
  });

  it('gives no light without an actual, or with a target of 0', () => {
    expect(light('≥1000人次', null)).toBeNull();
    expect(light('≥0人次', '10')).toBeNull();
  });
});

describe('反向 and 等于: green or red', () => {
  it.each([
    ['≤5%', '5%', 'green'],
    ['≤5%', '5.01%', 'red'],
    ['<5%', '5%', 'red'],
    ['<5%', '4.99%', 'green'],
    ['=100%', '100%', 'green'],
    ['=100%', '99.9%', 'red'],
  ])('%s with %s done → %s', (target, actual, expected) => {
    expect(light(target, actual, '投诉率')).toBe(expected);
  });

  it('judges a count due by year end (=12次) by the share due now', () => {
    expect(light('=12次', '6', '督查次数')).toBe('green');
    expect(light('=12次', '5', '督查次数')).toBe('red');
    expect(light('=12次', '13', '督查次数')).toBe('red');
  });
});

describe('定性: 达成 / 部分达成 / 未达成', () => {
  it.each([
    ['健全', '健全', 'green'],
    ['健全', '基本健全', 'yellow'],
    ['健全', '不健全', 'red'],
    ['有效提升', '正在调研', null],
  ])('target %s, done %s → %s', (target, actual, expected) => {
    expect(light(target, actual, '管理制度')).toBe(expected);
  });
});
