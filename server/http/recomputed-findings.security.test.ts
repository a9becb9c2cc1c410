/**
 * Issue 9 item 9: "client-sent findings are recomputed, never stored as sent", on every write
 * route that accepts a body. The routes come from the real app (onRoute): a route whose body can
 * carry what the rules compute (findings, totals, suggested scores) must have a case below that
 * sends forged values and checks they are replaced; every other body route is checked
 * automatically to carry none of them, so a new route cannot slip through.
 */
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyseDocument } from '../../core/analyse.ts';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type SignedIn } from '../test-support/create-test-app.ts';
import { createDocumentInState } from './documents-test-support.ts';

/** Fields the rules compute: a body that can carry one must be recomputed on the server. */
const computedFields = new Set(['findings', 'totals', 'suggestedScore', 'suggestedGrade']);

/** The computed fields a zod body schema lets a client send (searched in its JSON Schema). */
function listComputedFields(schema: unknown): string[] {
  const json = z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any', io: 'input' });
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) if (computedFields.has(name)) found.add(name);
      visit(value);
    }
  };
  visit(json);
  return [...found].sort();
}

const registered: RouteOptions[] = [];
const testApp = await createTestApp({ onRoute: (route) => registered.push(route) });
const bodyRoutes = registered
  .filter((route) => route.schema?.body && route.url.startsWith('/api/'))
  .map((route) => ({ key: `${String(route.method)} ${route.url}`, schema: route.schema!.body }));

const forgedFinding = { severity: 'error', code: 'weights-do-not-add-up', message: '伪造的错误', path: 'goals.0' } as const;
const forgedTotals = { weight: '1', score: '1', suggestedScore: '0.01', suggestedGrade: '差', enteredGrade: '差' } as const;

/** A self-evaluation draft of 示范县公安局 with forged findings, totals and an indicator's suggested score. */
function forge(stored: StoredDocument) {
  const [goal, ...goals] = stored.body.goals;
  const [indicator, ...indicators] = goal!.indicators;
  return {
    ...stored.body,
    functions: '改过的职能',
    findings: [forgedFinding],
    totals: forgedTotals,
    goals: [{ ...goal!, indicators: [{ ...indicator!, suggestedScore: '0.01' }, ...indicators] }, ...goals],
  };
}

/** What the rules give for a body: its findings, totals and the first indicator's suggested score. */
function recomputed(body: StoredDocument['body']) {
  const analysed = analyseDocument({ ...body, findings: [] });
  return { findings: analysed.findings, totals: analysed.totals, suggestedScore: analysed.goals[0]!.indicators[0]!.suggestedScore };
}

let signedIn: SignedIn;
const draft = () => createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation' });
const send = (method: 'PUT' | 'PATCH' | 'POST', url: string, payload: unknown) => testApp.app.inject({ method, url, headers: signedIn.headers, payload: payload as object });
const stored = async (id: string) => (await testApp.deps.repositories.documents.getById(id))!;

/** One case per route whose body can carry computed fields. */
const recomputeCases: Record<string, () => Promise<void>> = {
  'PUT /api/documents/:id': async () => {
    const document = await draft();
    const response = await send('PUT', `/api/documents/${document.id}`, { expectedVersion: document.version, body: forge(document) });
    expect(response.statusCode).toBe(200);
    const saved = await stored(document.id);
    expect(saved.body.functions).toBe('改过的职能');
    expect(saved.body.findings.map((finding) => finding.message)).not.toContain(forgedFinding.message);
    const expected = recomputed(saved.body);
    expect({ findings: saved.body.findings, totals: saved.body.totals, suggestedScore: saved.body.goals[0]!.indicators[0]!.suggestedScore }).toEqual(expected);
    expect(expected.suggestedScore).not.toBe('0.01');
  },
  'PATCH /api/documents/:id/indicators': async () => {
    const document = await draft();
    const indicator = { ...forge(document).goals[0]!.indicators[0]!, deviation: '改过的原因' };
    const response = await send('PATCH', `/api/documents/${document.id}/indicators`, { expectedVersion: document.version, path: 'goals.0.indicators.0', indicator });
    expect(response.statusCode).toBe(200);
    const saved = await stored(document.id);
    expect(saved.body.goals[0]!.indicators[0]!.deviation).toBe('改过的原因');
    const expected = recomputed(saved.body);
    expect(saved.body.goals[0]!.indicators[0]!.suggestedScore).toBe(expected.suggestedScore);
    expect(expected.suggestedScore).not.toBe('0.01');
    expect({ findings: saved.body.findings, totals: saved.body.totals }).toEqual({ findings: expected.findings, totals: expected.totals });
  },
  'POST /api/documents/preview-score': async () => {
    // Stores nothing, but answers with what the rules give, never what was sent.
    const document = await draft();
    const response = await send('POST', '/api/documents/preview-score', { body: forge(document) });
    expect(response.statusCode).toBe(200);
    const expected = recomputed(forge(document));
    expect(response.json()).toMatchObject({ findings: expected.findings, totals: expected.totals });
    expect(response.body).not.toContain(forgedFinding.message);
    expect(response.json().indicators[0].suggestedScore).toBe(expected.suggestedScore);
    expect((await stored(document.id)).version).toBe(document.version);
  },
};

describe('computed fields a client sends', () => {
  beforeAll(async () => {
    signedIn = await testApp.signIn('police-leader');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('finds the body routes', () => {
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(15);
  });

  it.each(bodyRoutes.map((route) => [route.key, route.schema] as const))('%s: recomputed if its body can carry them', async (key, schema) => {
    const fields = listComputedFields(schema);
    const check = recomputeCases[key];
    if (fields.length === 0) return expect(check, `${key} carries no computed field: drop its case in recomputeCases`).toBeUndefined();
    expect(check, `${key} accepts ${fields.join(', ')}: add a case to recomputeCases in server/http/recomputed-findings.security.test.ts that forges them and checks they are recomputed`).toBeDefined();
    await check!();
  });

  it('keeps no case for a route that is gone', () => {
    const keys = new Set(bodyRoutes.map((route) => route.key));
    expect(Object.keys(recomputeCases).filter((key) => !keys.has(key))).toEqual([]);
  });
});
