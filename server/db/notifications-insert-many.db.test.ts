/** Multi-row 催报 notifications (催报 of every outstanding unit): a stored dedupe key skips its row, in one statement per 500 rows. */
import { describe, expect, it } from 'vitest';
import { fixedNow } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import type { NewNotification } from './notifications.repository.ts';

describe.each(await listTestDialects())('notifications.insertMany on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);

  const reminder = (organisationId: string, dedupeKey: string): NewNotification => ({
    organisationId,
    kind: 'reminder',
    title: '催报：2025年度绩效目标表',
    message: '请尽快提交。',
    link: '/documents',
    dedupeKey,
    createdAt: fixedNow,
  });

  it.skipIf(!isAvailable)('writes each organisation once per key and names those written', async () => {
    expect(await testing.repositories.notifications.insert(reminder(testing.tree.unit.id, 'year-2025@2025-06-01'))).toBe(true);
    const written = await testing.repositories.notifications.insertMany([
      reminder(testing.tree.unit.id, 'year-2025@2025-06-01'),
      reminder(testing.tree.supervisor.id, 'year-2025@2025-06-01'),
      reminder(testing.tree.financeBureau.id, 'year-2025@2025-06-01'),
    ]);
    expect([...written].sort()).toEqual([testing.tree.supervisor.id, testing.tree.financeBureau.id].sort());
    const again = await testing.repositories.notifications.insertMany([reminder(testing.tree.supervisor.id, 'year-2025@2025-06-01'), reminder(testing.tree.supervisor.id, 'year-2025@2025-06-02')]);
    expect([...again]).toEqual([testing.tree.supervisor.id]);
    expect(await testing.repositories.notifications.insertMany([])).toEqual(new Set());
  });
});
