import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseDocument, checkCodes } from './analyse.ts';
import { buildSample001 } from './scoring/testing.ts';
import type { Finding } from './model.ts';

const readerFinding: Finding = {
  severity: 'warning',
  code: 'unparsed-line',
  message: '读取时无法归位的文字：……',
  path: 'document',
  line: 7,
};

describe('analyseDocument', () => {
  it('scores sample 001 and finds the two scores that differ from the rules and the unit mismatch', () => {
    const analysed = analyseDocument(buildSample001());
    expect(analysed.totals.suggestedScore).toBe('97.87');
    expect(analysed.budget.suggestedScore).toBe('10');
    expect(analysed.findings.map((finding) => finding.code)).toEqual([
      'score-differs-from-rule',
      'score-differs-from-rule',
      'unit-mismatch',
    ]);
  });

  it('keeps the reader’s findings first', () => {
    const analysed = analyseDocument({ ...buildSample001(), findings: [readerFinding] });
    expect(analysed.findings[0]).toEqual(readerFinding);
    expect(analysed.findings).toHaveLength(4);
  });

  it('gives the same document when analysed twice', () => {
    const once = analyseDocument({ ...buildSample001(), findings: [readerFinding] });
    expect(analyseDocument(once)).toEqual(once);
  });

  it('replaces stale check findings', () => {
    const stale: Finding = {
      severity: 'error',
      code: 'score-sum-mismatch',
      message: '旧的',
      path: 'totals.score',
    };
    const analysed = analyseDocument({ ...buildSample001(), findings: [stale] });
    expect(analysed.findings.some((finding) => finding.message === '旧的')).toBe(false);
  });

  it('lists every check code', () => {
    expect([...checkCodes].sort()).toEqual(
      [
        'budget-sum-mismatch',
        'deviation-degree',
        'duplicate-indicator',
        'letter-grade-from-scale',
        'letter-grade-unmapped',
        'missing-deviation',
        'missing-monitoring-reason',
        'missing-satisfaction',
        'missing-target',
        'placeholder-indicator',
        'rate-over-100',
        'score-differs-from-rule',
        'score-outside-band',
        'score-sum-mismatch',
        'stated-count-mismatch',
        'stated-rate-mismatch',
        'unit-mismatch',
        'vague-target',
        'weight-sum-mismatch',
      ].sort(),
    );
  });
});

describe('analyseDocument on arbitrary indicators', () => {
  it('never throws and reports only check codes, each with a Chinese message and a path', () => {
    const value = fc.record({
      text: fc.constantFrom('≥100%', '有效提升', '无', '', '下降', '95分', '99.65%', '健全'),
      operator: fc.constantFrom(null, '>=' as const, '<=' as const),
      value: fc.constantFrom(null, '0', '95', '100', '99.65'),
      unit: fc.constantFrom(null, '%', '分'),
      direction: fc.constantFrom(
        'higher-better' as const,
        'lower-better' as const,
        'equal' as const,
        'qualitative' as const,
      ),
      change: fc.constantFrom(null, 'decrease' as const),
      qualitative: fc.constantFrom(null, '有效提升', '健全'),
    });
    const indicator = fc.record({
      level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', ''),
      level2: fc.constantFrom('数量指标', ''),
      name: fc.constantFrom('巡逻次数', '办结率', ''),
      target: fc.option(value, { nil: null }),
      actual: fc.option(value, { nil: null }),
      weight: fc.option(fc.constantFrom('0', '2', '10'), { nil: null }),
      score: fc.option(fc.constantFrom('0', '1', '2.5', '12'), { nil: null }),
      deviation: fc.option(fc.constantFrom('完成绩效目标', '疫情影响'), { nil: null }),
    });
    const codes = new Set<string>(checkCodes);
    fc.assert(
      fc.property(fc.array(fc.array(indicator, { maxLength: 6 }), { maxLength: 3 }), (goals) => {
        const document = {
          ...buildSample001(),
          goals: goals.map((indicators, index) => ({ name: `目标${index + 1}`, indicators })),
        };
        for (const finding of analyseDocument(document).findings) {
          expect(codes.has(finding.code)).toBe(true);
          expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
          expect(finding.path).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
