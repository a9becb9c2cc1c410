import { describe, expect, it } from 'vitest';
import { buildResultsNotice, computeExecutionRate, describeResultsNotice, type ResultsNoticeEntry } from './results-notice.ts';
import { defaultApplicationPolicy, describeSuggestion, suggestBudget } from './application-policy.ts';
import { mergeApplications } from './applications.ts';

function entry(overrides: Partial<ResultsNoticeEntry>): ResultsNoticeEntry {
  return {
    organisationId: 'u1',
    unit: '示范县水利局',
    supervisor: null,
    scope: 'project',
    project: '河道保洁',
    adjusted: '100',
    executed: '90',
    executionRate: null,
    score: '90',
    grade: '优',
    ...overrides,
  };
}

describe('buildResultsNotice', () => {
  const notice = buildResultsNotice({
    year: 2025,
    entries: [
      entry({ project: '农田灌溉', score: '72.5', grade: '中', adjusted: '50.5', executed: '20' }),
      entry({ organisationId: 'u2', unit: '示范县教育局', scope: 'department', project: null, score: '95', grade: '优', adjusted: '1000', executed: '980' }),
      entry({ project: '河道保洁', score: '90', grade: '优' }),
      entry({ organisationId: 'u3', unit: '示范县林业局', project: '造林补贴', score: null, grade: null, adjusted: null, executed: null }),
    ],
  });

  it('counts each grade, the ungraded apart', () => {
    expect(notice.gradeCounts).toEqual({ 优: 2, 良: 0, 中: 1, 差: 0, ungraded: 1 });
  });

  it('sorts by grade, then score (higher first), the ungraded last', () => {
    expect(notice.entries.map((item) => item.project ?? item.unit)).toEqual(['示范县教育局', '河道保洁', '农田灌溉', '造林补贴']);
  });

  it('sums the money exactly and counts units, projects and 部门整体', () => {
    expect(notice.totals).toEqual({ units: 3, projects: 3, departments: 1, adjusted: '1150.5', executed: '1090', executionRate: '94.74' });
  });

  it('tells the summary in one paragraph', () => {
    expect(describeResultsNotice(notice)).toBe(
      '2025年度共对3个单位的4项绩效自评结果进行了汇总（项目3个、部门整体1个），涉及全年预算1150.50万元、执行1090.00万元，执行率94.74%。评价等级为“优”2个、“良”0个、“中”1个、“差”0个，未定级1个。',
    );
  });

  it('gives an empty notice for a year without results', () => {
    const empty = buildResultsNotice({ year: 2030, entries: [] });
    expect(empty.totals).toEqual({ units: 0, projects: 0, departments: 0, adjusted: '0', executed: '0', executionRate: null });
  });
});

describe('computeExecutionRate', () => {
  it.each([
    [{ executionRate: '88.8', executed: '1', adjusted: '2' }, '88.8'],
    [{ executed: '2', adjusted: '3' }, '66.67'],
    [{ executed: '2', adjusted: '0' }, null],
    [{ executed: null, adjusted: '3' }, null],
  ])('%j gives %s', (input, expected) => {
    expect(computeExecutionRate(input)).toBe(expected);
  });
});

describe('suggestBudget (default policy)', () => {
  it.each([
    ['优', '优先保障，可适当增加'],
    ['良', '维持预算规模'],
    ['中', '压减预算（-10%）'],
    ['差', '取消或暂停安排（-100%）'],
  ] as const)('%s → %s', (grade, words) => {
    expect(describeSuggestion(suggestBudget(grade)!)).toBe(words);
  });

  it('leaves an entry without a grade to finance, and follows another policy as data', () => {
    expect(suggestBudget(null)).toBeNull();
    const strict = { ...defaultApplicationPolicy, byGrade: { ...defaultApplicationPolicy.byGrade, 良: { suggestion: 'reduce' as const, changePercent: -5 } } };
    expect(suggestBudget('良', strict)).toEqual({ suggestion: 'reduce', changePercent: -5 });
  });
});

describe('mergeApplications', () => {
  const entries = [
    { organisationId: 'u1', unit: '示范县水利局', project: '河道保洁', grade: '中' as const },
    { organisationId: 'u1', unit: '示范县水利局', project: null, grade: '良' as const },
    { organisationId: 'u2', unit: '示范县林业局', project: '造林补贴', grade: null },
  ];

  it('gives the policy’s suggestion until finance decides, finance’s decision after', () => {
    const records = mergeApplications({
      year: 2025,
      entries,
      decided: [{ organisationId: 'u1', project: null, grade: '良', suggestion: 'reduce', changePercent: -5, note: '结转较多', updatedAt: '2026-01-05T00:00:00.000Z' }],
    });
    expect(records.map((record) => [record.project, record.suggestion, record.changePercent, record.isDefault])).toEqual([
      ['河道保洁', 'reduce', -10, true],
      [null, 'reduce', -5, false],
      ['造林补贴', null, null, true],
    ]);
  });

  it('keeps a decision whose self-evaluation is gone, after the entries', () => {
    const records = mergeApplications({
      year: 2025,
      entries: [],
      decided: [{ organisationId: 'u9', project: '旧项目', grade: '差', suggestion: 'cancel', changePercent: -100, note: null, updatedAt: 'x' }],
      units: new Map([['u9', '示范县旧单位']]),
    });
    expect(records).toMatchObject([{ unit: '示范县旧单位', project: '旧项目', isDefault: false }]);
  });
});
