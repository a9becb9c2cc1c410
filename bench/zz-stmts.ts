import { createTestApp } from '/work/wt/api-tail-4/server/test-support/create-test-app.ts';
const dialect = (process.env.D ?? 'sqlite') as 'sqlite' | 'postgres';
const t = await createTestApp({ dialect, withDemoDocuments: true, responseCheck: 'fast' });
const r = t.deps.repositories;
const list = await r.documents.list({ limit: 1 });
const doc = list.items[0]!;
const runs: Record<string, () => Promise<unknown>> = {
  summary: () => r.documents.getSummaryById(doc.id),
  getById: () => r.documents.getById(doc.id),
  opinions: () => r.reviewOpinions.listByDocument({ documentId: doc.id, revision: doc.revision }),
  pack: () => r.rulePacks.findPackChoices({ year: doc.year, organisationIds: doc.organisationPath }),
  isClosed: () => r.fiscalYears.isClosed(doc.year),
};
for (const [name, run] of Object.entries(runs)) {
  for (let i = 0; i < 200; i++) await run();
  const c = process.cpuUsage(); const s = performance.now();
  for (let i = 0; i < 5000; i++) await run();
  const u = process.cpuUsage(c);
  console.log(dialect, name, Math.round((u.user + u.system) / 5000), 'µs CPU', Math.round((performance.now() - s) * 1000 / 5000), 'µs wall');
}
await t.close();
