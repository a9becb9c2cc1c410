/** documents.getReadView: in one statement what a read asked in three (the row, the revision's opinions, the year's pack choices). */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedNow, insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import { createQueryCounter } from './query-counter.ts';
import { createRepositories } from './repositories.ts';

describe.each(await listTestDialects())('documents.getReadView on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);

  it.skipIf(!isAvailable)('gives what getSummaryById, listByDocument of its revision and findPackChoices give', async () => {
    const reviewer = randomUUID();
    await testing.repositories.users.insert({ id: reviewer, username: `reviewer-${dialect}`, passwordHash: 'hash', displayName: '李审核', role: 'supervisor-reviewer', organisationId: testing.tree.supervisor.id, createdAt: fixedNow });
    const first = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2031, revision: 1 });
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2031, revision: 2 });
    const opinion = (revision: number, path: string | null, text: string, at: string) =>
      testing.repositories.reviewOpinions.add({ documentId: stored.id, revision, path, text, actorId: reviewer, at });
    await opinion(2, 'goals.0.indicators.1', '第二条（较晚）', '2026-11-28T10:00:00.000Z');
    await opinion(2, null, '整体意见（较早）', '2026-11-28T09:00:00.000Z');
    await opinion(1, null, '上一修订的意见', '2026-11-28T08:00:00.000Z');
    await testing.repositories.reviewOpinions.add({ documentId: first.id, revision: 1, path: null, text: '别的文档', actorId: reviewer, at: fixedNow });
    // A region pack on an ancestor (counted), on a sibling branch and in another year (not).
    await testing.repositories.rulePacks.setPackOfYear({ year: 2031, pack: 'national' });
    await testing.repositories.rulePacks.setRegionPack({ organisationId: testing.tree.supervisor.id, year: 2031, pack: 'atlantis', actorId: null, at: fixedNow });
    await testing.repositories.rulePacks.setRegionPack({ organisationId: testing.tree.otherSupervisor.id, year: 2031, pack: 'atlantis', actorId: null, at: fixedNow });
    await testing.repositories.rulePacks.setRegionPack({ organisationId: testing.tree.financeBureau.id, year: 2032, pack: 'atlantis', actorId: null, at: fixedNow });

    const view = await testing.repositories.documents.getReadView(stored.id);
    const { isYearClosed: _closed, ...choices } = await testing.repositories.rulePacks.findPackChoices({ year: 2031, organisationIds: testing.tree.unit.path });
    expect(view).toEqual({
      summary: await testing.repositories.documents.getSummaryById(stored.id),
      opinions: await testing.repositories.reviewOpinions.listByDocument({ documentId: stored.id, revision: 2 }),
      packChoices: choices,
    });
    expect(view?.opinions.map((each) => each.text)).toEqual(['整体意见（较早）', '第二条（较晚）']);
    expect(view?.packChoices).toEqual({ yearPack: 'national', regionPacks: new Map([[testing.tree.supervisor.id, 'atlantis']]) });
  });

  it.skipIf(!isAvailable)('sends one statement, and gives null for a missing document and empty lists for a year never entered', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.otherUnit.id, year: 2040 });
    const counter = createQueryCounter();
    const counted = createRepositories(testing.database.db.withPlugin(counter.plugin));
    expect(await counted.documents.getReadView(stored.id)).toMatchObject({ opinions: [], packChoices: { yearPack: null, regionPacks: new Map() } });
    expect(await counted.documents.getReadView('missing')).toBeNull();
    expect(counter.count).toBe(2);
  });

  it.skipIf(!isAvailable)('answers reads asked together as it answers each alone, in one statement on PostgreSQL', async () => {
    const first = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2034 });
    const second = await insertDocument(testing.repositories, { organisationId: testing.tree.otherUnit.id, year: 2035, revision: 2 });
    await testing.repositories.rulePacks.setRegionPack({ organisationId: testing.tree.supervisor.id, year: 2034, pack: 'atlantis', actorId: null, at: fixedNow });
    const reviewer = randomUUID();
    await testing.repositories.users.insert({ id: reviewer, username: `together-${dialect}`, passwordHash: 'hash', displayName: '王审核', role: 'supervisor-reviewer', organisationId: testing.tree.supervisor.id, createdAt: fixedNow });
    await testing.repositories.reviewOpinions.add({ documentId: second.id, revision: 2, path: null, text: '第二份的意见', actorId: reviewer, at: fixedNow });
    const ids = [first.id, second.id, 'missing', first.id];
    const alone = [];
    for (const id of ids) alone.push(await testing.repositories.documents.getReadView(id));
    const counter = createQueryCounter();
    const counted = createRepositories(testing.database.db.withPlugin(counter.plugin));
    const together = await Promise.all(ids.map((id) => counted.documents.getReadView(id)));
    expect(together).toEqual(alone);
    expect(together.map((view) => view?.summary.id ?? null)).toEqual([first.id, second.id, null, first.id]);
    expect(together[1]?.opinions.map((opinion) => opinion.text)).toEqual(['第二份的意见']);
    // SQLite answers in the server's thread: no round trip to share, one statement per read.
    expect(counter.count).toBe(dialect === 'postgres' ? 1 : ids.length);
  });

  it.skipIf(!isAvailable)('reads inside a transaction on the transaction’s connection and sees its uncommitted write', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2036 });
    await testing.database.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('documents').set({ project: '事务内改名' }).where('id', '=', stored.id).execute();
        const inside = createRepositories(trx);
        const views = await Promise.all([inside.documents.getReadView(stored.id), inside.documents.getReadView(stored.id)]);
        expect(views.map((view) => view?.summary.project)).toEqual(['事务内改名', '事务内改名']);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect((await testing.repositories.documents.getReadView(stored.id))?.summary.project).not.toBe('事务内改名');
  });

  it.skipIf(!isAvailable)('gives a save its row, the body unless still at the held version, the pack choices and whether the year is closed', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2033 });
    await testing.repositories.rulePacks.setRegionPack({ organisationId: testing.tree.financeBureau.id, year: 2033, pack: 'atlantis', actorId: null, at: fixedNow });
    const counter = createQueryCounter();
    const counted = createRepositories(testing.database.db.withPlugin(counter.plugin));
    const unheld = await counted.documents.getSaveView(stored.id, null);
    const { isYearClosed, ...choices } = await testing.repositories.rulePacks.findPackChoices({ year: 2033, organisationIds: testing.tree.unit.path });
    const { bodyText, ...summary } = (await testing.repositories.documents.getUnlessBodyAt(stored.id, null))!;
    expect(unheld).toEqual({ summary, bodyText, packChoices: choices, isYearClosed });
    expect([JSON.parse(unheld!.bodyText!), isYearClosed]).toEqual([stored.body, false]);
    expect((await counted.documents.getSaveView(stored.id, stored.version))?.bodyText).toBeNull();
    expect((await counted.documents.getSaveView(stored.id, stored.version - 1))?.bodyText).toBe(bodyText);
    expect(counter.count).toBe(3);
    await testing.repositories.fiscalYears.save({ year: 2033, isOpen: false });
    expect(await testing.repositories.documents.getSaveView(stored.id, null)).toMatchObject({ isYearClosed: true, packChoices: { yearPack: 'national', regionPacks: new Map([[testing.tree.financeBureau.id, 'atlantis']]) } });
    expect(await testing.repositories.documents.getSaveView('missing', null)).toBeNull();
  });

  it.skipIf(!isAvailable)('answers saves’ lookups asked together as each alone, in one statement on PostgreSQL', async () => {
    const first = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2037 });
    const second = await insertDocument(testing.repositories, { organisationId: testing.tree.otherUnit.id, year: 2037 });
    const asks: [string, number | null][] = [
      [first.id, first.version],
      [second.id, second.version - 1],
      ['missing', null],
      [first.id, first.version],
    ];
    const alone = [];
    for (const [id, held] of asks) alone.push(await testing.repositories.documents.getSaveView(id, held));
    const counter = createQueryCounter();
    const counted = createRepositories(testing.database.db.withPlugin(counter.plugin));
    const together = await Promise.all(asks.map(([id, held]) => counted.documents.getSaveView(id, held)));
    expect(together).toEqual(alone);
    expect(together.map((view) => view?.bodyText === null)).toEqual([true, false, false, true]);
    expect(counter.count).toBe(dialect === 'postgres' ? 1 : asks.length);
    // One id asked with two versions held in one turn: both get the body (never a null for a version not held).
    const disagreeing = await Promise.all([counted.documents.getSaveView(first.id, first.version), counted.documents.getSaveView(first.id, first.version - 1)]);
    expect(disagreeing[1]?.bodyText).toEqual(expect.any(String));
    // SQLite answers each alone (the first holds the current version: no body); PostgreSQL's batch asked with none held.
    expect(disagreeing[0]?.bodyText).toEqual(dialect === 'postgres' ? expect.any(String) : null);
    expect(disagreeing.map((view) => view?.summary)).toEqual([alone[0]!.summary, alone[0]!.summary]);
  });
});
