/** The finance bureau's summary (GET /api/reports/summary, server/http/exports.routes.ts). */
import type { DocumentKind, Grade } from '../../../core/model.ts';
import type { ReviewState } from '../../../core/review/index.ts';
import { requestJson } from '../../lib/api-client.ts';

export interface SummaryRow {
  documentId: string;
  organisationId: string;
  unit: string;
  supervisor: string | null;
  year: number;
  kind: DocumentKind;
  kindName: string;
  project: string | null;
  revision: number;
  state: ReviewState;
  stateName: string;
  /** 执行率 in percent, decimal string. */
  executionRate: string | null;
  score: string | null;
  grade: Grade | null;
  findings: { error: number; warning: number; info: number };
  updatedAt: string;
}

export interface SummaryUnit {
  id: string;
  name: string;
  supervisor: string | null;
}

export interface Summary {
  rows: SummaryRow[];
  units: SummaryUnit[];
}

export function getSummary(input: { year?: number }): Promise<Summary> {
  return requestJson('GET', `/api/reports/summary${input.year ? `?year=${input.year}` : ''}`);
}

/** The summary workbook's URL (downloaded with the Chinese name the server gives). */
export function buildSummaryWorkbookUrl(input: { year?: number }): string {
  return `/api/reports/summary.xlsx${input.year ? `?year=${input.year}` : ''}`;
}
