import { describe, expect, it } from 'vitest';
import type { OverviewUnit } from './overview-api.ts';
import {
  describeBehindShare,
  filterUnits,
  groupStatesByKind,
  labelExecutionRateBands,
  labelScoreBands,
  listGradeBands,
} from './overview-data.ts';

const unit = (overrides: Partial<OverviewUnit>): OverviewUnit => ({
  unitId: 'u1',
  unit: '示范县公安局',
  supervisor: '示范县政法委员会',
  documents: { 'target-table': null, 'self-evaluation': null, 'evaluation-report': null },
  pendingKinds: [],
  executionRate: null,
  score: null,
  grade: null,
  ...overrides,
});

describe('groupStatesByKind', () => {
  it('keeps only the states that occur and adds counts of one kind and state', () => {
    const grouped = groupStatesByKind([
      { kind: 'self-evaluation', state: 'returned', count: 2 },
      { kind: 'target-table', state: 'approved', count: 5 },
      { kind: 'self-evaluation', state: 'returned', count: 1 },
    ]);
    expect(grouped.kinds).toEqual(['self-evaluation', 'target-table']);
    expect(grouped.states).toEqual(['returned', 'approved']);
    expect(grouped.counts['self-evaluation']).toEqual({ returned: 3 });
  });
});

describe('bands and grades', () => {
  it('labels the counts in the order of the contract’s bands', () => {
    expect(labelExecutionRateBands({ executionRateBands: [1, 0, 2, 0, 3] }).map((band) => `${band.label}:${band.count}`)).toEqual([
      '60%以下:1',
      '60%–80%:0',
      '80%–90%:2',
      '90%–100%:0',
      '100%及以上:3',
    ]);
    expect(labelScoreBands({ scoreBands: [0, 0, 0, 4, 1] }).at(-1)).toEqual({ label: '90分及以上', count: 1 });
  });

  it('lists 未评级 only when some self-evaluation has no grade', () => {
    const counted = { 优: 1, 良: 2, 中: 0, 差: 0 };
    expect(listGradeBands({ grades: { ...counted, none: 0 } }).map((band) => band.label)).toEqual(['优', '良', '中', '差']);
    expect(listGradeBands({ grades: { ...counted, none: 3 } }).at(-1)).toEqual({ label: '未评级', count: 3 });
  });
});

describe('describeBehindShare', () => {
  it('rounds to whole percent and gives 0 for a level without units', () => {
    expect(describeBehindShare({ units: 3, behindUnits: 1 })).toBe(33);
    expect(describeBehindShare({ units: 0, behindUnits: 0 })).toBe(0);
  });
});

describe('filterUnits', () => {
  const units = [unit({ unitId: 'u1', pendingKinds: ['self-evaluation'] }), unit({ unitId: 'u2', unit: '示范县实验小学', supervisor: '示范县教育体育局' })];

  it('finds units by their own or their 主管部门’s name and can keep only those behind', () => {
    expect(filterUnits(units, { text: ' 教育 ', isOnlyBehind: false }).map((found) => found.unitId)).toEqual(['u2']);
    expect(filterUnits(units, { text: '', isOnlyBehind: true }).map((found) => found.unitId)).toEqual(['u1']);
    expect(filterUnits(units, { text: '', isOnlyBehind: false })).toHaveLength(2);
  });
});
