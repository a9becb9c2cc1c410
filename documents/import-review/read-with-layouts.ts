/**
 * A file read with the named layouts an importer has (the CLI's `--layout` file; the server looks
 * its layouts up by signature in the database between two reads in a worker thread, the same
 * steps): read once, and when a layout was made for the header signature found, read again with
 * its column roles.
 */
import type { ColumnRole } from '../vocabulary/columns.ts';
import { readForReview, type ReviewRead, type ReviewReadInput } from './read-for-review.ts';

export interface NamedLayoutMapping {
  name: string;
  headerSignature: string;
  columnRoles: ReadonlyArray<{ column: number; role: ColumnRole | null }>;
}

export async function readWithLayouts(
  input: ReviewReadInput,
  layouts: readonly NamedLayoutMapping[],
): Promise<{ read: ReviewRead; layout: NamedLayoutMapping | null }> {
  const read = await readForReview(input);
  const signature = read.header?.headerSignature;
  const layout = signature ? (layouts.find((candidate) => candidate.headerSignature === signature) ?? null) : null;
  if (!layout) return { read, layout: null };
  return { read: await readForReview({ ...input, columnRoles: { headerSignature: layout.headerSignature, roles: layout.columnRoles } }), layout };
}
