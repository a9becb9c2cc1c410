/**
 * Keyset paging for document lists (issue 14 item 2): a cursor names the last row a page showed
 * (its updated_at and id, the lists' order), so the next page starts there through the listing
 * index instead of skipping `offset` rows (page 200 of a province read 4,000 rows to drop them).
 * Opaque to clients: base64url of "updatedAt\u0000id".
 */
import { ServiceError } from '../service-error.ts';

export interface ListPosition {
  updatedAt: string;
  id: string;
}

export function encodeListCursor(position: ListPosition): string {
  return Buffer.from(`${position.updatedAt}\u0000${position.id}`, 'utf8').toString('base64url');
}

export function decodeListCursor(cursor: string): ListPosition {
  const [updatedAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('\u0000');
  if (!updatedAt || !id || rest.length > 0 || Number.isNaN(Date.parse(updatedAt))) {
    throw new ServiceError({ code: 'invalid-cursor', message: '翻页位置无效：请从第一页重新打开列表。', httpStatus: 400 });
  }
  return { updatedAt, id };
}
