/**
 * The password policy (issue 9 item 5): at least 10 characters, not the username, and not in the
 * shipped list of common passwords (common-passwords.txt, data). Applied wherever a password is
 * set: new users, self change, administrator reset.
 */
import { readFileSync } from 'node:fs';
import { ServiceError } from '../service-error.ts';

export const minPasswordLength = 10;
export const maxPasswordLength = 256;

let commonPasswords: Set<string> | undefined;
function getCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** The Chinese reason a password is refused, or null when it is acceptable. */
export function findPasswordProblem(input: { password: string; username: string }): string | null {
  const password = input.password;
  const lower = password.toLowerCase();
  if ([...password].length < minPasswordLength) return `密码至少 ${minPasswordLength} 个字符。`;
  if (password.length > maxPasswordLength) return `密码不能超过 ${maxPasswordLength} 个字符。`;
  const username = input.username.trim().toLowerCase();
  if (username !== '' && (lower === username || lower.includes(username))) return '密码不能与用户名相同，也不能包含用户名。';
  if (getCommonPasswords().has(lower)) return '该密码过于常见，容易被猜中，请换一个。';
  if (new Set(lower).size <= 2) return '密码不能只由一两个字符重复组成。';
  return null;
}

/** Throws a 400 ServiceError (weak-password) when the policy refuses the password. */
export function ensurePasswordAcceptable(input: { password: string; username: string }): void {
  const problem = findPasswordProblem(input);
  if (problem) throw new ServiceError({ code: 'weak-password', message: problem, httpStatus: 400 });
}
