import {
  createEmptyDocument,
  documentSchema,
  eachIndicator,
  type Finding,
  type PerformanceDocument,
  type DocumentKind,
  type Scope,
} from '../../core/model.ts';
import { detectKind, type SheetKind } from './detect-kind.ts';
import { splitLinesWithSources } from './normalize.ts';
import { readTargetTable } from './target-table.ts';
import { readProseTargets } from './target-notice.ts';
import { readApprovalTable } from './approval-table.ts';
import { readSelfEvaluation } from './self-evaluation.ts';
import { readEvaluationReport } from './evaluation-report.ts';
import { isProjectTable, readProjectTargetTable } from './project-table.ts';
import { completeTableFacts } from './document-facts.ts';
import { detectProfile, getProfile, readWithProfile, type RegionProfile } from '../vocabulary/profiles/index.ts';
import { readMonitoring } from '../monitoring/index.ts';
import { findTableStarts, linesOfTable, severalTablesFinding } from './several-documents.ts';
import { joinPipeClosedCellBreaks } from './pipe-closed-cell-breaks.ts';
import { closeCellsOnPipeLines } from './pipe-lines-after-cells.ts';
import { readTitle } from './title.ts';
import {
  findPagePartBelow,
  findTableStart,
  linesFromTableStart,
  linesUpToTableEnd,
  mapSourceLines,
  shiftSourceLines,
  textAboveTableFinding,
  textBelowTableFinding,
} from './table-start.ts';
import { joinBrokenLabelRows } from './broken-label-rows.ts';
import { findReportPart, keepReportPart, reportPartFinding } from './report-part.ts';
import { joinBrokenWordLines } from './broken-word-lines.ts';
import { joinCellLineRows } from './cell-line-rows.ts';
import { joinLayoutWrappedRows } from './layout-wrapped-rows.ts';
import { widenCharacterColumns } from './character-columns.ts';
import { joinTabLedRows } from './tab-led-rows.ts';
import { joinBrokenPipeRows } from './broken-pipe-rows.ts';

/** A reader of one kind: normalised lines in, a (possibly partial) document with findings out. */
export type KindReader = (lines: readonly string[], scope: Scope) => PerformanceDocument;

const readers = {
  // A project target table in the common layout (项目名称, 本年财政拨款 …) has its own reader.
  // A target notice in prose (its indicators in sentences) is read when no table gives any (target-notice.ts).
  'target-table': (lines, scope) => {
    const document = scope === 'project' && isProjectTable(lines) ? readProjectTargetTable(lines, scope) : readTargetTable(lines, scope);
    readProseTargets(document, lines);
    return document;
  },
  'approval-table': readApprovalTable,
  'self-evaluation': readSelfEvaluation,
  'evaluation-report': readEvaluationReport,
  monitoring: readMonitoring,
} satisfies Record<string, KindReader>;

export class NotADocumentError extends Error {
  readonly code = 'not-a-document';
  constructor(fileName?: string) {
    super(
      `${fileName ? `“${fileName}”` : '该文本'}不是可识别的绩效文档：找不到目标表、批复表、自评表或评价报告的标题和栏目。`,
    );
  }
}

/** A 总分 row: a cell that is just 总分 (narrative such as "总分排名第一" does not count). */
function isTotalsRow(line: string): boolean {
  return line.split(/\t|\|/).some((cell) => /^\s*(合\s*计\s*)?总\s*分\s*(?:[:：]\s*)?(\d.*)?$/.test(cell));
}

/**
 * A self-evaluation that scores its indicators but has no 总分 row was cut off: the 财预〔2020〕10号 table
 * ends with 总分. (Reports detect their own truncation; target and approval tables have no
 * closing row to miss.) Null when the reader already said so or nothing is missing.
 */
function findTruncatedTable(document: PerformanceDocument, lines: readonly string[]): Finding | null {
  if (document.kind !== 'self-evaluation') return null;
  if (document.findings.some((finding) => finding.code === 'truncated-document')) return null;
  // A table that scores nothing (no 分值 or 得分 on any row: the Yunnan 部门整体 table, a 专项资金 自评表 of targets
  // and actuals only) has no 总分 row to lose.
  const isScored = [...eachIndicator(document)].some(({ indicator }) => indicator.weight != null || indicator.score != null);
  const hasTotals = document.totals.score != null || document.totals.weight != null;
  if (!isScored || hasTotals || lines.some(isTotalsRow)) return null;
  return {
    severity: 'warning',
    code: 'truncated-document',
    message: '自评表没有“总分”行，可能不完整：请上传完整的自评表，或补上总分行。',
    path: 'totals',
  };
}

/**
 * The reader's document, guaranteed to fit the model: a year the model cannot hold ("1900年") is
 * dropped with a finding; anything else invalid means a reader bug, and only an empty document of
 * the kind is given back, saying which fields were wrong.
 */
