import { describe, expect, it } from 'vitest';
import type { Finding, Goal, Indicator } from '../model.ts';
import { FindingColumns } from './finding-columns.ts';
import { FindingStore } from './finding-store.ts';
import { IndicatorFinding, IndicatorFindingList, type IndicatorFindingKind } from './indicator-finding.ts';
import { quoteIndicator } from './finding.ts';

function row(name: string, line?: number): Indicator {
  return { level1: '产出指标', level2: '数量指标', name, target: null, ...(line === undefined ? {} : { line }) } as Indicator;
}

const goals: Goal[] = [
  { name: '目标一', indicators: [row('培训人次', 3), row('验收合格率')] },
  { name: '目标二', indicators: [row('巡逻次数', 9)] },
];

function kind(code: string, severity: Finding['severity'], field: string): IndicatorFindingKind {
  return { severity, code, field, describe: (indicator) => `${quoteIndicator(indicator)}有问题：${code}`, detail: null };
}
const missing = kind('missing-target', 'error', 'target');
const vague = kind('vague-target', 'warning', 'target');

const readerFinding: Finding = { severity: 'info', code: 'unparsed-line', message: '读取时跳过一行', path: 'goals.0' };

describe('FindingStore with FindingColumns', () => {
  it('gives the same findings, in order, as a list of IndicatorFindings', () => {
    const columns = new FindingColumns();
    const list = new IndicatorFindingList();
    const places = [
      [missing, 0, 0],
      [vague, 0, 1],
      [missing, 1, 0],
      [vague, 0, 0],
    ] as const;
    for (const [findingKind, goalIndex, indicatorIndex] of places) {
      const place = { indicator: goals[goalIndex]!.indicators[indicatorIndex]!, goalIndex, indicatorIndex };
      columns.add(findingKind, place);
      list.add(findingKind, place);
    }
    const store = new FindingStore(goals);
    store.append([readerFinding]);
    store.append(new FindingColumns());
    store.append(columns);
    const expected = [readerFinding, ...list.findings];
    expect(store.length).toBe(5);
    expect(JSON.stringify(store.toArray())).toBe(JSON.stringify(expected));
    expect(store.toArray()[1]).toBeInstanceOf(IndicatorFinding);
    expect(JSON.stringify(store.at(3))).toBe(JSON.stringify(expected[3]));
    expect(store.at(5)).toBeUndefined();
    expect(store.at(-1)).toBeUndefined();
    expect(store.countBySeverity()).toEqual({ error: 2, warning: 2, info: 1 });
  });

  it('grows its columns past their first size', () => {
    const columns = new FindingColumns();
    const place = { indicator: goals[1]!.indicators[0]!, goalIndex: 1, indicatorIndex: 0 };
    for (let index = 0; index < 1_000; index++) columns.add(index % 3 === 0 ? missing : vague, place);
    const store = new FindingStore(goals);
    store.append(columns);
    expect(store.length).toBe(1_000);
    expect(store.at(999)?.path).toBe('goals.1.indicators.0.target');
    expect(store.countBySeverity()).toEqual({ error: 334, warning: 666, info: 0 });
  });
});
