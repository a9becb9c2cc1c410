/**
 * Runs a command-line tool (LibreOffice, pdftoppm, tesseract) in a private directory: no shell, HOME
 * and TMPDIR inside the directory, its own process group killed whole past its time, its output
 * capped. One OCR job runs at a time per process (a page is seconds of CPU); a few wait, more are
 * refused as busy.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ImportError } from './import-error.ts';
import { createTurns } from './in-turn.ts';

/** Largest output kept from a tool (a page's TSV is ≈ 100 KB). */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
/** OCR jobs running or waiting in one process before more are refused as busy. */
const MAX_IN_FLIGHT = 3;

export interface ToolRun {
  stdout: Buffer;
  exitCode: number | null;
  timedOut: boolean;
}

/** The first of `locations` that exists, or null. */
export function findProgram(locations: readonly string[]): string | null {
  return locations.find((location) => existsSync(location)) ?? null;
}

/** Runs `command` with `args` in `directory`; resolves when it exits, killed past `timeoutMs`. Rejects when it cannot start. */
export function runTool(input: {
  command: string;
  args: readonly string[];
  directory: string;
  timeoutMs: number;
  /** Variables set beside the process's own (HOME and TMPDIR are always the directory). */
  env?: Readonly<Record<string, string>>;
}): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(input.command, input.args, {
      cwd: input.directory,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, ...input.env, HOME: input.directory, TMPDIR: input.directory },
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, Math.max(1, input.timeoutMs));
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) kill();
      else chunks.push(chunk);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(chunks), exitCode, timedOut });
    });
  });
}

/** Runs an OCR job after those before it (one at a time), or refuses when too many wait. */
export const inOcrTurn = createTurns({
  maxInFlight: MAX_IN_FLIGHT,
  refuse: () => new ImportError('converter-busy', '服务器正在识别其他扫描件，请稍后再试（或上传原始的 Excel、Word 文件或由它们直接导出的 PDF）'),
});
