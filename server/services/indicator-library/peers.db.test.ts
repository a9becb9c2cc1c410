/**
 * Peers leave the asking unit out (issue 13): the two demo schools (教育) and the police bureau
 * (公安) record 学生家长满意度 for one year; each school's peers are the other school only, in the
 * suggestions and in the references the library checks use.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { toDemoActor } from '../../demo/documents/index.ts';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { listTestDialects } from '../../test-support/test-database.ts';
import { loadReferences } from './check-against-library.ts';
import { recordApprovedIndicators } from './record-approved-indicators.ts';
import { suggestIndicators } from './suggest-indicators.ts';

const YEAR = 2070;
const NAME = '学生家长满意度';

function targetTable(target: string, actual?: string): PerformanceDocument {
  const indicator = {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: NAME,
    target: parseIndicatorValue(target, { name: NAME }),
    actual: actual ? parseIndicatorValue(actual, { name: NAME }) : null,
    weight: '10',
  };
  return { ...createEmptyDocument('target-table', 'project'), goals: [{ name: '目标一', indicators: [indicator] }] };
}

describe.each(await listTestDialects())('peers without the asking unit on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;
  const actorOf = (username: string) => toDemoActor(testApp.demo, username);

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
    const record = (username: string, body: PerformanceDocument) => {
      const actor = actorOf(username);
      return recordApprovedIndicators(testApp.deps.repositories, { id: `peers-${username}`, organisationId: actor.organisationId, year: YEAR, kind: 'target-table', project: '家校共育', body });
    };
    await record('school-filler', targetTable('≥95%'));
    await record('primary-filler', targetTable('≥85%'));
    await record('police-filler', targetTable('≥70%'));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function suggestFor(username: string) {
    const list = await suggestIndicators(testApp.deps, { actor: actorOf(username), q: '家长满意', year: YEAR + 1, limit: 8 });
    return { sector: list.sector, item: list.items.find((item) => item.nameKey === NAME) };
  }

  it('gives each school the other school’s target as its peers’ spread, and all three units as the typical target', async () => {
    const school = await suggestFor('school-filler');
    expect(school.sector).toBe('教育');
    expect(school.item?.targets).toMatchObject({ year: YEAR, users: 3, count: 3, median: 85 });
    expect(school.item?.peers).toMatchObject({ year: YEAR, sector: '教育', users: 1, count: 1, p10: 85, median: 85, p90: 85 });
    expect(school.item?.own).toMatchObject({ year: YEAR, targetValue: 95 });

    const primary = await suggestFor('primary-filler');
    expect(primary.item?.peers).toMatchObject({ users: 1, median: 95 });
  });

  it('shows no peers to a unit alone in its sector', async () => {
    const police = await suggestFor('police-filler');
    expect(police.sector).toBe('公安');
    expect(police.item?.peers).toBeNull();
  });

  it('leaves the unit out of the peers’ median the library checks compare with', async () => {
    const school = actorOf('school-filler');
    const references = await loadReferences(testApp.deps.repositories, { organisationId: school.organisationId, year: YEAR + 1, body: targetTable('≥60%') });
    expect(references.get(NAME)?.peerMedian).toBe(85);
    const police = actorOf('police-filler');
    const alone = await loadReferences(testApp.deps.repositories, { organisationId: police.organisationId, year: YEAR + 1, body: targetTable('≥60%') });
    expect(alone.get(NAME)?.peerMedian ?? null).toBeNull();
  });
});
