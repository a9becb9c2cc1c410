/**
 * The layout families of the round-trip property (issue #8 item 10): each turns a document of the
 * model into a file as some province publishes it — text dumps in several shapes, real .xlsx/.docx
 * with merged cells, and the product's own writers.
 */
import type { PerformanceDocument } from '../../../core/model.ts';
import { exportDocument } from '../../export.ts';
import type { FixtureFile } from '../run-fixtures.ts';
import { renderDepartmentSelfEvaluation, renderProjectApprovalTable, renderDepartmentTargetTable, renderProjectMonitoring, renderProjectSelfEvaluation, renderProjectTargetTable } from './document-sheet.ts';
import { writeGridDocx, writeGridXlsx } from './office.ts';
import { plainLayout, type LayoutOptions, type Sheet } from './sheet.ts';
import { renderText, type TextLayoutFamily } from './text-layouts.ts';
import { withLevelWeights, withVariantWordings } from './wordings.ts';

export interface RoundTripFamily {
  id: string;
  /** Whether the family applies to a kind (reordered columns and weighted levels exist only in self-evaluations). */
  appliesTo: (document: PerformanceDocument) => boolean;
  write: (document: PerformanceDocument) => Promise<FixtureFile>;
}

export function renderSheet(document: PerformanceDocument, options: LayoutOptions): Sheet {
  const sheet = renderKind(document, options);
  const worded = options.hasVariantWordings ? { ...sheet, grid: withVariantWordings(sheet.grid) } : sheet;
  return options.hasLevelWeights ? { ...worded, grid: withLevelWeights(worded.grid, document) } : worded;
}

function renderKind(document: PerformanceDocument, options: LayoutOptions): Sheet {
  if (document.kind === 'self-evaluation') return document.scope === 'department' ? renderDepartmentSelfEvaluation(document, options) : renderProjectSelfEvaluation(document, options);
  if (document.kind === 'monitoring') return renderProjectMonitoring(document, options);
  if (document.kind === 'approval-table') return renderProjectApprovalTable(document, options);
  return document.scope === 'project' ? renderProjectTargetTable(document, options) : renderDepartmentTargetTable(document, options);
}

function textFamily(id: string, family: TextLayoutFamily, options: Partial<LayoutOptions> & { isTraditional?: boolean } = {}): RoundTripFamily {
  return {
    id,
    // Reordered columns and weighted levels exist only in self-evaluations.
    appliesTo: (document) => !(options.hasReorderedColumns || options.hasLevelWeights) || document.kind === 'self-evaluation',
    write: (document) => {
      const text = renderText(renderSheet(document, { ...plainLayout, ...options }), family, { isTraditional: options.isTraditional ?? false });
      return Promise.resolve({ fileName: `${id}.txt`, bytes: Buffer.from(text, 'utf8') });
    },
  };
}

const always = () => true;

export const roundTripFamilies: RoundTripFamily[] = [
  textFamily('tabs', 'tabs'),
  textFamily('pipes', 'pipes'),
  textFamily('runs-of-spaces', 'spaces'),
  textFamily('cell-per-line', 'cell-per-line'),
  textFamily('fixed-width', 'fixed-width'),
  textFamily('one-line', 'one-line'),
  textFamily('two-header-rows', 'tabs', { headerRows: 2 }),
  textFamily('three-header-rows', 'tabs', { headerRows: 3 }),
  textFamily('serial-column', 'tabs', { hasSerialColumn: true }),
  textFamily('two-header-rows-serial', 'tabs', { headerRows: 2, hasSerialColumn: true }),
  textFamily('reordered-columns', 'tabs', { hasReorderedColumns: true }),
  textFamily('traditional-characters', 'tabs', { isTraditional: true }),
  textFamily('amounts-in-yuan', 'tabs', { isInYuan: true }),
  textFamily('variant-wordings', 'tabs', { hasVariantWordings: true }),
  textFamily('level-weights', 'tabs', { hasLevelWeights: true }),
  textFamily('level-weights-fixed-width', 'fixed-width', { hasLevelWeights: true }),
  textFamily('variant-wordings-cell-per-line', 'cell-per-line', { hasVariantWordings: true }),
  {
    id: 'xlsx-merged-cells',
    appliesTo: always,
    write: async (document) => {
      const sheet = renderSheet(document, { ...plainLayout, headerRows: 2 });
      return { fileName: 'merged.xlsx', bytes: await writeGridXlsx(sheet) };
    },
  },
  {
    id: 'docx-merged-cells',
    appliesTo: always,
    write: async (document) => {
      const sheet = renderSheet(document, { ...plainLayout, headerRows: 2 });
      return { fileName: 'merged.docx', bytes: await writeGridDocx(sheet) };
    },
  },
  { id: 'product-xlsx-writer', appliesTo: always, write: async (document) => ({ fileName: 'export.xlsx', bytes: await exportDocument(document, 'xlsx') }) },
  { id: 'product-docx-writer', appliesTo: always, write: async (document) => ({ fileName: 'export.docx', bytes: await exportDocument(document, 'docx') }) },
];