function ensureValid(document: PerformanceDocument): PerformanceDocument {
  if (document.year !== null && !documentSchema.shape.year.safeParse(document.year).success) {
    document.findings.push({
      severity: 'warning',
      code: 'invalid-year',
      message: `年度“${document.year}”不是有效的预算年度，已忽略：请核对标题或“年度”栏。`,
      path: 'year',
    });
    document.year = null;
  }
  const parsed = documentSchema.safeParse(document);
  if (parsed.success) return document;
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))]
    .slice(0, 5)
    .join('、');
  const fallback = createEmptyDocument(document.kind, document.scope);
  fallback.findings.push({
    severity: 'error',
    code: 'reader-failed',
    message: `读取结果中有不符合格式的内容（${fields}），未能读出此文档，请检查原文格式。`,
    path: '',
  });
  return fallback;
}

/**
 * Reads a text dump of one of the four kinds into the document model, with the reader's findings.
 * Returns null when the text is not a performance document at all. Never throws on content.
 */
export function readText(text: string, options: ReadTextOptions = {}): PerformanceDocument | null {
  return readTextTables(text, options).document;
}

/**
 * readText's document, and the page's tables when it holds several one after another (one entry for a
 * page of one table or a report), among which the `table` option picks; read in one pass.
 */
export function readTextTables(text: string, options: ReadTextOptions = {}): { document: PerformanceDocument | null; tables: TextTable[] } {
  const { lines, sourceLines, pageStarts } = splitLinesWithSources(text);
  const profile = typeof options.profile === 'string' ? getProfile(options.profile) : (options.profile ?? detectProfile(lines.slice(0, PROFILE_LINES).join('\n')));
  let tables: TextTable[] = [{ line: 1, kind: null }];
  const document = readWithProfile(profile, () =>
    readLines(lines, pageStarts, { table: options.table ?? 0, sheetTitle: options.sheetTitle }, (page) => {
      const offset = page.tableStart?.line ?? 0;
      tables = page.tableStarts.map(({ index, kind }) => ({ line: index === 0 ? 1 : (sourceLines[index + offset] ?? index + offset + 1), kind }));
    }),
  );
  // A table a converter wrote as HTML on one line became a line per row: lines are named as the source's.
  if (document !== null && sourceLines.some((line, index) => line !== index + 1)) mapSourceLines(document, (line) => sourceLines[line - 1] ?? line);
  return { document, tables };
}

/** How many lines are searched for a region's evidence when no profile is given. */
const PROFILE_LINES = 80;

export interface ReadTextOptions {
  /**
   * The region profile (documents/vocabulary/profiles) whose words are tried first: an id
   * ("sichuan") or a profile. Without one, the profile the text shows evidence of, else national.
   */
  profile?: string | RegionProfile;
  /**
   * Which table of a page of several to read (0-based, readTextTables; default the first). A number past
   * the last reads the last.
   */
  table?: number;
  /** The kind (and scope) the sheet's name says, for a sheet whose table has no title row (text/sheet-name-title.ts). */
  sheetTitle?: SheetKind;
}

/** A table of a page that holds several, as readTextTables lists them. */
export interface TextTable {
  /** 1-based source line where it opens (its title; the first table's: 1). */
  line: number;
  /** The kind its title names (null for the first: told by readText). */
  kind: DocumentKind | null;
}

