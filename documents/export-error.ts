/** The export formats and the one error an export gives (small, so worker threads load it without the writers). */
export const exportFormats = ['xlsx', 'docx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export class ExportError extends Error {
  constructor(
    readonly code: 'format-not-supported',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
