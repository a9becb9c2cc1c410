import { describe, expect, it } from 'vitest';
import { buildProjectBudget, describeFundingMismatch } from './project-budget.ts';

describe('describeFundingMismatch', () => {
  it('accepts sources that add up exactly, where floats would not (0.1 + 0.2 = 0.3)', () => {
    expect(describeFundingMismatch({ total: '0.3', currentYear: '0.1', carriedOver: '0.2', other: null })).toBeNull();
  });

  it('names the sum, the total and the difference when the sources do not add up', () => {
    expect(describeFundingMismatch({ total: '120', currentYear: '100', carriedOver: null, other: '19.99' })).toBe(
      '资金来源合计为119.99万元，与资金总额120万元不一致（相差0.01万元）',
    );
  });

  it('says nothing while no source is filled in', () => {
    expect(describeFundingMismatch({ total: '50', currentYear: null, carriedOver: null, other: null })).toBeNull();
  });
});

describe('buildProjectBudget', () => {
  it('keeps the sources in bySource with their exact 合计', () => {
    expect(buildProjectBudget({ total: '80.5', currentYear: '60.25', carriedOver: '20.25', other: null })).toEqual({
      total: '80.5',
      bySource: { currentYear: '60.25', carriedOver: '20.25', other: null, total: '80.5' },
    });
  });

  it('leaves the 合计 empty when no source is filled in', () => {
    expect(buildProjectBudget({ total: '10', currentYear: null, carriedOver: null, other: null }).bySource?.total).toBeNull();
  });
});
