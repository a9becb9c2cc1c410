/** The code of the ImportError a promise rejects with ('no error' when it resolves), for tables of refusals. */
import { ImportError, type ImportErrorCode } from './import-error.ts';

export async function importErrorCodeOf(promise: Promise<unknown>): Promise<ImportErrorCode | string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof ImportError ? error.code : `other: ${String(error)}`;
  }
}
