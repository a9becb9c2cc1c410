import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../model.ts';
import { diffDocuments } from './diff-documents.ts';

function indicator(name: string, targetText: string): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name,
    target: { text: targetText, operator: '>=', value: '90', unit: '%', direction: 'higher-better', change: null, qualitative: null },
    weight: '10',
  };
}

function sampleDocument(): PerformanceDocument {
  const document = createEmptyDocument('target-table');
  document.unit = '湘潭县公安局';
  document.year = 2023;
  document.budget = { total: '12222.69' };
  document.goals = [
    { name: '目标一', indicators: [indicator('案件破案率', '≥90%'), indicator('群众满意度', '≥95%')] },
  ];
  return document;
}

describe('diffDocuments', () => {
  it('finds nothing between a document and its copy', () => {
    const document = sampleDocument();
    expect(diffDocuments(document, structuredClone(document))).toEqual([]);
  });

  it('reports an edited indicator target at its leaf path', () => {
    const before = sampleDocument();
    const after = structuredClone(before);
    after.goals[0]!.indicators[1]!.target!.text = '≥98%';
    after.goals[0]!.indicators[1]!.target!.value = '98';
    expect(diffDocuments(before, after)).toEqual([
      { path: 'goals.0.indicators.1.target.text', before: '≥95%', after: '≥98%' },
      { path: 'goals.0.indicators.1.target.value', before: '90', after: '98' },
    ]);
  });

  it('reports an added indicator once, whole, not leaf by leaf', () => {
    const before = sampleDocument();
    const after = structuredClone(before);
    const added = indicator('出警时长', '≤15分钟');
    after.goals[0]!.indicators.push(added);
    expect(diffDocuments(before, after)).toEqual([{ path: 'goals.0.indicators.2', before: null, after: added }]);
  });

  it('reports a removed goal once, whole', () => {
    const before = sampleDocument();
    const after = structuredClone(before);
    after.goals = [];
    expect(diffDocuments(before, after)).toEqual([{ path: 'goals.0', before: before.goals[0], after: null }]);
  });

  it.each([
    ['a value set where there was none', { deviation: null }, { deviation: '受疫情影响' }, 'deviation', null, '受疫情影响'],
    ['an absent field that appears', {}, { deviation: '受疫情影响' }, 'deviation', null, '受疫情影响'],
    ['a target that becomes null', { target: { text: '≥1' } }, { target: null }, 'target', { text: '≥1' }, null],
    ['a number that changes', { year: 2023 }, { year: 2024 }, 'year', 2023, 2024],
    ['a text that becomes a list', { items: 'a' }, { items: ['a'] }, 'items', 'a', ['a']],
  ])('reports %s', (_label, before, after, path, expectedBefore, expectedAfter) => {
    expect(diffDocuments(before, after)).toEqual([{ path, before: expectedBefore, after: expectedAfter }]);
  });

  it('treats a missing field, undefined and null alike', () => {
    expect(diffDocuments({ score: undefined }, { score: null })).toEqual([]);
    expect(diffDocuments({}, { score: null })).toEqual([]);
  });

  it('leaves the derived findings out by default and includes them when asked', () => {
    const before = sampleDocument();
    const after = structuredClone(before);
    after.findings = [{ severity: 'error', code: 'vague-target', message: '…', path: 'goals.0.indicators.0.target' }];
    expect(diffDocuments(before, after)).toEqual([]);
    expect(diffDocuments(before, after, { ignore: [] })).toEqual([{ path: 'findings.0', before: null, after: after.findings[0] }]);
  });

  it('lists changes in document order, so the same edit always gives the same trail', () => {
    const before = sampleDocument();
    const after = structuredClone(before);
    after.goals[0]!.indicators[0]!.weight = '20';
    after.unit = '湘潭县公安局（调整）';
    after.budget.total = '13000';
    const paths = diffDocuments(before, after).map((change) => change.path);
    expect(paths).toEqual(['unit', 'budget.total', 'goals.0.indicators.0.weight']);
    expect(diffDocuments(before, after)).toEqual(diffDocuments(structuredClone(before), structuredClone(after)));
  });

  it('compares a whole replaced document against an empty one without listing every leaf', () => {
    const changes = diffDocuments(createEmptyDocument('target-table'), sampleDocument());
    expect(changes.map((change) => change.path)).toEqual(['unit', 'year', 'budget.total', 'goals.0']);
  });
});
