/**
 * Issue 9 item 2, kept proven: reading, analysing, drafting and exporting run behind
 * deps.heavyWork (worker threads with time and memory limits), never on the request thread —
 * save for a save's analysis of a body within the document limits (allowedValues, issue 14 item 3).
 * This test reads every source file of server/services and server/http (folders added later
 * included) and fails when one imports a reader, writer or analysis as a value instead of going
 * through deps.heavyWork. Type-only imports are fine (they vanish at run time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scannedFolders = ['server/services', 'server/http'];

/** Modules whose values do heavy work: every reader and writer in documents/, core's analysis, office packages. */
function isHeavyModule(module: string): boolean {
  return (
    module.startsWith('documents/') ||
    module === 'core/analyse.ts' ||
    module === 'core/rule-packs/analyse-with-pack.ts' ||
    /^(exceljs|mammoth|docx|pdfjs-dist|jszip)(\/|$)/.test(module)
  );
}

/**
 * The few light values request code may take from those modules, each with its reason. Add here
 * only what does no reading, analysing or writing of a document.
 */
const allowedValues: Record<string, { names: readonly string[]; reason: string }> = {
  'documents/import-error.ts': { names: ['ImportError', 'defaultImportLimits', 'importErrorCodes'], reason: 'error class and limit constants' },
  'documents/export-error.ts': { names: ['ExportError', 'exportFormats', 'isExportError'], reason: 'error class, its recognition by name and code, and format list' },
  'documents/export-names.ts': {
    names: ['exportContentTypes', 'suggestFileName'],
    reason: 'content types and a file name from the title fields (the export itself is heavyWork.exportDocument)',
  },
  'documents/pdf/render-pdf.ts': {
    names: ['PdfUnavailableError', 'closePdfBrowser'],
    reason: 'PDF is rendered by Chromium, a process of its own, at most two at a time (export-document-file.ts)',
  },
  'core/analyse.ts': { names: ['checkCodes'], reason: 'the list of check codes, no analysis' },
  'core/rule-packs/analyse-with-pack.ts': {
    names: ['analyseChainedWithPack'],
    reason:
      "a save's analysis (add-chain-findings.ts inRequestThread): its body passed the document limits (1,000 indicators, about 1 ms), " +
      'less than copying it to a worker and back (docs/limits.md, issue 14 item 3)',
  },
  'documents/summary/ascii-writer.ts': { names: ['AsciiWriter'], reason: 'a growing byte buffer (the summary JSON is written into it); imports nothing' },
  'documents/import-review/apply-corrections.ts': { names: ['applyCorrections'], reason: 'moves rows the user chose in a document already read (linear, no parsing)' },
  'documents/import-review/sum-indicators.ts': { names: ['sumIndicators'], reason: 'sums 分值/得分 of a document already read (linear)' },
  'documents/vocabulary/levels.ts': { names: ['level1Entries', 'level2Entries'], reason: 'level names as data' },
  'documents/summary/pack-summary-rows.ts': {
    names: ['packSummaryRows'],
    reason: 'puts the summary rows in a few arrays (linear, no writing) so the worker receives them cheaply',
  },
  'documents/import-review/unit-names.ts': {
    names: ['isOtherUnit', 'normalizeUnitName', 'addFileUnitFinding', 'describeUnitMismatch'],
    reason: 'compares two unit names and adds one finding to a document already read (no parsing)',
  },
};

function listSourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return listSourceFiles(relative);
    const isSource = /\.(ts|tsx|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('test-support.ts');
    return isSource ? [relative] : [];
  });
}

