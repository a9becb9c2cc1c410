import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../core/model.ts';
import { ImportError } from '../../documents/import-file.ts';
import { packSummaryRows } from '../../documents/summary/pack-summary-rows.ts';
import { createDemoSelfEvaluation } from '../demo/documents/self-evaluation.ts';
import { ServiceError } from '../services/service-error.ts';
import { createHeavyWorkPool, withConversionLimit, type HeavyWork } from './heavy-work.ts';

const pools: HeavyWork[] = [];
function createPool(...parameters: Parameters<typeof createHeavyWorkPool>): HeavyWork {
  const pool = createHeavyWorkPool(...parameters);
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

async function refusalOf(work: Promise<unknown>): Promise<{ code: string; httpStatus?: number; message: string } | null> {
  try {
    await work;
    return null;
  } catch (error) {
    if (error instanceof ServiceError || error instanceof ImportError) return error as never;
    throw error;
  }
}

/** Starts the pool's thread (loading TypeScript there takes a while on a busy machine). */
async function warmUp(pool: HeavyWork): Promise<void> {
  expect(await pool.probe({ milliseconds: 0 })).toBe(0);
}

describe('heavy work pool', () => {
  it('reads, analyses and exports in a worker thread (TypeScript loaded there too)', async () => {
    const pool = createPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 256 });
    const document = await pool.analyse({ ...createEmptyDocument('target-table'), unit: '示例局', year: 2025 }, 'national');
    expect(document.unit).toBe('示例局');
    const bytes = await pool.exportDocument(document, 'json');
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(JSON.parse(bytes.toString('utf8')).unit).toBe('示例局');
  }, 120_000);

  it('writes the summary workbook and drafts an evaluation report in a worker thread', async () => {
    const pool = createPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 256 });
    const workbook = await pool.exportSummary(
      packSummaryRows([
        { unit: '示例局', year: 2025, kind: 'self-evaluation', state: '已批复', executionRate: '98.5', score: '91.20', grade: '优', findings: { error: 0, warning: 1, info: 0 } },
      ]),
    );
    expect(Buffer.isBuffer(workbook)).toBe(true);
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    const selfEvaluation = createDemoSelfEvaluation({ unit: '示例局', year: 2025 });
    const report = await pool.draftReport({ selfEvaluation, targetTable: null, packName: 'national' });
    expect(report).toMatchObject({ kind: 'evaluation-report', unit: '示例局', year: 2025 });
    expect(report.report?.sections.length).toBeGreaterThan(0);
  }, 120_000);

  it('gives back an import refusal as the ImportError it was', async () => {
    const pool = createPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 256 });
    const refusal = await refusalOf(pool.importFile({ bytes: Buffer.from('not a zip'), fileName: '目标表.xlsx' }));
    expect(refusal).toBeInstanceOf(ImportError);
    expect(refusal?.code).toBe('not-a-zip');
    // The first import loads exceljs, mammoth and pdf.js in the thread: slow on a loaded machine.
  }, 120_000);

  it('stops a job over its time limit and refuses it in Chinese (422)', async () => {
    const pool = createPool({ threads: 1, timeLimitSeconds: 2, memoryLimitMb: 256 });
    // Started first, so the limit stops the job, not the thread's start.
    await warmUp(pool);
    const refusal = await refusalOf(pool.probe({ milliseconds: 20_000 }));
    expect(refusal).toMatchObject({ code: 'work-timeout', httpStatus: 422 });
    expect(refusal?.message).toContain('2 秒');
  }, 30_000);

  it('stops a job over its memory limit and refuses it in Chinese (413)', async () => {
    const pool = createPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 128 });
    // Started first, so the limit stops the job, not the thread's start.
    expect(await pool.probe({ megabytes: 1 })).toBe(1);
    const refusal = await refusalOf(pool.probe({ megabytes: 600 }));
    expect(refusal).toMatchObject({ code: 'work-too-large', httpStatus: 413 });
    // The pool works on after a stopped job (in a new thread).
    expect(await pool.probe({ megabytes: 1 })).toBe(1);
  }, 60_000);

  it('refuses jobs beyond the queue with 503 instead of piling them up', async () => {
    const pool = createPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 256 }, { maxQueue: 1 });
    await warmUp(pool);
    const running = pool.probe({ milliseconds: 1500 });
    const waiting = pool.probe({ milliseconds: 0 });
    // Let the first job reach the thread, so the second one is the queue's only entry.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await refusalOf(pool.probe({ milliseconds: 0 }))).toMatchObject({ code: 'server-busy', httpStatus: 503 });
    expect(await Promise.all([running, waiting])).toEqual([0, 0]);
  }, 30_000);

  it('a warm pool loads the common modules as it starts; closed at once, it reports no failure', async () => {
    const failures: unknown[] = [];
    const onError = (error: unknown) => failures.push(error);
    const warm = createPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 256 }, { isWarm: true, onError });
    // The analysis, reading, writing and summary modules and the file libraries (the pool's own warm-up is already under way).
    expect(await warm.warmUp()).toBe(5);
    const workbook = await warm.exportSummary(packSummaryRows([]));
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    const closedAtOnce = createHeavyWorkPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 256 }, { isWarm: true, onError });
    await closedAtOnce.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('withConversionLimit', () => {
  const limits = { threads: 1, timeLimitSeconds: 30, memoryLimitMb: 512 };
  const task = { kind: 'import-file' as const, bytes: new Uint8Array(), fileName: '旧表.xls', limits: {} };

  it('stops an old file’s conversion 5 s before the worker’s own limit, never later than asked', () => {
    expect(withConversionLimit(task, limits)).toMatchObject({ limits: { maxConversionSeconds: 25 } });
    expect(withConversionLimit({ ...task, limits: { maxConversionSeconds: 10 } }, limits)).toMatchObject({ limits: { maxConversionSeconds: 10 } });
    expect(withConversionLimit(task, { ...limits, timeLimitSeconds: 3 })).toMatchObject({ limits: { maxConversionSeconds: 1 } });
  });

  it('stops a scan’s OCR 5 s before the worker’s own limit too, never later than asked', () => {
    expect(withConversionLimit(task, limits)).toMatchObject({ limits: { maxOcrSeconds: 25 } });
    expect(withConversionLimit({ ...task, limits: { maxOcrSeconds: 8 } }, limits)).toMatchObject({ limits: { maxOcrSeconds: 8, maxConversionSeconds: 25 } });
  });

  it('leaves tasks that convert nothing as they are', () => {
    const analyse = { kind: 'read-text' as const, text: '绩效目标表' };
    expect(withConversionLimit(analyse, limits)).toBe(analyse);
  });
});
