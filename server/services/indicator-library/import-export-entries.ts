/**
 * Finance's .xlsx import and export of the library (documents/indicator-library/entries-xlsx.ts, in a worker thread: deps.heavyWork).
 * An imported row whose name matches an entry (retired ones too) updates it; other rows become entries, confirmed
 * unless the row says otherwise. Bad rows are reported by number; the good ones are kept.
 */
import type { ImportResult } from '../../../contract/indicator-library.ts';
import { normaliseIndicatorName } from '../../../core/indicator-library/normalise-name.ts';
import { defaultImportLimits, ImportError } from '../../../documents/import-error.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { createEntry, linkEntryName, validateLevels } from './create-entry.ts';

export async function exportEntries(deps: ServiceDeps): Promise<{ bytes: Buffer; fileName: string }> {
  const entries = await deps.repositories.indicatorLibrary.listAll();
  const bytes = await deps.heavyWork.writeLibraryXlsx(entries.filter((entry) => !entry.mergedInto));
  return { bytes, fileName: `指标库_${deps.now().toISOString().slice(0, 10)}.xlsx` };
}

export async function importEntries(deps: ServiceDeps, input: { bytes: Buffer }): Promise<ImportResult> {
  let read;
  try {
    read = await deps.heavyWork.readLibraryXlsx(input.bytes, defaultImportLimits);
  } catch (error) {
    if (error instanceof ImportError) throw new ServiceError({ code: error.code, message: error.message, httpStatus: 422 });
    throw error;
  }
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    const result: ImportResult = { created: 0, updated: 0, errors: [...read.errors] };
    for (const row of read.rows) {
      let fields;
      try {
        fields = validateLevels(row.fields);
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        result.errors.push({ row: row.row, message: `第${row.row}行：${error.message}` });
        continue;
      }
      const existing = await repositories.indicatorLibrary.findLiveByNameKey(normaliseIndicatorName(fields.name), { includeRetired: true });
      if (existing) {
        const updated = await repositories.indicatorLibrary.update({ ...existing, ...fields, status: row.status ?? existing.status, updatedAt: at });
        await linkEntryName(repositories, updated);
        result.updated += 1;
        continue;
      }
      await createEntry(repositories, { fields, status: row.status ?? 'confirmed', id: deps.createId(), at, proposedBy: null });
      result.created += 1;
    }
    result.errors.sort((a, b) => a.row - b.row);
    return result;
  });
}
