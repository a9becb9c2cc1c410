import { createHash, randomBytes } from 'node:crypto';

/** A new random 32-byte token, as sent to the browser. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session id stored in the database: a hash, so a copy of the table opens no sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
