import { describe, expect, it } from 'vitest';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';
import * as deadlinesMigration from './migrations/20261204100000_add_fiscal_year_deadlines.ts';
import { createRepositories } from './repositories.ts';

/** Issue 10 admin screens on both dialects: deadlines as settings, moving a subtree, the audit. */
describe.each(await listTestDialects())('admin settings on $dialect', ({ dialect, isAvailable }) => {
  it.skipIf(!isAvailable)(
    'gives years that existed before the migration the calendar the home page showed',
    async () => {
      const database = await createTestDatabase(dialect);
      try {
        await deadlinesMigration.down(database.db);
        await database.db
          .insertInto('fiscal_years')
          .values({ year: 2030, is_open: 1 } as never)
          .execute();
        await deadlinesMigration.up(database.db);
        expect(await createRepositories(database.db).fiscalYears.getByYear(2030)).toEqual({
          year: 2030,
          isOpen: true,
          deadlines: {
            'target-table': '2029-11-30',
            monitoring: '2030-08-31',
            'self-evaluation': '2031-04-30',
          },
        });
      } finally {
        await database.close();
      }
    },
  );

  it.skipIf(!isAvailable)(
    'a year first entered by choosing its rule pack gets the proposed deadlines too',
    async () => {
      const database = await createTestDatabase(dialect);
      try {
        const { fiscalYears, rulePacks } = createRepositories(database.db);
        await rulePacks.setPackOfYear({ year: 2033, pack: 'national' });
        expect((await fiscalYears.getByYear(2033))?.deadlines).toEqual({
          'target-table': '2032-11-30',
          monitoring: '2033-08-31',
          'self-evaluation': '2034-04-30',
        });
        await fiscalYears.setDeadlines({
          year: 2033,
          deadlines: { 'target-table': '2032-12-15', monitoring: null, 'self-evaluation': null },
        });
        await rulePacks.setPackOfYear({ year: 2033, pack: 'execution-20' });
        expect((await fiscalYears.getByYear(2033))?.deadlines['target-table']).toBe('2032-12-15');
      } finally {
        await database.close();
      }
    },
  );

  it.skipIf(!isAvailable)('stores edited deadlines and keeps them when the year is closed', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const { fiscalYears } = createRepositories(database.db);
      await fiscalYears.save({ year: 2031, isOpen: true });
      const deadlines = { 'target-table': '2030-12-01', monitoring: null, 'self-evaluation': '2032-03-31' };
      expect(await fiscalYears.setDeadlines({ year: 2031, deadlines })).toBe(true);
      expect(await fiscalYears.setDeadlines({ year: 2099, deadlines })).toBe(false);
      await fiscalYears.save({ year: 2031, isOpen: false });
      expect(await fiscalYears.getByYear(2031)).toEqual({ year: 2031, isOpen: false, deadlines });
    } finally {
      await database.close();
    }
  });

  it.skipIf(!isAvailable)(
    'moves a subtree: every path below gets the new prefix, has_supervisor follows, other branches untouched',
    async () => {
      const database = await createTestDatabase(dialect);
      try {
        const { organisations, adminChanges } = createRepositories(database.db);
        const at = '2026-01-01T00:00:00.000Z';
        const bureau = await organisations.insert({
          id: 'b',
          parentPath: [],
          kind: 'finance-bureau',
          name: '局',
          createdAt: at,
        });
        const county = await organisations.insert({
          id: 'c',
          parentPath: bureau.path,
          kind: 'finance-bureau',
          name: '县局',
          createdAt: at,
        });
        const supervisor = await organisations.insert({
          id: 's',
          parentPath: bureau.path,
          kind: 'supervisor',
          name: '主管',
          createdAt: at,
        });
        const unit = await organisations.insert({
          id: 'u',
          parentPath: supervisor.path,
          kind: 'unit',
          name: '单位',
          createdAt: at,
        });
        const other = await organisations.insert({
          id: 'o',
          parentPath: bureau.path,
          kind: 'unit',
          name: '另一单位',
          createdAt: at,
        });
        const moved = await organisations.move({
          id: 's',
          oldPath: supervisor.path,
          newParentPath: county.path,
        });
        expect(moved).toMatchObject({ parentId: 'c', path: ['b', 'c', 's'] });
        expect((await organisations.getById(unit.id))?.path).toEqual(['b', 'c', 's', 'u']);
        expect((await organisations.getById(other.id))?.path).toEqual(['b', 'o']);
        expect((await organisations.listSubtree(county.path)).map((item) => item.id)).toEqual([
          'c',
          's',
          'u',
        ]);
        const flags = await database.db
          .selectFrom('organisations')
          .select(['id', 'has_supervisor'])
          .orderBy('id')
          .execute();
        expect(flags.map((row) => [row.id, Number(row.has_supervisor)])).toEqual([
          ['b', 0],
          ['c', 0],
          ['o', 0],
          ['s', 0],
          ['u', 1],
        ]);
        await organisations.move({ id: 'u', oldPath: ['b', 'c', 's', 'u'], newParentPath: county.path });
        const unitFlag = await database.db
          .selectFrom('organisations')
          .select('has_supervisor')
          .where('id', '=', 'u')
          .executeTakeFirstOrThrow();
        expect(Number(unitFlag.has_supervisor)).toBe(0);
        await adminChanges.append({
          actorId: null,
          at,
          action: 'move-organisation',
          subjectKind: 'organisation',
          subjectId: 'u',
          changes: [{ path: 'parentId', before: 's', after: 'c' }],
        });
        expect(
          await adminChanges.listBySubject({ subjectKind: 'organisation', subjectId: 'u' }),
        ).toMatchObject([
          { action: 'move-organisation', changes: [{ path: 'parentId', before: 's', after: 'c' }] },
        ]);
      } finally {
        await database.close();
      }
    },
  );
});
