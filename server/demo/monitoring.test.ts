import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import { describeDemoCycle } from './demo-cycle.ts';
import { describeActualToDate, planDemoMonitoring } from './monitoring.ts';

describe('the demo unit\'s 1-7月实际完成值', () => {
  it.each([
    // A running count: 7/12 of the year's figure, a little ahead (on course) or well behind (lagging).
    { target: '≥600起', isLagging: false, actual: '364起' },
    { target: '≥600起', isLagging: true, actual: '140起' },
    // Levels and changes are met as stated; a ceiling stays under it; words are kept.
    { target: '≥95%', isLagging: false, actual: '95%' },
    { target: '=100%', isLagging: false, actual: '100%' },
    { target: '下降5%', isLagging: false, actual: '下降5%' },
    { target: '≤15分钟', isLagging: false, actual: '12分钟' },
    { target: '≤120万元', isLagging: false, actual: '96万元' },
    { target: '有效提升', isLagging: false, actual: '有效提升' },
  ])('$target, lagging $isLagging → $actual', ({ target, isLagging, actual }) => {
    expect(describeActualToDate(parseIndicatorValue(target, { name: '指标' }), isLagging)).toBe(actual);
  });
});

describe('the demo\'s monitoring rounds by the day it is loaded as', () => {
  const plan = (date: string) => planDemoMonitoring(describeDemoCycle(new Date(`${date}T12:00:00+08:00`))).map((round) => [round.year, round.notice, round.units.map((unit) => unit.stage).join(' ')]);
  it.each([
    { date: '2027-03-10', rounds: [[2026, 'closed', 'concluded concluded concluded concluded']] },
    { date: '2026-07-31', rounds: [[2025, 'closed', 'concluded concluded concluded concluded']] },
    {
      date: '2026-08-01',
      rounds: [
        [2025, 'closed', 'concluded concluded concluded concluded'],
        [2026, 'under-way', 'concluded concluded submitted draft'],
      ],
    },
    {
      date: '2026-10-01',
      rounds: [
        [2025, 'closed', 'concluded concluded concluded concluded'],
        [2026, 'under-way', 'concluded concluded submitted supervisor-approved'],
      ],
    },
  ])('on $date', ({ date, rounds }) => {
    expect(plan(date)).toEqual(rounds);
  });
});
