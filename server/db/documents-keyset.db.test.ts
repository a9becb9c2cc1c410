import { beforeAll, describe, expect, it } from 'vitest';
import { insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';

describe.each(await listTestDialects())('document list keyset paging and capped totals on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);

  beforeAll(async () => {
    if (!isAvailable) return;
    // Nine documents, three of them sharing one updated_at: the id breaks the tie.
    const times = ['2026-05-01', '2026-05-03', '2026-05-03', '2026-05-03', '2026-05-02', '2026-05-09', '2026-05-04', '2026-05-08', '2026-05-07'];
    for (const [index, day] of times.entries()) {
      await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2040, project: `项目${index}`, updatedAt: `${day}T00:00:00.000Z` });
    }
  });

  it.skipIf(!isAvailable)('walks the list page by page after the last row, in the order offset paging gives', async () => {
    const byOffset = (await testing.repositories.documents.list({ year: 2040, limit: 100 })).items.map((item) => item.id);
    expect(byOffset).toHaveLength(9);
    const walked: string[] = [];
    let after: { updatedAt: string; id: string } | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await testing.repositories.documents.list({ year: 2040, limit: 2, ...(after ? { after } : {}) });
      walked.push(...page.items.map((item) => item.id));
      // The total counts the whole filtered list, not what follows the cursor.
      expect(page.total).toBe(9);
      const last = page.items.at(-1);
      if (!last || page.items.length < 2) break;
      after = { updatedAt: last.updatedAt, id: last.id };
    }
    expect(walked).toEqual(byOffset);
  });

  it.skipIf(!isAvailable)('stops counting at the cap and says so', async () => {
    expect(await testing.repositories.documents.list({ year: 2040, limit: 1, countCap: 5 })).toMatchObject({ total: 5, isTotalCapped: true });
    expect(await testing.repositories.documents.list({ year: 2040, limit: 1, countCap: 9 })).toMatchObject({ total: 9, isTotalCapped: false });
    expect(await testing.repositories.documents.list({ year: 2040, limit: 1, countCap: 8 })).toMatchObject({ total: 8, isTotalCapped: true });
    expect(await testing.repositories.documents.list({ year: 2040, limit: 1 })).toMatchObject({ total: 9, isTotalCapped: false });
  });
});
