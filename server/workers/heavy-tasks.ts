/**
 * The heavy work a request may cause, as plain tasks: read an uploaded file or text, analyse a
 * document, draft a report, write an export or the summary workbook. Run inside a worker thread (heavy-work-pool.ts) or, for the CLI and
 * unit tests of services, in the same thread. Results and refusals are plain data, because only
 * plain data crosses a thread boundary (an ImportError arrives as a bare Error otherwise).
 */
import type { MessagePort } from 'node:worker_threads';
import type { PerformanceDocument } from '../../core/model.ts';
import { isExportError, type ExportError, type ExportFormat } from '../../documents/export-error.ts';
import { ImportError, type ImportErrorCode, type ImportLimits } from '../../documents/import-error.ts';
import type { SummaryTable } from '../../documents/summary/pack-summary-rows.ts';
import type { LibraryEntry } from '../../core/indicator-library/index.ts';
import type { ColumnRoleOverride } from '../../documents/grid/header-band.ts';
import type { DocumentKind } from '../../core/model.ts';
import type { ChainRelated } from '../../core/checks/chain-checks.ts';
import type { ResultsNotice } from '../../core/results/index.ts';
import { withPlainFindings } from '../../core/checks/indicator-finding.ts';

export type HeavyTask =
  | { kind: 'import-file'; bytes: Uint8Array; fileName: string; limits: Partial<ImportLimits> }
  | { kind: 'read-text'; text: string }
  /** The import review screen: the file read with its grid, header band and an optional mapping. */
  | {
      kind: 'read-for-review';
      bytes: Uint8Array;
      fileName: string;
      limits: Partial<ImportLimits>;
      columnRoles?: ColumnRoleOverride;
      documentKind?: DocumentKind;
      /** Which table of a file holding several (0-based). */
      table?: number;
    }
  /** `packName`: a core/rule-packs name (plain data crosses the thread boundary, the pack is looked up there). */
  /** `related`: the documents the chain checks compare with (loaded by the service; core/checks/chain-checks.ts). */
  | { kind: 'analyse'; document: PerformanceDocument; packName: string; related?: ChainRelated }
  /** Every format but PDF; PDF is the print view (below) rendered by Chromium, a process of its own. */
  | { kind: 'export'; document: PerformanceDocument; format: Exclude<ExportFormat, 'pdf'> }
  | { kind: 'print-view'; document: PerformanceDocument }
  /** The finance bureau's summary workbook (.xlsx) of rows already read from the database. */
  | { kind: 'summary'; table: SummaryTable; /** ISO time the workbook is dated (the service's clock). */ at: string }
  /** The indicator library as .xlsx (finance's export), and an .xlsx read back into rows (its import). */
  | { kind: 'library-xlsx-write'; entries: LibraryEntry[] }
  | { kind: 'library-xlsx-read'; bytes: Uint8Array; limits: ImportLimits }
  /** An evaluation report drafted from a self-evaluation (and the year's target table), scored and checked. */
  | { kind: 'draft-report'; selfEvaluation: PerformanceDocument; targetTable: PerformanceDocument | null; packName: string }
  /** 评价结果通报 as .docx or .xlsx (documents/results-notice). */
  | { kind: 'results-notice'; notice: ResultsNotice; format: 'docx' | 'xlsx' }
  /** Tests and the benchmark: keeps a worker busy for `milliseconds` (or allocates `megabytes`). */
  | { kind: 'probe'; milliseconds?: number; megabytes?: number }
  /** Loads the modules most requests need (analysis, reading, writing, the summary workbook, exceljs, mammoth, docx) ahead of them. */
  | { kind: 'warm-up' };

/** A task as a thread receives it: with the port that hears when it starts (heavy-work.ts). */
export type HeavyJob = HeavyTask & { startedPort?: MessagePort };

export type HeavyRefusal =
  | { type: 'import'; code: ImportErrorCode; message: string }
  | { type: 'export'; code: ExportError['code']; message: string };

export type HeavyOutcome = { ok: true; value: unknown } | { ok: false; refusal: HeavyRefusal };

function probe(task: { milliseconds?: number; megabytes?: number }): number {
  const until = Date.now() + (task.milliseconds ?? 0);
  while (Date.now() < until) {
    // Busy on purpose: a stand-in for a slow parse.
  }
  const kept: number[][] = [];
  for (let megabyte = 0; megabyte < (task.megabytes ?? 0); megabyte++) kept.push(new Array<number>(131_072).fill(megabyte));
  return kept.length;
}

