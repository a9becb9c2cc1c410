import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type Indicator } from '../../core/model.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import { compareFacts, documentFacts, parseExpectedFacts } from './facts.ts';

function indicator(name: string, target: string, extra: Partial<Indicator> = {}): Indicator {
  return { level1: '产出指标', level2: '数量指标', name, target: parseIndicatorValue(target), ...extra };
}

describe('documentFacts', () => {
  it('keys indicators by their normalised name and amounts by the model field', () => {
    const document = createEmptyDocument('self-evaluation', 'project');
    document.unit = '青禾县农业农村局';
    document.budget.adjusted = '120.50';
    document.goals = [{ name: '', indicators: [indicator('农机 补贴户数', '≥300户', { weight: '10' })] }];
    document.findings.push({ severity: 'error', code: 'budget-sum-mismatch', message: '', path: 'budget' });
    const facts = documentFacts(document);
    expect(facts.get('budget.adjusted')).toBe('120.50');
    expect(facts.get('indicator[农机补贴户数].target')).toBe('≥300户');
    expect(facts.get('indicator[农机补贴户数].weight')).toBe('10');
    expect(facts.get('finding[budget-sum-mismatch]')).toBe('yes');
    expect(facts.get('indicators.count')).toBe('1');
  });
});

describe('documentFacts of in-year monitoring', () => {
  it('reads the monitoring model: window month, executed to date, forecast, likelihood as written', () => {
    const document = createEmptyDocument('target-table', 'project');
    document.goals = [{ name: '', indicators: [{ ...indicator('参保人数', '≥32万人'), ...{ monitoring: { likelihood: 'possible' } } }] }];
    Object.assign(document, { monitoring: { period: { cutOffDate: '2024-06-30' }, moneyFacts: [{ kind: 'budget', amount: '980', label: '年初预算' }, { kind: 'spent', amount: '612.5', label: '已支出' }] } });
    Object.assign(document.budget, { forecast: '980' });
    const facts = documentFacts(document);
    expect(facts.get('monitoring.month')).toBe('6');
    expect(facts.get('budget.initial')).toBe('980');
    expect(facts.get('budget.executedToDate')).toBe('612.5');
    expect(facts.get('budget.forecast')).toBe('980');
    expect(facts.get('indicator[参保人数].likelihood')).toBe('有可能');
  });
});

describe('compareFacts', () => {
  const expected = parseExpectedFacts({
    facts: {
      'budget.total': '10',
      'indicator[农机 补贴户数].level1': '产出',
      'indicator[农机补贴户数].target': '≥300户',
      'indicator[农机补贴户数].actual': '310 户',
      unit: '青禾县农业农村局',
      project: '通组道路硬化',
    },
  });

  it('counts decimals, level variants, value meanings and project names as the same fact', () => {
    const actual = new Map([
      ['budget.total', '10.00'],
      ['indicator[农机补贴户数].level1', '产出指标（50分）'],
      ['indicator[农机补贴户数].target', '不少于300户'],
      ['indicator[农机补贴户数].actual', '310户'],
      ['unit', '青禾县 农业农村局'],
      ['project', '通组道路硬化项目'],
    ]);
    expect(compareFacts(expected, actual)).toEqual({ expected: 6, matched: 6, missing: [], wrong: [] });
  });

  it('counts a level worded as a goal (产出目标, Fujian) as the level', () => {
    const worded = parseExpectedFacts({ facts: { 'indicator[认定驿站数量].level1': '产出目标', 'indicator[认定驿站数量].level2': '数量目标' } });
    const read = new Map([
      ['indicator[认定驿站数量].level1', '产出指标'],
      ['indicator[认定驿站数量].level2', '数量目标'],
    ]);
    expect(compareFacts(worded, read).matched).toBe(2);
  });

  it('reports missing and wrong facts separately', () => {
    const actual = new Map([
      ['budget.total', '100'],
      ['indicator[农机补贴户数].target', '≥30户'],
    ]);
    const result = compareFacts(expected, actual);
    expect(result.matched).toBe(0);
    expect(result.wrong).toEqual(['budget.total: 10 ≠ 100', 'indicator[农机补贴户数].target: ≥300户 ≠ ≥30户']);
    expect(result.missing).toContain('unit');
  });
});
