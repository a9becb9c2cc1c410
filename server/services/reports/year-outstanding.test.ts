import { describe, expect, it } from 'vitest';
import { proposeDeadlines } from '../../../core/fiscal-year-deadlines.ts';
import { listOutstandingKinds, type YearDocument } from './year-outstanding.ts';

const deadlines = proposeDeadlines(2027); // 目标表 2026-11-30, 自评表 2028-04-30
/** A unit set up long before the deadlines, with no documents of other years. */
const unit = { createdAt: '2025-01-05T00:00:00.000Z', firstDocumentYear: null };
const year = 2027;
const document = (overrides: Partial<YearDocument>): YearDocument => ({ id: 'd1', kind: 'target-table', state: 'draft', revision: 1, project: null, ...overrides });

describe('listOutstandingKinds', () => {
  it.each([
    ['the deadline day itself, evening in China', '2026-11-30T15:59:00.000Z', 0],
    ['midnight after the deadline day in China', '2026-11-30T16:00:00.000Z', 1],
    ['two days later', '2026-12-02T02:00:00.000Z', 2],
  ])('counts a draft 目标表 overdue on %s', (_label, now, days) => {
    const [targetTable] = listOutstandingKinds({ year, unit, documents: [document({})], deadlines, now: new Date(now) });
    expect(targetTable).toEqual({ kind: 'target-table', dueDate: '2026-11-30', daysOverdue: days, openDocumentIds: ['d1'] });
  });

  it('leaves out a kind with any revision handed in, and project tables do not count for the department', () => {
    const outstanding = listOutstandingKinds({
      year,
      unit,
      documents: [
        document({ id: 'approved', state: 'approved', revision: 1 }),
        document({ id: 'revising', state: 'draft', revision: 2 }),
        document({ id: 'project', kind: 'self-evaluation', state: 'submitted', project: '校舍维修' }),
      ],
      deadlines,
      now: new Date('2026-12-02T02:00:00.000Z'),
    });
    expect(outstanding.map((entry) => [entry.kind, entry.openDocumentIds])).toEqual([
      ['self-evaluation', []],
      ['evaluation-report', []],
    ]);
  });

  it('has no due date without the year’s deadlines, so nothing is overdue', () => {
    const outstanding = listOutstandingKinds({ year, unit, documents: [document({ state: 'returned' })], deadlines: null, now: new Date('2030-01-01T00:00:00.000Z') });
    expect(outstanding.map((entry) => [entry.kind, entry.dueDate, entry.daysOverdue])).toEqual([
      ['target-table', null, 0],
      ['self-evaluation', null, 0],
      ['evaluation-report', null, 0],
    ]);
  });

  it('still lists a kind as outstanding for a unit set up after its deadline, but not overdue (core/unit-deadlines.ts)', () => {
    const now = new Date('2026-12-02T02:00:00.000Z');
    const newUnit = { createdAt: '2026-12-01T02:00:00.000Z', firstDocumentYear: null };
    const outstanding = listOutstandingKinds({ year, unit: newUnit, documents: [], deadlines, now });
    expect(outstanding.map((entry) => [entry.kind, entry.dueDate, entry.daysOverdue])).toEqual([
      ['target-table', '2026-11-30', 0],
      ['self-evaluation', '2028-04-30', 0],
      ['evaluation-report', null, 0],
    ]);
    // The same unit entered with its 2027 documents owed the 目标表 all along.
    const [targetTable] = listOutstandingKinds({ year, unit: { ...newUnit, firstDocumentYear: 2027 }, documents: [document({})], deadlines, now });
    expect(targetTable?.daysOverdue).toBe(2);
  });
});
