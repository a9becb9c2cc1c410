import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../model.ts';
import type { CompletionCount } from '../monitoring/schema.ts';
import { checkStatedCounts } from './stated-count.ts';

function check(completionCounts: CompletionCount[]) {
  const document = createEmptyDocument('monitoring', 'project');
  document.monitoring = { period: { throughMonth: 6 }, completionCounts };
  return checkStatedCounts(document);
}

describe('stated-count-mismatch', () => {
  it.each([
    [{ total: 12, completed: 9, rate: '75' }, 0],
    [{ total: 3, completed: 2, rate: '66.67' }, 0],
    [{ total: 3, completed: 2, rate: '66.66' }, 0],
    [{ total: 3, completed: 2, rate: '67' }, 0],
    [{ total: 12, completed: 9, rate: null }, 0],
    [{ total: 12, completed: 9, rate: '80' }, 1],
    [{ total: 9, completed: 12, rate: null }, 1],
  ])('%j gives %i finding(s)', (count, expected) => {
    expect(check([{ ...count, line: 4 }])).toHaveLength(expected);
  });

  it('says what the rate should be', () => {
    expect(check([{ total: 12, completed: 9, rate: '80', line: 4 }])[0]).toMatchObject({
      code: 'stated-count-mismatch',
      line: 4,
      message: '报告称设置指标12个、完成9个，完成率应为75%，填报为80%，请核对',
    });
  });

  it('checks an evaluation report’s counts, kept under report', () => {
    const document = createEmptyDocument('evaluation-report', 'project');
    document.report = { sections: [], moneyLists: [], completionCounts: [{ total: 10, completed: 8, rate: '70' }] };
    expect(checkStatedCounts(document).map((finding) => finding.path)).toEqual(['report.completionCounts.0']);
  });
});
