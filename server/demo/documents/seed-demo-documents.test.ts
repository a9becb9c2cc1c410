import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStatesOfKind } from '../../../core/review/index.ts';
import type { DocumentSummary } from '../../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';

describe('demo documents', () => {
  let testApp: TestApp;
  let documents: DocumentSummary[];

  beforeAll(async () => {
    testApp = await createTestApp({ withDemoDocuments: true });
    documents = (await testApp.deps.repositories.documents.list({ limit: 1000 })).items;
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it.each(['target-table', 'self-evaluation'] as const)('show a %s in every state of its flow', (kind) => {
    const states = new Set(documents.filter((document) => document.kind === kind).map((document) => document.state));
    expect([...states].sort()).toEqual([...listStatesOfKind(kind)].sort());
  });

  it('produce an approval table for every approved or published target table', () => {
    const approvedTargets = documents.filter((document) => document.kind === 'target-table' && ['approved', 'published'].includes(document.state));
    expect(approvedTargets.length).toBeGreaterThan(0);
    for (const target of approvedTargets) {
      const approval = documents.find((document) => document.kind === 'approval-table' && document.organisationId === target.organisationId && document.year === target.year);
      expect(approval?.state).toBe(target.state);
    }
  });

  it('name each document after the unit that owns it', async () => {
    for (const summary of documents) {
      const stored = await testApp.deps.repositories.documents.getById(summary.id);
      expect(stored?.body.unit).toBe(summary.organisationName);
    }
  });

  it('keep a history for every step they went through, with the return reasons', async () => {
    const returned = documents.filter((document) => document.state === 'returned');
    expect(returned.length).toBeGreaterThan(0);
    for (const document of returned) {
      const entries = await testApp.deps.repositories.auditEntries.listByDocument(document.id);
      expect(entries.map((entry) => entry.action)[0]).toBe('create');
      expect(entries.map((entry) => entry.action).at(-1)).toBe('return');
      expect(entries.at(-1)?.reason).toMatch(/请/);
    }
  });
});
