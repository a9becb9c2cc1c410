import { describe, expect, it } from 'vitest';
import { Dec } from '../decimal.ts';
import { createEmptyDocument } from '../model.ts';
import { checkStatedRates, doesRateAgree } from './stated-rate.ts';

describe('doesRateAgree', () => {
  it.each([
    ['45.5', '45.5', true],
    ['45.56', '45.555', true], // half-up
    ['45.55', '45.555', true], // cut off
    ['45.6', '45.555', true],
    ['45', '45.555', true],
    ['46', '45.555', true],
    ['45.54', '45.555', false],
    ['47', '45.555', false],
  ])('stated %s for %s → %s', (stated, exact, expected) => {
    expect(doesRateAgree(stated, new Dec(exact))).toBe(expected);
  });
});

describe('checkStatedRates', () => {
  it('checks a monitoring table’s 执行率 against 1-N月执行数 / 调整后预算数', () => {
    const document = createEmptyDocument('monitoring', 'project');
    document.budget = { adjusted: '80', executedToDate: '30', executionRate: '37.5' };
    expect(checkStatedRates(document)).toEqual([]);
    document.budget.executionRate = '40';
    const findings = checkStatedRates(document);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'stated-rate-mismatch', path: 'budget.executionRate' });
    expect(findings[0]?.message).toBe(
      '预算执行率（执行数/调整后预算数）填报为40%，按所列金额计算应为37.5%，请核对执行率或金额',
    );
  });

  it('checks each budget row by funding source', () => {
    const document = createEmptyDocument('monitoring', 'project');
    document.monitoring = {
      period: { throughMonth: 6 },
      budgetRows: [
        {
          source: 'currentYear',
          label: '本年财政拨款',
          adjusted: '60',
          executedToDate: '20',
          executionRate: '33.33',
        },
        {
          source: 'carriedOver',
          label: '上年结转资金',
          adjusted: '20',
          executedToDate: '10',
          executionRate: '40',
        },
      ],
    };
    expect(checkStatedRates(document).map((finding) => finding.path)).toEqual([
      'monitoring.budgetRows.1.executionRate',
    ]);
  });

  it('checks a report’s stated rate on the base it names, and skips one without a base', () => {
    const document = createEmptyDocument('monitoring', 'project');
    document.monitoring = {
      period: { cutOffDate: '2025-06-30' },
      moneyFacts: [
        { kind: 'budget', amount: '200', label: '预算', line: 3 },
        { kind: 'received', amount: '160', label: '资金到位', line: 4 },
        { kind: 'spent', amount: '90', label: '已支付', line: 5 },
      ],
      statedRates: [
        { rate: '56.25', numerator: 'spent', base: 'received', label: '支付率', line: 5 },
        { rate: '56.25', numerator: 'spent', base: 'budget', label: '执行率', line: 6 },
        { rate: '99', numerator: 'spent', base: null, label: '执行率', line: 7 },
      ],
    };
    const findings = checkStatedRates(document);
    expect(findings.map((finding) => finding.path)).toEqual(['monitoring.statedRates.1']);
    expect(findings[0]?.message).toContain('应为45%');
    expect(findings[0]?.line).toBe(6);
  });

  it('checks a self-evaluation’s 执行率 against 全年执行数 / 全年预算数', () => {
    const document = createEmptyDocument('self-evaluation', 'project');
    document.budget = { adjusted: '300', executed: '297', executionRate: '99' };
    expect(checkStatedRates(document)).toEqual([]);
    document.budget.executionRate = '98';
    expect(checkStatedRates(document)).toHaveLength(1);
  });
});
