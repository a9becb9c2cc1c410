/**
 * The one document the request-cost benches read and save (seed 000 as a project draft of the
 * demo police unit), and those two requests as the signed-in filler. Shared by
 * api-request-cost.ts and api-cost-ab.ts; the A/B bench passes the other checkout's own readers
 * and app, so each side inserts the document its code reads.
 */
import type { TestApp } from '../server/test-support/create-test-app.ts';
import type { readSeed as ReadSeed } from '../test-support/seeds.ts';
import type { readText as ReadText } from '../documents/text/read-text.ts';
import type { analyseDocument as AnalyseDocument } from '../core/analyse.ts';

export type CostRuns = Record<string, () => Promise<void>>;

export async function prepareCostRuns(input: {
  testApp: TestApp;
  readSeed: typeof ReadSeed;
  readText: typeof ReadText;
  analyseDocument: typeof AnalyseDocument;
}): Promise<CostRuns> {
  const { testApp } = input;
  const parsed = input.readText(input.readSeed('000'));
  if (!parsed) throw new Error('seed 000 did not read');
  const organisationId = testApp.demo.organisations.police?.id;
  if (!organisationId) throw new Error('demo organisation police missing');
  const now = new Date().toISOString();
  const project = '基准测试项目0';
  await testApp.deps.repositories.documents.insert({
    id: 'cost-0', organisationId, year: 2023, kind: 'target-table', project, revision: 1, state: 'draft',
    body: { ...input.analyseDocument(parsed), scope: 'project', project }, score: null, grade: null, createdAt: now, updatedAt: now, updatedBy: null,
  });
  const { headers } = await testApp.signIn('police-filler');
  const url = '/api/documents/cost-0';
  const read = await testApp.app.inject({ method: 'GET', url, headers });
  const detail = JSON.parse(read.body) as { version: number; body: { goals: { indicators: { target: { text: string } | null }[] }[] } };
  let version = detail.version;
  const indicator = detail.body.goals[0]!.indicators[0]!;
  return {
    read: async () => {
      const response = await testApp.app.inject({ method: 'GET', url, headers });
      if (response.statusCode !== 200) throw new Error(`read: ${response.statusCode}`);
    },
    save: async () => {
      const edited = { ...indicator, target: { ...indicator.target!, text: `≥${50 + (version % 40)}%` } };
      const response = await testApp.app.inject({
        method: 'PATCH',
        url: `${url}/indicators`,
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ expectedVersion: version, path: 'goals.0.indicators.0', indicator: edited }),
      });
      if (response.statusCode !== 200) throw new Error(`save: ${response.statusCode} ${response.body}`);
      version = (JSON.parse(response.body) as { version: number }).version;
    },
  };
}
