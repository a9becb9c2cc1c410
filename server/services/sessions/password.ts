/** Password hashing with argon2id at the library's defaults (OWASP: m=19456, t=2, p=1). */
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(options: { passwordHash: string; password: string }): Promise<boolean> {
  try {
    return await verify(options.passwordHash, options.password);
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

// Verified when the username is unknown, so the response time does not tell which names exist.
let dummyHashPromise: Promise<string> | undefined;
export function getDummyPasswordHash(): Promise<string> {
  dummyHashPromise ??= hash('jixiao-dummy-password');
  return dummyHashPromise;
}
