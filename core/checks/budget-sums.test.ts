import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PerformanceDocument } from '../model.ts';
import { BUDGET_PART_UNPLACED, checkBudgetGroups, checkBudgetSums } from './budget-sums.ts';

function targetTable(budget: PerformanceDocument['budget']): PerformanceDocument {
  return { ...createEmptyDocument('target-table'), budget };
}

describe('budget-sum-mismatch', () => {
  it('stays silent when the parts add up (sample 000: 12222.69 = 9368.19 + 2854.50)', () => {
    const document = targetTable({
      total: '12222.69',
      bySource: {
        generalPublic: '12222.69',
        governmentFund: '0',
        specialAccount: '0',
        other: '0',
        total: '12222.69',
      },
      byNature: { basic: '9368.19', project: '2854.5', total: '12222.69' },
    });
    expect(checkBudgetSums(document)).toEqual([]);
  });

  it('reports 按支出性质分 parts that do not add up to the 资金总额', () => {
    const findings = checkBudgetSums(
      targetTable({ total: '12222.69', byNature: { basic: '9368.19', project: '2854.40' } }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'budget-sum-mismatch',
      severity: 'error',
      path: 'budget.byNature',
    });
    expect(findings[0]?.message).toContain('12222.59');
    expect(findings[0]?.message).toContain('相差0.1万元');
  });

  it('reports a stated 合计 once when it equals the 资金总额 and both differ from the parts', () => {
    const findings = checkBudgetSums(
      targetTable({ total: '100', bySource: { generalPublic: '60', other: '30', total: '100' } }),
    );
    expect(findings.map((finding) => finding.path)).toEqual(['budget.bySource.total']);
  });

  it('compares a self-evaluation’s parts with its 全年预算数 (sample 001)', () => {
    const document: PerformanceDocument = {
      ...createEmptyDocument('self-evaluation'),
      budget: {
        adjusted: '8016.09',
        bySource: { generalPublic: '7897.75', governmentFund: '0', specialAccount: '0', other: '118.34' },
      },
    };
    expect(checkBudgetSums(document)).toEqual([]);
    document.budget.bySource = { generalPublic: '7897.75', other: '118.43' };
    expect(checkBudgetSums(document)).toHaveLength(1);
  });

  it('reports a report’s itemised list whose items do not add up, with its line', () => {
    const document: PerformanceDocument = {
      ...createEmptyDocument('evaluation-report'),
      report: {
        sections: [],
        moneyLists: [
          {
            label: '政府性基金预算支出',
            amount: '5855.5',
            items: [
              { label: '甲', amount: '5000' },
              { label: '乙', amount: '855.5' },
            ],
          },
          {
            label: '基本支出',
            amount: '9000',
            items: [
              { label: '人员经费', amount: '8000' },
              { label: '公用经费', amount: '900' },
            ],
            line: 12,
          },
        ],
      },
    };
    const findings = checkBudgetSums(document);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'budget-sum-mismatch', path: 'report.moneyLists.1', line: 12 });
    expect(findings[0]?.message).toContain('“基本支出”');
  });

  it('ignores a list without items', () => {
    const document: PerformanceDocument = {
      ...createEmptyDocument('evaluation-report'),
      report: { sections: [], moneyLists: [{ label: '项目支出', amount: '10', items: [] }] },
    };
    expect(checkBudgetSums(document)).toEqual([]);
  });

  it('ignores a list of one item: a part named after 其中, not the whole breakdown', () => {
    const document: PerformanceDocument = {
      ...createEmptyDocument('evaluation-report'),
      report: {
        sections: [],
        moneyLists: [{ label: '收入', amount: '512.40', items: [{ label: '财政拨款收入', amount: '500.10' }] }],
      },
    };
    expect(checkBudgetSums(document)).toEqual([]);
  });
});

describe('checkBudgetGroups (the editor’s live sums)', () => {
  const budgetWith = (bySource: Record<string, string | null>, total: string | null = null) => ({ ...createEmptyDocument('target-table').budget, total, bySource });

  it.each([
    { parts: ['0.1', '0.2'], total: '0.3', isConsistent: true },
    { parts: ['12222.69', null], total: '12222.69', isConsistent: true },
    { parts: ['100', '20.01'], total: '120', isConsistent: false },
    { parts: ['100', null], total: null, isConsistent: true },
  ])('parts $parts against 合计 $total → consistent: $isConsistent', ({ parts, total, isConsistent }) => {
    const [check] = checkBudgetGroups({ budget: budgetWith({ generalPublic: parts[0]!, other: parts[1]!, total }), kind: 'target-table' });
    expect(check!.findings.length === 0).toBe(isConsistent);
  });

  it('gives the sum of what is filled in, and how far apart it is from the stated total', () => {
    const [check] = checkBudgetGroups({ budget: budgetWith({ generalPublic: '100', governmentFund: '20.01', total: '120' }), kind: 'target-table' });
    expect(check!.sum).toBe('120.01');
    expect(check!.findings[0]!.message).toContain('相差0.01万元');
  });

  it('gives no sum when no part is filled in', () => {
    expect(checkBudgetGroups({ budget: budgetWith({ generalPublic: null, total: '5' }), kind: 'target-table' })).toEqual([{ group: 'bySource', sum: null, findings: [] }]);
  });
});

describe('budget-sum-mismatch with parts of parts', () => {
  it('counts 一般公共预算 and 政府性基金 through 财政拨款 when both are written', () => {
    const document = targetTable({ total: '150', bySource: { currentYear: '120', generalPublic: '100', governmentFund: '20', other: '30' } });
    expect(checkBudgetSums(document)).toEqual([]);
    document.budget.bySource = { currentYear: '120', generalPublic: '100', governmentFund: '20', other: '40' };
    expect(checkBudgetSums(document)).toHaveLength(1);
  });

  it('compares no sources when the reader says a part was written under a label no slot holds', () => {
    const document = targetTable({ total: '265.5', bySource: { other: '85.5' } });
    expect(checkBudgetSums(document)).toHaveLength(1);
    document.findings = [{ severity: 'info', code: BUDGET_PART_UNPLACED, message: '', path: 'budget.bySource' }];
    expect(checkBudgetSums(document)).toEqual([]);
  });
});
