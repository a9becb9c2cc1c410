/** Runs one `jixiao` invocation in this process for a test: its exit code, what it wrote, and its stderr. */
import { vi } from 'vitest';
import { main } from './main.ts';

export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(argv, (text) => {
      out += `${text}\n`;
    });
    return { code, out, err };
  } finally {
    stderr.mockRestore();
  }
}
