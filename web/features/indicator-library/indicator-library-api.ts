/** The web client of /api/indicator-library; shapes from contract/indicator-library.ts. */
import type { z } from 'zod';
import type {
  EntryDetail,
  EntryList,
  ImportResult,
  LibraryContextResponse,
  SuggestionList,
  entryInputSchema,
  entrySchema,
} from '../../../contract/indicator-library.ts';
import { requestJson } from '../../lib/api-client.ts';

export type LibraryEntry = z.infer<typeof entrySchema>;
export type EntryInput = z.input<typeof entryInputSchema>;

export function fetchSuggestions(input: {
  q: string;
  year: number | null;
  signal?: AbortSignal;
}): Promise<SuggestionList> {
  const query = new URLSearchParams({ q: input.q });
  if (input.year !== null) query.set('year', String(input.year));
  return requestJson<SuggestionList>('GET', `/api/indicator-library/suggestions?${query.toString()}`);
}

export function fetchLibraryContext(documentId: string): Promise<LibraryContextResponse> {
  return requestJson<LibraryContextResponse>(
    'GET',
    `/api/indicator-library/context?documentId=${encodeURIComponent(documentId)}`,
  );
}

export function listEntries(filter: {
  q?: string;
  status?: string;
  kind?: string;
  offset: number;
  limit: number;
}): Promise<EntryList> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== '') query.set(key, String(value));
  return requestJson<EntryList>('GET', `/api/indicator-library?${query.toString()}`);
}

export function getEntry(id: string): Promise<EntryDetail> {
  return requestJson<EntryDetail>('GET', `/api/indicator-library/${encodeURIComponent(id)}`);
}

export function changeEntry(id: string, action: 'confirm' | 'retire'): Promise<LibraryEntry> {
  return requestJson<LibraryEntry>('POST', `/api/indicator-library/${encodeURIComponent(id)}/${action}`);
}

export function mergeEntry(id: string, intoId: string): Promise<LibraryEntry> {
  return requestJson<LibraryEntry>('POST', `/api/indicator-library/${encodeURIComponent(id)}/merge`, {
    intoId,
  });
}

export function proposeEntry(fields: EntryInput): Promise<LibraryEntry> {
  return requestJson<LibraryEntry>('POST', '/api/indicator-library', fields);
}

export function importEntries(contentBase64: string): Promise<ImportResult> {
  return requestJson<ImportResult>('POST', '/api/indicator-library/import', { contentBase64 });
}

export const exportUrl = '/api/indicator-library/export.xlsx';
