/**
 * The file the workspace's upload card hands to the review screen: kept in memory for one
 * navigation, never stored.
 */
import { reviewedExtensions } from '../workspace/file-types.ts';

let pending: File | null = null;

export function setPendingImportFile(file: File): void {
  pending = file;
}

/** The handed-over file, once. */
export function takePendingImportFile(): File | null {
  const file = pending;
  pending = null;
  return file;
}

/** Office files, PDF, OFD and web pages go through the review screen (sent as bytes); text dumps may still be uploaded directly. */
export function isReviewedFormat(fileName: string): boolean {
  const name = fileName.trim().toLowerCase();
  return reviewedExtensions.some((extension) => name.endsWith(extension));
}
