import { describe, expect, it } from 'vitest';
import { carryPriorYear } from './report-prior-year.ts';
import { namesOtherYear } from './report-clause.ts';

describe('carryPriorYear', () => {
  it('names the year before in each later clause of a sentence it opens', () => {
    expect(carryPriorYear('上年度全年预算数为140万元，全年执行数为130万元，预算执行率为92.86%。本年全年预算数150万元。')).toBe(
      '上年度全年预算数为140万元，上年度全年执行数为130万元，上年度预算执行率为92.86%。本年全年预算数150万元。',
    );
  });

  it('stops at a clause that names a time of its own', () => {
    expect(carryPriorYear('上年全年执行数为130万元，本年全年预算数为150万元，全年执行数为148.5万元。')).toBe(
      '上年全年执行数为130万元，本年全年预算数为150万元，全年执行数为148.5万元。',
    );
  });

  it('leaves a sentence that does not open with the year before', () => {
    expect(carryPriorYear('全年执行数为148.5万元，较上年增加8万元，执行率99%。')).toBe('全年执行数为148.5万元，较上年增加8万元，执行率99%。');
  });
});

describe('namesOtherYear', () => {
  it('tells the year before and another year, not the report year or a date', () => {
    expect(namesOtherYear('上年度自评', 2023)).toBe(true);
    expect(namesOtherYear('2022年度预算', 2023)).toBe(true);
    expect(namesOtherYear('2023年度预算', 2023)).toBe(false);
    expect(namesOtherYear('截至2024年3月', 2023)).toBe(false);
    expect(namesOtherYear('2022年度预算', null)).toBe(false);
  });
});
