/**
 * The indicator library as a workbook (finance's import/export): one sheet, one entry per row,
 * Chinese headers. Reading checks the zip and sheet sizes first (documents/xlsx guards) and
 * reports each bad row by number instead of stopping.
 */
import ExcelJS from 'exceljs';
import {
  directionNames,
  entryInputSchema,
  entryStatusNames,
  referenceBasisNames,
  type EntryInput,
  type EntryStatus,
  type LibraryEntry,
  type ReferenceBasis,
} from '../../core/indicator-library/entry.ts';
import type { Direction } from '../../core/model.ts';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { describeCellValue } from '../xlsx/read-xlsx.ts';
import { checkWorksheetSizes, isWorksheetPart } from '../xlsx/sheet-guard.ts';
import { inspectZip } from '../xlsx/zip-guard.ts';

export const entryColumns = [
  '指标名称', '一级指标', '二级指标', '类别', '指标解释', '计算公式', '计量单位', '指标方向', '评(扣)分标准',
  '参考值', '行业', '职能', '适用范围', '起始年度', '终止年度', '状态', '来源',
] as const;

const kindNames = { common: '共性', specific: '个性' } as const;
const scopeNames = { department: '部门整体', project: '项目' } as const;
const SEPARATOR = '；';

function invert<K extends string>(names: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(names).map(([key, name]) => [name as string, key as K]));
}
const directionByName = invert<Direction>(directionNames);
const basisByName = invert<ReferenceBasis>(referenceBasisNames);
const statusByName = invert<EntryStatus>(entryStatusNames);

/** "≥95%（计划标准）" per reference value, joined by ；. */
function formatReferenceValues(entry: LibraryEntry): string {
  return entry.referenceValues.map((value) => `${value.text}（${referenceBasisNames[value.basis]}）`).join(SEPARATOR);
}

function parseReferenceValues(text: string): EntryInput['referenceValues'] {
  return text
    .split(/[；;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)[（(]([^（()）]+)[)）]$/.exec(part);
      const basis = match ? basisByName.get(match[2]!.trim()) : undefined;
      return { text: basis ? match![1]!.trim() : part, basis: basis ?? 'finance-confirmed', note: null };
    });
}

/** The workbook of every entry given. */
export async function writeEntriesXlsx(entries: readonly LibraryEntry[], levelName: (key: string) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标库');
  sheet.addRow([...entryColumns]).font = { bold: true };
  for (const entry of entries) {
    sheet.addRow([
      entry.name, levelName(entry.level1), entry.level2, kindNames[entry.kind], entry.definition, entry.formula, entry.unit,
      directionNames[entry.direction], entry.scoringMethod, formatReferenceValues(entry), entry.tags.sectors.join(SEPARATOR),
      entry.tags.function ?? '', entry.tags.scope ? scopeNames[entry.tags.scope] : '', entry.validFrom ?? '', entry.validTo ?? '',
      entryStatusNames[entry.status], entry.source,
    ]);
  }
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ReadEntryRow {
  row: number;
  fields: EntryInput;
  /** The status written, when any (finance may import confirmed or retired entries). */
  status: EntryStatus | null;
}

export interface ReadEntriesResult {
  rows: ReadEntryRow[];
  errors: Array<{ row: number; message: string }>;
}

function readYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/** Entries from a workbook written by writeEntriesXlsx (or by hand with the same headers, in any order). */
export async function readEntriesXlsx(bytes: Buffer, limits: ImportLimits): Promise<ReadEntriesResult> {
  const { names, keptParts } = inspectZip({ bytes, limits, label: '.xlsx', keepParts: isWorksheetPart });
  if (!names.includes('xl/workbook.xml')) throw new ImportError('not-a-document', '该文件不是 Excel 工作簿：请确认上传的是 .xlsx 文件');
  checkWorksheetSizes(keptParts.values(), limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError('damaged-file', '无法读取该 .xlsx 文件（内容已损坏）：请用 Excel/WPS 打开后另存再导入');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError('not-a-document', '工作簿中没有工作表');
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => header.set(describeCellValue(cell.value), column));
  if (!header.has('指标名称')) throw new ImportError('not-a-document', '第1行缺少“指标名称”列：请使用指标库导出的模板');
  const result: ReadEntriesResult = { rows: [], errors: [] };
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const read = (column: (typeof entryColumns)[number]) => {
      const index = header.get(column);
      return index === undefined ? '' : describeCellValue(row.getCell(index).value);
    };
    if (read('指标名称') === '') continue;
    const direction = directionByName.get(read('指标方向'));
    const scope = read('适用范围');
    const parsed = entryInputSchema.safeParse({
      name: read('指标名称'),
      level1: read('一级指标'),
      level2: read('二级指标'),
      kind: read('类别') === '共性' ? 'common' : 'specific',
      definition: read('指标解释'),
      formula: read('计算公式'),
      unit: read('计量单位'),
      direction: direction ?? read('指标方向'),
      scoringMethod: read('评(扣)分标准'),
      referenceValues: parseReferenceValues(read('参考值')),
      tags: {
        sectors: read('行业').split(/[；;、,，]/).map((part) => part.trim()).filter(Boolean),
        function: read('职能') || null,
        scope: scope === '部门整体' ? 'department' : scope === '项目' ? 'project' : null,
      },
      validFrom: readYear(read('起始年度')),
      validTo: readYear(read('终止年度')),
      source: read('来源'),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = issue?.path[0] === 'direction' ? '指标方向应为正向、反向、等于或定性' : (issue?.message ?? '格式不正确');
      result.errors.push({ row: rowNumber, message: `第${rowNumber}行：${message}` });
      continue;
    }
    result.rows.push({ row: rowNumber, fields: parsed.data, status: statusByName.get(read('状态')) ?? null });
  }
  return result;
}
