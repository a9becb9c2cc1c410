import { describe, expect, it } from 'vitest';
import { documentLimits, findIndicatorLimitBreach, findLimitBreach } from './document-limits.ts';
import { createEmptyDocument, type Indicator } from './model.ts';

const indicator: Indicator = { level1: '产出指标', level2: '数量指标', name: '培训人次', target: null, weight: '10' };

function documentWith(changes: Partial<ReturnType<typeof createEmptyDocument>>) {
  return { ...createEmptyDocument('evaluation-report'), ...changes };
}

describe('findLimitBreach', () => {
  it('accepts a document at every limit', () => {
    const document = documentWith({
      unit: '局'.repeat(documentLimits.nameLength),
      overallGoal: '目'.repeat(documentLimits.longTextLength),
      goals: [{ name: '', indicators: Array.from({ length: documentLimits.indicators }, () => ({ ...indicator, weight: '1'.repeat(documentLimits.decimalLength) })) }],
      report: { sections: [{ title: '一、概况', text: '文'.repeat(documentLimits.longTextLength) }], moneyLists: [] },
    });
    expect(findLimitBreach(document)).toBeNull();
  });

  it.each([
    ['a unit name one character too long', { unit: '局'.repeat(documentLimits.nameLength + 1) }, 'unit'],
    ['a 7.5 MB 整体绩效目标', { overallGoal: '目'.repeat(7_500_000) }, 'overallGoal'],
    ['a report section over the long-text limit', { report: { sections: [{ title: '一', text: '文'.repeat(documentLimits.longTextLength + 1) }], moneyLists: [] } }, 'report.sections.0.text'],
    [
      'one project of a report too many',
      { report: { sections: [], moneyLists: [], projects: Array.from({ length: documentLimits.reportProjects + 1 }, () => ({ name: '某项目' })) } },
      'report.projects',
    ],
    ['one indicator too many', { goals: [{ name: '', indicators: Array.from({ length: documentLimits.indicators + 1 }, () => indicator) }] }, 'goals'],
    ['a weight of 41 digits', { goals: [{ name: '', indicators: [{ ...indicator, weight: '1'.repeat(documentLimits.decimalLength + 1) }] }] }, 'goals.0.indicators.0.weight'],
  ])('refuses %s', (_label, changes, path) => {
    const breach = findLimitBreach(documentWith(changes as never));
    expect(breach?.path).toBe(path);
    expect(breach?.message).toMatch(/上限/);
  });

  it('allows a 指标值 of 1,000 characters and refuses one of 1,001', () => {
    const value = (text: string): Indicator => ({ ...indicator, target: { text, operator: null, value: null, unit: null, direction: 'qualitative', change: null, qualitative: null } });
    expect(findIndicatorLimitBreach(value('达'.repeat(documentLimits.valueTextLength)))).toBeNull();
    expect(findIndicatorLimitBreach(value('达'.repeat(documentLimits.valueTextLength + 1)))?.path).toBe('target.text');
  });
});
