/**
 * A refusal thrown by a second copy of documents/export-error.ts (a worker thread under
 * `node --import tsx e2e/serve.ts` loads the module again, so its ExportError is another class)
 * is still a refusal: 400 with its Chinese reason, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExportError, isExportError } from '../../../documents/export-error.ts';
import { createDemoEvaluationReport } from '../../demo/documents/evaluation-report.ts';
import { toDemoActor } from '../../demo/documents/index.ts';
import { insertDraft } from '../documents/insert-draft.ts';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { createInProcessHeavyWork } from '../../workers/heavy-work.ts';
import { runHeavyTask } from '../../workers/heavy-tasks.ts';

// The worker's writer throws the refusal of the second copy.
vi.mock('../../../documents/export.ts', async (importOriginal) => {
  const second = (await import(/* @vite-ignore */ new URL('../../../documents/export-error.ts?second-copy', import.meta.url).href)) as typeof import('../../../documents/export-error.ts');
  return {
    ...(await importOriginal<typeof import('../../../documents/export.ts')>()),
    exportDocument: () => Promise.reject(new second.ExportError('format-not-supported', '评价报告为叙述文本，请导出 .docx 或 .pdf。')),
  };
});

// The query makes Vite load the module a second time: the class a second module copy defines.
const copy = (await import(/* @vite-ignore */ new URL('../../../documents/export-error.ts?second-copy', import.meta.url).href)) as typeof import('../../../documents/export-error.ts');
const refusal = () => new copy.ExportError('format-not-supported', '评价报告为叙述文本，请导出 .docx 或 .pdf。');

describe('an export refusal from a second copy of its module', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    const heavyWork = createInProcessHeavyWork();
    heavyWork.exportDocument = () => Promise.reject(refusal());
    testApp = await createTestApp({ heavyWork });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('is another class, recognised by its name and code', () => {
    expect(refusal()).not.toBeInstanceOf(ExportError);
    expect(isExportError(refusal())).toBe(true);
    expect(isExportError(new Error('boom'))).toBe(false);
    expect(isExportError(Object.assign(new Error('x'), { name: 'ExportError', code: 'no-such-code' }))).toBe(false);
  });

  it('comes back from the worker task as a refusal, not a crash', async () => {
    const document = createDemoEvaluationReport({ unit: '示范县公安局', year: 2026 });
    const outcome = await runHeavyTask({ kind: 'export', document, format: 'xlsx' }).catch((error: unknown) => error);
    expect(outcome).toMatchObject({ ok: false, refusal: { type: 'export', code: 'format-not-supported' } });
  });

  it('answers the export with 400 and its reason', async () => {
    const { headers } = await testApp.signIn('police-filler');
    const actor = toDemoActor(testApp.demo, 'police-filler');
    const stored = await insertDraft(testApp.deps, { actor, body: createDemoEvaluationReport({ unit: actor.organisationName, year: 2026 }), action: 'create', reason: null });
    const response = await testApp.app.inject({ method: 'GET', url: `/api/documents/${stored.id}/export?format=xlsx`, headers });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'format-not-supported', message: expect.stringContaining('.docx') });
  });
});
