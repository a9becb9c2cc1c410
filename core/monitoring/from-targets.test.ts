import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PerformanceDocument } from '../model.ts';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { buildMonitoringFromTargets } from './from-targets.ts';

function targets(): PerformanceDocument {
  return {
    ...createEmptyDocument('target-table', 'project'),
    unit: '某某局',
    year: 2026,
    project: '道路养护',
    budget: { total: '120.50', bySource: { currentYear: '100.50', carriedOver: '20.00', total: '120.50' } },
    overallGoal: '完成道路养护',
    goals: [{ name: '', indicators: [{ level1: '产出指标', level2: '数量指标', name: '养护里程', target: parseIndicatorValue('≥120公里'), weight: '20', actual: null }] }],
  };
}

describe('buildMonitoringFromTargets', () => {
  it('carries header, budget and indicators, leaving every monitoring answer empty', () => {
    const table = buildMonitoringFromTargets(targets(), { throughMonth: 6 });
    expect(table.kind).toBe('monitoring');
    expect({ project: table.project, year: table.year, goal: table.overallGoal }).toEqual({ project: '道路养护', year: 2026, goal: '完成道路养护' });
    expect(table.budget).toMatchObject({ initial: '120.50', adjusted: '120.50', executedToDate: null, forecast: null });
    expect(table.goals[0]!.indicators[0]).toMatchObject({ name: '养护里程', target: { value: '120' }, monitoring: { actualToDate: null, likelihood: null } });
    expect(table.goals[0]!.indicators[0]!.weight).toBeUndefined();
    expect(table.monitoring?.period).toEqual({ throughMonth: 6 });
  });

  it('does not share the period object with the caller', () => {
    const period = { cutOffDate: '2026-08-31' };
    const table = buildMonitoringFromTargets(targets(), period);
    period.cutOffDate = '2026-01-01';
    expect(table.monitoring?.period.cutOffDate).toBe('2026-08-31');
  });
});