/** The page's lines as the readers take them: rows joined, the table cut from the page's other text, its tables found. */
function readPage(dumpedLines: string[], pageStarts: readonly number[]) {
  // docx2txt's tab-led cells one per line are put back into tab rows, pipe rows a page broke after a
  // cell into whole rows, then cells one per line whose rows' ends are marked into rows (line count
  // kept by all).
  // A PDF's text in layout mode whose cells wrapped (a row over several lines) is put back into tab rows first.
  // (pdftotext's layout mode places pieces in characters, not display columns: widened first.)
  // Cells one per line closed by " |" whose own line breaks were kept are joined first (their pieces carry no pipe);
  // cells whose pipe stands on the next line are closed on their own line before anything else.
  const tabRows = joinPipeClosedCellBreaks(
    joinBrokenPipeRows(joinTabLedRows(joinLayoutWrappedRows(widenCharacterColumns(closeCellsOnPipeLines(dumpedLines), pageStarts), pageStarts))),
  );
  const joinedLines = joinCellLineRows(tabRows);
  // The title is read once for the page and again only for the table's own lines when they were cut out of it.
  const pageTitle = readTitle(joinedLines);
  // A 自评报告 that is a numbered part of a page ("九、部门整体支出绩效自评报告" in a 决算 page) is read alone.
  const reportPart = findReportPart(joinedLines, pageTitle);
  const pageLines = reportPart === null ? joinedLines : keepReportPart(joinedLines, reportPart);
  // A table under a page's other text (a 部门决算 page's 绩效 part) is read from its title on.
  const tableStart = reportPart === null ? findTableStart(pageLines, pageTitle) : null;
  const fromTable = tableStart === null ? pageLines : linesFromTableStart(pageLines, tableStart);
  // …and ends before the page's next part (第四部分 名词解释, the 自评报告's sections). A page whose report title stands
  // above its tables holds them inside its text: the sections after a table are its own (a report over several projects).
  const reportTitle = pageTitle.kind === 'evaluation-report' && tableStart === null ? pageTitle.line - 1 : -1;
  const tableEnd = reportPart === null ? findPagePartBelow(fromTable, reportTitle) : null;
  // Cells one per line are put back into rows again from the table's own lines: how a page marks row
  // ends is learnt from the whole text, and the page's other text would teach it wrong.
  // (The title's column is the page line's; a tab row the cell rows changed is kept whole.)
  const tableRows =
    tableStart === null || tabRows[tableStart.line] !== pageLines[tableStart.line]
      ? tabRows
      : [...tabRows.slice(0, tableStart.line), ...linesFromTableStart(tabRows, tableStart)];
  const tableLines = tableRows.slice(tableStart?.line ?? 0);
  // (The end's column is the page line's too: a line the cell rows changed is kept whole.)
  const rowsEnd = tableEnd === null || tableLines[tableEnd.line] === fromTable[tableEnd.line] ? tableEnd : { line: tableEnd.line + 1, column: 0 };
  const allLines =
    tableStart === null && tableEnd === null
      ? pageLines
      : joinCellLineRows(rowsEnd === null ? tableLines : linesUpToTableEnd(tableLines, rowsEnd));
  const allLinesTitle = allLines === pageLines ? pageTitle : readTitle(allLines);
  // Other tables after the first (its kind or another): one is read, the others cut off before the kind is told.
  const tableStarts = allLinesTitle.kind === 'evaluation-report' ? [{ index: 0, kind: null }] : findTableStarts(allLines);
  return { pageLines, allLines, reportPart, tableStart, tableEnd, tableStarts };
}

function readLines(
  dumpedLines: string[],
  pageStarts: readonly number[],
  { table, sheetTitle }: { table: number; sheetTitle: SheetKind | undefined },
  onPage: (page: ReturnType<typeof readPage>) => void,
): PerformanceDocument | null {
  const page = readPage(dumpedLines, pageStarts);
  onPage(page);
  const { pageLines, allLines, reportPart, tableStart, tableEnd, tableStarts } = page;
  const chosen = Math.min(Math.max(table, 0), tableStarts.length - 1);
  const start = tableStarts[chosen]?.index ?? 0;
  const nextTable = tableStarts[chosen + 1] ?? null;
  const firstTable = tableStarts.length === 1 ? allLines : linesOfTable(allLines, tableStarts[chosen] ?? { index: 0, kind: null }, nextTable);
  const detected = detectKind(firstTable, sheetTitle) ?? (firstTable === pageLines ? null : detectKind(pageLines, sheetTitle));
  if (!detected) return null;
  try {
    // A report is read whole (a table attached to it is part of it).
    const cut =
      detected.kind === 'evaluation-report'
        ? { lines: allLines, finding: null }
        : { lines: firstTable, finding: tableStarts.length > 1 ? severalTablesFinding(tableStarts, chosen, detected.kind, start) : null };
    // Rows above the indicator table broken inside a cell, and cell words broken over their own
    // lines, are joined for every reader (line count kept).
    const lines = joinBrokenWordLines(joinBrokenLabelRows(cut.lines));
    const document = readers[detected.kind](lines, detected.scope);
    if (cut.finding) document.findings.push(cut.finding);
    if (reportPart !== null) document.findings.push(reportPartFinding(reportPart));
    if (tableEnd !== null) document.findings.push(textBelowTableFinding(tableEnd.line, tableEnd.column));
    if (tableStart !== null) {
      shiftSourceLines(document, tableStart.line);
      document.findings.push(textAboveTableFinding(tableStart));
    }
    // Reports and monitoring documents read their own header facts and money (documents/monitoring).
    if (document.kind !== 'evaluation-report' && document.kind !== 'monitoring') completeTableFacts(document, lines);
    const truncation = findTruncatedTable(document, lines);
    if (truncation) document.findings.push(truncation);
    // A later table was read from its own lines: its lines (and its findings') are the page's.
    if (start > 0) shiftSourceLines(document, start);
    return ensureValid(document);
  } catch (error) {
    // A reader bug must not lose the upload: give back what is known and say so.
    const document = createEmptyDocument(detected.kind, detected.scope);
    document.findings.push({
      severity: 'error',
      code: 'reader-failed',
      message: `读取时出错，文档只读出了部分内容，请检查原文格式：${error instanceof Error ? error.message : String(error)}`,
      path: '',
    });
    return document;
  }
}

/**
 * Reads a text dump for the CLI and imports: like readText, but a text that is no performance
 * document is refused with a NotADocumentError (Chinese message naming the file).
 */
export function readDocumentText(text: string, fileName?: string): PerformanceDocument {
  const document = readText(text);
  if (!document) throw new NotADocumentError(fileName);
  return document;
}
