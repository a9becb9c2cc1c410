/**
 * Tables of 评价结果通报 and 结果应用 (migration 20261204130000_create_results), added to the one
 * Database interface by declaration merging so schema.ts stays as it was.
 */
export interface ResultsNoticesTable {
  year: number;
  /** JSON text of core/results ResultsNotice. */
  notice: string;
  published_by: string;
  published_at: string;
}

export interface ResultsApplicationsTable {
  organisation_id: string;
  year: number;
  /** '' for 部门整体. */
  project: string;
  grade: string | null;
  suggestion: string;
  change_percent: number | null;
  note: string | null;
  updated_by: string;
  updated_at: string;
}

declare module './schema.ts' {
  interface Database {
    results_notices: ResultsNoticesTable;
    results_applications: ResultsApplicationsTable;
  }
}
