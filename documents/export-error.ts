/** The export formats and the one error an export gives (small, so worker threads load it without the writers). */
export const exportFormats = ['xlsx', 'docx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportErrorCodes = ['format-not-supported'] as const;
export type ExportErrorCode = (typeof exportErrorCodes)[number];

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/**
 * Whether `error` is an ExportError, from whichever copy of this module threw it: a worker thread
 * run through tsx (`node --import tsx e2e/serve.ts`) may load the module a second time, and its
 * class is then another class, so `instanceof` says no and a refusal became a 500. The name and
 * the code are read instead.
 */
export function isExportError(error: unknown): error is ExportError {
  if (!(error instanceof Error) || error.name !== 'ExportError') return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && (exportErrorCodes as readonly string[]).includes(code);
}
