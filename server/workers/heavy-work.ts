/**
 * Heavy work off the event loop (issue 9): reading uploads, analysing documents and writing
 * exports run in a pool of worker threads (piscina), each job with a time limit and each thread
 * with a memory limit. A job over a limit is stopped and refused with a Chinese message; the
 * request thread keeps answering (GET /api/health stays fast while every worker is busy).
 * Services see one interface; the CLI and unit tests of services use the same work in-thread.
 */
import type { LibraryEntry } from '../../core/indicator-library/index.ts';
import type { ReadEntriesResult } from '../../documents/indicator-library/entries-xlsx.ts';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ChainRelated } from '../../core/checks/chain-checks.ts';
import type { ResultsNotice } from '../../core/results/index.ts';
import type { DocumentKind, PerformanceDocument } from '../../core/model.ts';
import type { ColumnRoleOverride } from '../../documents/grid/header-band.ts';
import type { ReviewRead } from '../../documents/import-review/read-for-review.ts';
import { ExportError, type ExportFormat } from '../../documents/export-error.ts';
import { ImportError, type ImportLimits } from '../../documents/import-error.ts';
import { renderPdf } from '../../documents/pdf/render-pdf.ts';
import type { SummaryTable } from '../../documents/summary/pack-summary-rows.ts';
import { ServiceError } from '../services/service-error.ts';
import type { HeavyJob, HeavyOutcome, HeavyTask } from './heavy-tasks.ts';
import type { WorkerLimits } from './worker-limits.ts';

export type { WorkerLimits } from './worker-limits.ts';

