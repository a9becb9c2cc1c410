import { describe, expect, it } from 'vitest';
import type { SummaryRow, SummaryUnit } from './overview-api.ts';
import {
  averageOf,
  bandExecutionRates,
  bandScores,
  countGrades,
  countStatesByKind,
  listUnitProgress,
} from './overview-data.ts';

function row(overrides: Partial<SummaryRow>): SummaryRow {
  return {
    documentId:
      overrides.documentId ?? `${overrides.organisationId ?? 'u1'}-${overrides.kind ?? 'self-evaluation'}`,
    organisationId: 'u1',
    unit: '示范县公安局',
    supervisor: null,
    year: 2025,
    kind: 'self-evaluation',
    kindName: '',
    project: null,
    revision: 1,
    state: 'finance-reviewed',
    stateName: '',
    executionRate: null,
    score: null,
    grade: null,
    findings: { error: 0, warning: 0, info: 0 },
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

const units: SummaryUnit[] = [
  { id: 'u1', name: '示范县公安局', supervisor: '政法委' },
  { id: 'u2', name: '示范县司法局', supervisor: '政法委' },
];

describe('listUnitProgress', () => {
  it('counts a kind with no visible document, or one returned, as pending and lists those units first', () => {
    const rows = [
      row({ organisationId: 'u1', kind: 'target-table', state: 'approved' }),
      row({
        organisationId: 'u1',
        kind: 'self-evaluation',
        state: 'finance-reviewed',
        score: '91.50',
        grade: '优',
      }),
      row({ organisationId: 'u1', kind: 'evaluation-report', state: 'published' }),
      row({ organisationId: 'u2', kind: 'self-evaluation', state: 'returned' }),
    ];
    const progress = listUnitProgress({ rows, units });
    expect(progress.map((unit) => [unit.unit, unit.pendingKinds])).toEqual([
      ['示范县司法局', ['target-table', 'self-evaluation', 'evaluation-report']],
      ['示范县公安局', []],
    ]);
    expect(progress[1]).toMatchObject({ score: '91.50', grade: '优' });
  });

  it('ignores project documents and other units when filling a unit’s department row', () => {
    const rows = [
      row({ organisationId: 'u1', kind: 'target-table', project: '禁毒专项' }),
      row({ organisationId: 'u2', kind: 'target-table' }),
    ];
    const [first] = listUnitProgress({ rows, units: [units[0]!] });
    expect(first!.documents['target-table']).toBeNull();
  });
});

describe('bands', () => {
  it.each([
    ['59.99', '60%以下'],
    ['60', '60%–80%'],
    ['79.99', '60%–80%'],
    ['80', '80%–90%'],
    ['90', '90%–100%'],
    ['99.99', '90%–100%'],
    ['100', '100%及以上'],
  ])('puts an execution rate of %s%% in %s', (rate, label) => {
    const bands = bandExecutionRates([row({ executionRate: rate })]);
    expect(bands.filter((band) => band.count === 1).map((band) => band.label)).toEqual([label]);
  });

  it.each([
    ['59.99', '60分以下'],
    ['60.00', '60–70分'],
    ['89.99', '80–90分'],
    ['90.00', '90分及以上'],
  ])('puts a score of %s in %s (90 itself is 优)', (score, label) => {
    const bands = bandScores([row({ score })]);
    expect(bands.filter((band) => band.count === 1).map((band) => band.label)).toEqual([label]);
  });

  it('counts only self-evaluations and leaves out missing values', () => {
    const rows = [row({ kind: 'target-table', score: '95' }), row({ score: null }), row({ score: '85' })];
    expect(bandScores(rows).reduce((sum, band) => sum + band.count, 0)).toBe(1);
  });

  it('counts grades and the ungraded apart', () => {
    const rows = [
      row({ grade: '优' }),
      row({ grade: '优' }),
      row({ grade: '差' }),
      row({ grade: null }),
      row({ kind: 'target-table', grade: '良' }),
    ];
    expect(countGrades(rows)).toEqual([
      { label: '优', count: 2 },
      { label: '良', count: 0 },
      { label: '中', count: 0 },
      { label: '差', count: 1 },
      { label: '未评级', count: 1 },
    ]);
  });
});

describe('countStatesByKind', () => {
  it('counts documents of each kind per state, listing only states that occur in workflow order', () => {
    const rows = [
      row({ kind: 'target-table', state: 'approved' }),
      row({ kind: 'target-table', state: 'submitted' }),
      row({ state: 'approved' }),
    ];
    const result = countStatesByKind(rows);
    expect(result.states).toEqual(['submitted', 'approved']);
    expect(result.counts).toEqual({
      'target-table': { approved: 1, submitted: 1 },
      'self-evaluation': { approved: 1 },
    });
  });
});

describe('averageOf', () => {
  it('averages exactly to two decimals and gives null for nothing', () => {
    expect(averageOf(['0.1', '0.2', null])).toBe('0.15');
    expect(averageOf(['91.5', '88', '79.25'])).toBe('86.25');
    expect(averageOf([null])).toBeNull();
  });
});
