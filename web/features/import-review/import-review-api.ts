/** The import review API client: types and checks from the shared contract (contract/import-review.ts). */
import {
  importPreviewSchema,
  importSaveResultSchema,
  importSaveTablesResultSchema,
  type ImportPreview,
  type ImportPreviewBody,
  type ImportSaveBody,
  type ImportSaveResult,
  type ImportSaveTablesBody,
  type ImportSaveTablesResult,
} from '../../../contract/import-review.ts';
import { requestJson } from '../../lib/api-client.ts';

export async function previewImport(body: ImportPreviewBody): Promise<ImportPreview> {
  // The client checks what it receives against the contract, so a drift shows at once.
  return importPreviewSchema.parse(await requestJson('POST', '/api/import-review/preview', body));
}

export async function saveImport(body: ImportSaveBody): Promise<ImportSaveResult> {
  return importSaveResultSchema.parse(await requestJson('POST', '/api/import-review/save', body));
}

/** Saves the chosen tables of a file in one request (the file uploaded once); each table's outcome in the answer. */
export async function saveImportTables(body: ImportSaveTablesBody): Promise<ImportSaveTablesResult> {
  return importSaveTablesResultSchema.parse(await requestJson('POST', '/api/import-review/save-tables', body));
}

/** A file's bytes as base64 (the API takes files as JSON, like /api/documents/import). */
export async function readFileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  return btoa(binary);
}