export interface HeavyWork {
  /** Reads an uploaded file into the model; throws ImportError when it cannot. */
  importFile(input: { bytes: Buffer; fileName: string; limits?: Partial<ImportLimits> }): Promise<PerformanceDocument>;
  /** Reads an uploaded file for the import review screen (grid, header band, mapping); throws ImportError. */
  readForReview(input: {
    bytes: Buffer;
    fileName: string;
    limits?: Partial<ImportLimits>;
    columnRoles?: ColumnRoleOverride;
    kind?: DocumentKind;
    table?: number;
  }): Promise<ReviewRead>;
  /** Reads a text dump; null when it is no performance document. */
  readText(text: string): Promise<PerformanceDocument | null>;
  /**
   * Scores and checks a document under the rule pack `packName` (core/rule-packs analyseWithPack);
   * services get the name from services/rule-packs/pack-for-year.ts.
   */
  analyse(document: PerformanceDocument, packName: string, related?: ChainRelated): Promise<PerformanceDocument>;
  /** The bytes of a document in a format; throws ExportError, or PdfUnavailableError for PDF without Chromium. */
  exportDocument(document: PerformanceDocument, format: ExportFormat): Promise<Buffer>;
  /** The finance bureau's summary workbook (.xlsx) of its rows packed (documents/summary/pack-summary-rows.ts), dated `at`. */
  exportSummary(table: SummaryTable, at?: Date): Promise<Buffer>;
  /** The indicator library as .xlsx (documents/indicator-library/entries-xlsx.ts). */
  writeLibraryXlsx(entries: LibraryEntry[]): Promise<Buffer>;
  /** Rows of a library .xlsx; throws ImportError for a file it refuses. */
  readLibraryXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<ReadEntriesResult>;
  /** An evaluation report drafted from a self-evaluation and the year's target table, scored and checked under the rule pack `packName`. */
  draftReport(input: { selfEvaluation: PerformanceDocument; targetTable: PerformanceDocument | null; packName: string }): Promise<PerformanceDocument>;
  /** 评价结果通报 as .docx or .xlsx (documents/results-notice). */
  writeResultsNotice(notice: ResultsNotice, format: 'docx' | 'xlsx'): Promise<Buffer>;
  /** Tests and benchmarks: keeps a worker busy, or makes it allocate. */
  probe(input: { milliseconds?: number; megabytes?: number }): Promise<number>;
  /** Loads the common readers and writers (exceljs among them) before the first request needs them; resolves to how many module groups. */
  warmUp(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Jobs waiting per thread before new ones are refused with 503: a burst of autosaves (analysis takes
 * milliseconds) or uploads waits; a flood does not pile up without end.
 */
const queuedJobsPerThread = 128;
const queueFullMessage = 'Task queue is at limit';
/**
 * Idle threads stop after this long; the next job starts one again (about half a second, and a
 * second more for exceljs: the first summary workbook took 1.0 s against 29 ms after it,
 * bench/province.bench.ts). With `isWarm`, one thread never stops and loads the common modules
 * when the pool starts.
 */
const idleTimeoutMs = 60_000;
/** Retry-After of a 503 while the queue is full: most jobs take well under a second. */
const busyRetryAfterSeconds = 5;

function rebuildRefusal(outcome: HeavyOutcome): unknown {
  if (outcome.ok) return outcome.value;
  const { refusal } = outcome;
  if (refusal.type === 'import') throw new ImportError(refusal.code, refusal.message);
  throw new ExportError(refusal.code, refusal.message);
}

/** A Buffer crosses a thread as a plain Uint8Array: view the same bytes as a Buffer again. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The typed interface over something that runs tasks (a pool, or runHeavyTask in this thread). */
function createHeavyWork(run: (task: HeavyTask) => Promise<HeavyOutcome>, close: () => Promise<void>): HeavyWork {
  const perform = async (task: HeavyTask) => rebuildRefusal(await run(task));
  return {
    importFile: async (input) =>
      (await perform({ kind: 'import-file', bytes: input.bytes, fileName: input.fileName, limits: input.limits ?? {} })) as PerformanceDocument,
    readForReview: async ({ kind, ...input }) =>
      (await perform({
        kind: 'read-for-review',
        bytes: input.bytes,
        fileName: input.fileName,
        limits: input.limits ?? {},
        ...(input.columnRoles ? { columnRoles: input.columnRoles } : {}),
        ...(kind ? { documentKind: kind } : {}),
        ...(input.table === undefined ? {} : { table: input.table }),
      })) as ReviewRead,
    readText: async (text) => (await perform({ kind: 'read-text', text })) as PerformanceDocument | null,
    analyse: async (document, packName, related) =>
      (await perform({ kind: 'analyse', document, packName, ...(related ? { related } : {}) })) as PerformanceDocument,
    exportDocument: async (document, format) => {
      // Chromium is a process of its own: only the print view is built in a worker.
      if (format === 'pdf') return renderPdf((await perform({ kind: 'print-view', document })) as string);
      return toBuffer((await perform({ kind: 'export', document, format })) as Uint8Array);
    },
    exportSummary: async (table, at = new Date()) => toBuffer((await perform({ kind: 'summary', table, at: at.toISOString() })) as Uint8Array),
    writeLibraryXlsx: async (entries) => toBuffer((await perform({ kind: 'library-xlsx-write', entries })) as Uint8Array),
    readLibraryXlsx: async (bytes, limits) => (await perform({ kind: 'library-xlsx-read', bytes, limits })) as ReadEntriesResult,
    draftReport: async (input) => (await perform({ kind: 'draft-report', ...input })) as PerformanceDocument,
    writeResultsNotice: async (notice, format) => toBuffer((await perform({ kind: 'results-notice', notice, format })) as Uint8Array),
    probe: async (input) => (await perform({ kind: 'probe', ...input })) as number,
    warmUp: async () => (await perform({ kind: 'warm-up' })) as number,
    close,
  };
}

/** The work in the calling thread: for the CLI, unit tests of services, and WORKER_THREADS=0. */
export function createInProcessHeavyWork(): HeavyWork {
  // Imported on first use: the readers and writers (exceljs, docx, pdfjs…) stay out of a server's
  // start when its work runs in worker threads (scripts/build-server.mjs splits them into a chunk).
  // Imported once (a dynamic import per task costs a module resolution each time).
  let tasks: Promise<typeof import('./heavy-tasks.ts')> | undefined;
  return createHeavyWork(async (job) => (await (tasks ??= import('./heavy-tasks.ts'))).runHeavyTask(job), async () => {});
}

/** The limits as refusals people can read; anything else (a bug) stays an error for the log. */
function toLimitRefusal(error: unknown, limits: WorkerLimits): unknown {
  const { name, message, code } = error as { name?: string; message?: string; code?: string };
  if (name === 'AbortError') {
    return new ServiceError({
      code: 'work-timeout',
      message: `处理超过 ${limits.timeLimitSeconds} 秒的时间上限，已停止，未保存任何内容：文件或文档可能过大或过于复杂，请只保留绩效表后再试`,
      httpStatus: 422,
    });
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ServiceError({
      code: 'work-too-large',
      message: `处理所需内存超过 ${limits.memoryLimitMb} MB 的上限，已停止，未保存任何内容：请只保留绩效表后再试`,
      httpStatus: 413,
    });
  }
  if (message === queueFullMessage) {
    return new ServiceError({ code: 'server-busy', message: '服务器正忙（待处理的文件过多），请稍后再试。', httpStatus: 503, retryAfterSeconds: busyRetryAfterSeconds });
  }
  return error;
}

/**
 * An import's LibreOffice conversion (old .xls/.doc) and its OCR (a scanned PDF, documents/ocr)
 * stopped 5 s before the worker's own limit, so each ends with its own message and its child process
 * killed, rather than the thread being stopped around a LibreOffice or tesseract still running.
 */
export function withConversionLimit(task: HeavyTask, limits: WorkerLimits): HeavyTask {
  if (task.kind !== 'import-file' && task.kind !== 'read-for-review') return task;
  const ceiling = Math.max(1, limits.timeLimitSeconds - 5);
  return {
    ...task,
    limits: {
      ...task.limits,
      maxConversionSeconds: Math.min(task.limits.maxConversionSeconds ?? ceiling, ceiling),
      maxOcrSeconds: Math.min(task.limits.maxOcrSeconds ?? ceiling, ceiling),
    },
  };
}

/**
 * Runs a task with a limit on its running time: the clock starts when a thread takes the task
 * (it says so on a port), so waiting behind other jobs or for a thread to start does not count.
 * Past the limit the thread is stopped (piscina terminates it on abort) and starts afresh.
 */
async function runWithTimeLimit(pool: Piscina<HeavyJob, HeavyOutcome>, task: HeavyTask, milliseconds: number): Promise<HeavyOutcome> {
  const { port1, port2 } = new MessageChannel();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  port1.once('message', () => {
    timer = setTimeout(() => controller.abort(), milliseconds);
  });
  try {
    return await pool.run({ ...task, startedPort: port2 }, { signal: controller.signal, transferList: [port2] });
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

/**
 * A pool of worker threads with the given limits (threads start on demand and stop when idle).
 * `isWarm` (the server): one thread stays, started now and loaded with the common modules, so the
 * first upload or workbook after a quiet minute does not wait for a thread to start.
 */
export function createHeavyWorkPool(
  limits: WorkerLimits,
  options: { maxQueue?: number; onError?: (error: unknown) => void; isWarm?: boolean } = {},
): HeavyWork {
  if (limits.threads === 0) return createInProcessHeavyWork();
  const pool = new Piscina<HeavyJob, HeavyOutcome>({
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    minThreads: options.isWarm ? 1 : 0,
    maxThreads: limits.threads,
    idleTimeout: idleTimeoutMs,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(limits.memoryLimitMb / 8)) },
  });
  // A thread that dies with no job (e.g. out of memory while starting) is reported, never thrown:
  // an unhandled 'error' event would stop the server.
  pool.on('error', (error: unknown) => (options.onError ?? console.error)(error));
  // Admission is counted here (jobs running or waiting), so a flood is refused at once with 503.
  const maxJobs = limits.threads + (options.maxQueue ?? limits.threads * queuedJobsPerThread);
  let jobs = 0;
  const run = async (task: HeavyTask) => {
    if (jobs >= maxJobs) throw toLimitRefusal(new Error(queueFullMessage), limits);
    jobs += 1;
    try {
      return await runWithTimeLimit(pool, withConversionLimit(task, limits), limits.timeLimitSeconds * 1000);
    } catch (error) {
      throw toLimitRefusal(error, limits);
    } finally {
      jobs -= 1;
    }
  };
  let isClosing = false;
  const work = createHeavyWork(run, () => {
    isClosing = true;
    return pool.close({ force: true });
  });
  // Not awaited: the server listens meanwhile. A failure is reported (the modules then load on
  // first use), unless the pool was closed first (a test app closed at once).
  if (options.isWarm) work.warmUp().catch((error: unknown) => isClosing || (options.onError ?? console.error)(error));
  return work;
}
