import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { buildIndicator, buildSample001, buildSelfEvaluation } from '../scoring/testing.ts';
import fc from 'fast-check';
import { toDecimal } from '../decimal.ts';
import { checkTargetValues, isAtLeastHundred } from './target-values.ts';
import type { Indicator } from '../model.ts';

function check(fields: { name: string; target?: string | null; actual?: string; weight?: string }) {
  const indicator: Indicator = buildIndicator({
    name: fields.name,
    target:
      fields.target === undefined || fields.target === null
        ? null
        : parseIndicatorValue(fields.target, { name: fields.name }),
    actual: fields.actual === undefined ? null : parseIndicatorValue(fields.actual, { name: fields.name }),
    weight: fields.weight ?? null,
  });
  return checkTargetValues(buildSelfEvaluation({ indicators: [indicator] }));
}

const codes = (findings: Array<{ code: string }>) => findings.map((finding) => finding.code);

describe('target value checks', () => {
  it('find only the unit mismatch of 群众对户籍工作满意度 in sample 001', () => {
    const findings = checkTargetValues(buildSample001());
    expect(codes(findings)).toEqual(['unit-mismatch']);
    expect(findings[0]?.message).toContain('“群众对户籍工作满意度”的指标值单位为“分”，实际完成值单位为“%”');
    expect(findings[0]?.path).toBe('goals.0.indicators.26.actual');
  });

  it.each([
    [{ name: '巡逻次数', target: null }, ['missing-target']],
    [{ name: '巡逻次数', target: '' }, ['missing-target']],
    [{ name: '巡逻次数', target: '≥12次' }, []],
    [{ name: '巡逻次数', target: '无', weight: '2' }, ['placeholder-indicator']],
    [{ name: '巡逻次数', target: '/', weight: '2' }, ['placeholder-indicator']],
    [{ name: '巡逻次数', target: '不涉及', weight: '0' }, []],
    [{ name: '巡逻次数', target: '无' }, []],
    [{ name: '群众安全感', target: '有效提升' }, ['vague-target']],
    [{ name: '群众安全感', target: '≥95%' }, []],
    [{ name: '案件办结率', target: '≥100%' }, ['rate-over-100']],
    [{ name: '案件办结率', target: '>100%' }, ['rate-over-100']],
    [{ name: '案件办结率', target: '=100%' }, []],
    [{ name: '案件办结率', target: '≥99%' }, []],
    [{ name: '专项经费执行率', target: '执行率达到100%' }, []],
    [{ name: '满意度', target: '≥95分', actual: '99.65%' }, ['unit-mismatch']],
    [{ name: '满意度', target: '≥95分', actual: '96分' }, []],
    [{ name: 'DNA采集数', target: '10000份', actual: '9580' }, []],
  ])('%o gives %o', (fields, expected) => {
    expect(codes(check(fields))).toEqual(expected);
  });

  it('name the indicator and say what to write instead', () => {
    const [finding] = check({ name: '案件办结率', target: '≥100%' });
    expect(finding?.message).toBe('“案件办结率”是比率，指标值“≥100%”要求超过100%，无法实现，请改为“=100%”');
  });
});

describe('isAtLeastHundred', () => {
  it.each([
    ['100', true],
    ['100.0', true],
    ['99.99', false],
    ['99.999999999999999999', false],
    ['100.000000000000000001', true],
    [' 120 ', true],
    ['-100', false],
    ['1e3', false],
    ['abc', false],
    [null, false],
  ])('reads %j as ≥ 100: %s', (text, expected) => {
    expect(isAtLeastHundred(text)).toBe(expected);
  });

  it('agrees with Decimal on any decimal text', () => {
    const decimalText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.option(fc.bigInt({ min: 0n, max: 10n ** 20n }), { nil: null }), fc.constantFrom('', ' '))
      .map(([negative, integer, fraction, space]) => `${space}${negative ? '-' : ''}${integer}${fraction === null ? '' : `.${fraction}`}${space}`);
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.string()), (text) => {
        expect(isAtLeastHundred(text)).toBe(toDecimal(text)?.greaterThanOrEqualTo(100) ?? false);
      }),
      { numRuns: 2_000 },
    );
  });
});
