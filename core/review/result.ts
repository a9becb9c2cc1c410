/** A refusal with a stable code (for programs) and a Chinese message (for people). */
export interface Refusal<Code extends string = string> {
  ok: false;
  code: Code;
  message: string;
}

/** Builds a refusal. */
export function refuse<Code extends string>(code: Code, message: string): Refusal<Code> {
  return { ok: false, code, message };
}