/** A module specifier as a path from the repository root (packages stay as they are). */
function resolveModule(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

interface ValueImport {
  module: string;
  /** Named values imported; '*' for a namespace, default or side-effect import, or a dynamic import(). */
  names: string[];
  /** An import() expression: loaded on first use, not with the file. */
  isDynamic?: true;
}

/** Every import (static, re-export, dynamic) of a file that brings values, not only types. */
export function listValueImports(file: string, source: string): ValueImport[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: ValueImport[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const module = resolveModule(file, node.moduleSpecifier.text);
      if (!clause) found.push({ module, names: ['*'] });
      else if (!clause.isTypeOnly) {
        const names: string[] = clause.name ? ['*'] : [];
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
        }
        if (names.length > 0) found.push({ module, names });
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      const clause = node.exportClause;
      const names = clause && ts.isNamedExports(clause) ? clause.elements.filter((element) => !element.isTypeOnly).map((element) => (element.propertyName ?? element.name).text) : ['*'];
      if (names.length > 0) found.push({ module: resolveModule(file, node.moduleSpecifier.text), names });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      found.push({ module: argument && ts.isStringLiteralLike(argument) ? resolveModule(file, argument.text) : '(computed)', names: ['*'], isDynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** What a file imports that would run heavy work on the request thread, as lines for the failure message. */
export function findHeavyImports(file: string, source: string): string[] {
  return listValueImports(file, source).flatMap(({ module, names }) => {
    if (module !== '(computed)' && !isHeavyModule(module)) return [];
    const allowed = allowedValues[module]?.names ?? [];
    return names.filter((name) => !allowed.includes(name)).map((name) => `${file} imports ${name === '*' ? 'the module' : name} from ${module}`);
  });
}

/**
 * The modules a file loads when it loads (static value imports, followed through the repository;
 * a dynamic import() loads later, on first use, and is not followed). Packages end the walk.
 */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.startsWith('core/') && !file.startsWith('documents/') && !file.startsWith('server/')) return seen;
  const source = readFileSync(path.join(root, file), 'utf8');
  for (const { module, isDynamic } of listValueImports(file, source)) if (!isDynamic) loadedWith(module, seen);
  return seen;
}

const officePackage = /^(exceljs|mammoth|docx|pdfjs-dist|jszip|opencc-js)(\/|$)/;

describe('heavy work stays behind deps.heavyWork', () => {
  const files = scannedFolders.flatMap(listSourceFiles);

  it('finds the service and route files to scan', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('server/services/exports/export-summary-workbook.ts');
  });

  it('no service or route imports a reader, writer or the analysis except through deps.heavyWork', () => {
    const offending = files.flatMap((file) => findHeavyImports(file, readFileSync(path.join(root, file), 'utf8')));
    expect(
      offending,
      'Call deps.heavyWork (server/workers/heavy-work.ts; add a task kind in heavy-tasks.ts if none fits) instead of ' +
        'importing these on the request thread. A light value (a constant, an error class) goes in allowedValues of this test, with its reason.',
    ).toEqual([]);
  });

  it('the light values allowed on the request thread do not load an office package with them (start-up and memory)', () => {
    const heavyLoads = Object.keys(allowedValues).flatMap((module) =>
      [...loadedWith(module)].filter((loaded) => officePackage.test(loaded)).map((loaded) => `${module} loads ${loaded}`),
    );
    expect(heavyLoads, 'move the light value into a module of its own (as documents/export-names.ts is)').toEqual([]);
    // The walk itself finds an office package where one is loaded (export.ts loads its writers on first use).
    expect([...loadedWith('documents/docx/write-report-docx.ts')].filter((loaded) => officePackage.test(loaded))).toEqual(['docx']);
  });

  it('catches a direct call of the analysis, a reader, a writer and an office package, and lets types and allowed values through', () => {
    const file = 'server/services/rules/apply-rule-pack.ts';
    const source = [
      "import { analyseDocument, checkCodes } from '../../../core/analyse.ts';",
      "import { readText } from '../../../documents/text/read-text.ts';",
      "import ExcelJS from 'exceljs';",
      "import type { SummaryRow } from '../../../documents/summary/write-summary.ts';",
      "import { type ExportFormat, ExportError } from '../../../documents/export-error.ts';",
      "export { exportSummary } from '../../../documents/summary/write-summary.ts';",
      "const late = await import('../../../documents/import-file.ts');",
      "import { analyseWithPack as direct } from '../../../core/rule-packs/analyse-with-pack.ts';",
    ].join('\n');
    expect(findHeavyImports(file, source)).toEqual([
      `${file} imports analyseDocument from core/analyse.ts`,
      `${file} imports readText from documents/text/read-text.ts`,
      `${file} imports the module from exceljs`,
      `${file} imports exportSummary from documents/summary/write-summary.ts`,
      `${file} imports the module from documents/import-file.ts`,
      `${file} imports analyseWithPack from core/rule-packs/analyse-with-pack.ts`,
    ]);
  });
});