/**
 * Loads once: the first call's promise is kept. A bare `import()` per task resolves the module
 * again each time (under tsx a round trip to its loader thread), which was the largest single cost
 * of an autosave in bench/api.bench.ts (BENCH_API_PROFILE=1, CPU profile).
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    if (!loaded) {
      loaded = load();
      // A failed load (e.g. a module missing) is tried again by the next task.
      loaded.catch(() => {
        loaded = undefined;
      });
    }
    return loaded;
  };
}

/** The modules a kind of task needs, loaded when first asked (exceljs, mammoth, pdf.js and docx are large). */
const loaders = {
  reading: once(() => import('../../documents/import-file.ts')),
  text: once(() => import('../../documents/text/read-text.ts')),
  review: once(() => import('../../documents/import-review/read-for-review.ts')),
  analysis: once(() => import('../../core/rule-packs/index.ts')),
  writing: once(() => import('../../documents/export.ts')),
  summary: once(() => import('../../documents/summary/write-summary.ts')),
  library: once(() => Promise.all([import('../../documents/indicator-library/entries-xlsx.ts'), import('../services/indicator-library/level-vocabulary.ts')])),
  drafting: once(() => import('../../documents/report-draft/draft-report.ts')),
  notice: once(() => import('../../documents/results-notice/index.ts')),
  /** The large libraries the modules above import only when a file needs them (.xlsx, .docx). */
  fileLibraries: once(() => Promise.all([import('exceljs'), import('mammoth'), import('../../documents/docx/write-table-docx.ts')])),
};

// Loading comes before the task says it started, so a thread's first job is not charged for it.
async function prepareTask(task: HeavyTask): Promise<() => unknown> {
  switch (task.kind) {
    case 'import-file': {
      const { importFile } = await loaders.reading();
      // Reading analyses: its findings are worded lazily too and become plain before postMessage.
      return async () =>
        withPlainFindings(
          await importFile({ bytes: Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), fileName: task.fileName, limits: task.limits }),
        );
    }
    case 'read-for-review': {
      const { readForReview } = await loaders.review();
      const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
      return async () => {
        const read = await readForReview({ bytes, fileName: task.fileName, limits: task.limits, columnRoles: task.columnRoles, kind: task.documentKind, table: task.table });
        return { ...read, document: withPlainFindings(read.document) };
      };
    }
    case 'read-text': {
      const { readText } = await loaders.text();
      return () => {
        const read = readText(task.text);
        return read && withPlainFindings(read);
      };
    }
    case 'analyse': {
      const { analyseChainedWithPack, analyseWithPack, getRulePack } = await loaders.analysis();
      const { related } = task;
      // Findings worded lazily (core/checks/indicator-finding.ts) become plain before postMessage.
      if (related) return () => withPlainFindings(analyseChainedWithPack(task.document, getRulePack(task.packName), related));
      return () => withPlainFindings(analyseWithPack(task.document, getRulePack(task.packName)));
    }
    case 'export': {
      const { exportDocument } = await loaders.writing();
      return () => exportDocument(task.document, task.format);
    }
    case 'print-view': {
      const { renderPrintView } = await loaders.writing();
      return () => renderPrintView(task.document);
    }
    case 'summary': {
      const { writeSummaryWorkbook } = await loaders.summary();
      return () => writeSummaryWorkbook(task.table, new Date(task.at));
    }
    case 'library-xlsx-write': {
      const [{ writeEntriesXlsx }, { nameLevel1 }] = await loaders.library();
      return () => writeEntriesXlsx(task.entries, nameLevel1);
    }
    case 'library-xlsx-read': {
      const [{ readEntriesXlsx }] = await loaders.library();
      return () => readEntriesXlsx(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.limits);
    }
    case 'draft-report': {
      const [{ analyseWithPack, getRulePack }, { draftReport }] = await Promise.all([loaders.analysis(), loaders.drafting()]);
      // Drafted from the self-evaluation as the year's pack scores it, and checked under that pack.
      const pack = getRulePack(task.packName);
      return () =>
        withPlainFindings(
          analyseWithPack(draftReport({ selfEvaluation: analyseWithPack(task.selfEvaluation, pack), targetTable: task.targetTable }), pack),
        );
    }
    case 'results-notice': {
      const { writeResultsNoticeDocx, writeResultsNoticeXlsx } = await loaders.notice();
      return () => (task.format === 'docx' ? writeResultsNoticeDocx(task.notice) : writeResultsNoticeXlsx(task.notice));
    }
    case 'probe':
      return () => probe(task);
    case 'warm-up': {
      // One after another: a request arriving meanwhile waits for the module it needs, not for all.
      const warmed = [loaders.analysis, loaders.reading, loaders.writing, loaders.summary, loaders.fileLibraries];
      for (const load of warmed) await load();
      return () => warmed.length;
    }
  }
}

/**
 * Runs one task; refusals (ImportError, ExportError) come back as data, anything else throws.
 * `startedPort` (from the pool) hears when the task starts, so its time limit excludes the wait.
 */
export async function runHeavyTask(task: HeavyJob): Promise<HeavyOutcome> {
  const run = await prepareTask(task);
  task.startedPort?.postMessage('started');
  task.startedPort?.close();
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, refusal: { type: 'import', code: error.code, message: error.message } };
    if (isExportError(error)) return { ok: false, refusal: { type: 'export', code: error.code, message: error.message } };
    throw error;
  }
}
