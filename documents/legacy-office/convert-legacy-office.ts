/**
 * Old Office files (.xls, .doc, and WPS's .et, .wps, which are the same formats) read through
 * LibreOffice: a unit's tables from before 2010, and many systems' "Excel" downloads, are .xls,
 * and a clerk should not have to open and re-save each one. LibreOffice converts the file to
 * .xlsx/.docx (merged cells kept), which then goes through the same guards and readers as any
 * .xlsx/.docx. LibreOffice is found at SOFFICE_PATH or where packages put it; where it is absent,
 * the import says so in Chinese and tells the clerk how to save the file instead. Only OLE compound
 * files are given to it (what Office and WPS write); a web page renamed .xls is refused.
 *
 * Each conversion runs in its own private directory with a fresh LibreOffice profile, so nothing
 * carries from one file to the next and conversions never share state; one runs at a time per
 * process (a conversion takes ≈ 5 s of CPU), a few wait, more are refused as busy. A conversion
 * past its time limit is killed with its whole process group, and coreutils' `timeout` (where it
 * is) stops it too should the calling thread be stopped first (a worker past its own limit).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError } from '../import-error.ts';
import { isCompoundFile } from '../xlsx/zip-guard.ts';

/** What each old format is converted to, and the name LibreOffice is given (WPS's files are .xls/.doc inside). */
export const legacyOfficeFormats = {
  xls: { target: 'xlsx', inputName: 'input.xls' },
  et: { target: 'xlsx', inputName: 'input.xls' },
  doc: { target: 'docx', inputName: 'input.doc' },
  wps: { target: 'docx', inputName: 'input.doc' },
} as const;
export type LegacyOfficeExtension = keyof typeof legacyOfficeFormats;

export function isLegacyOfficeExtension(extension: string): extension is LegacyOfficeExtension {
  return Object.hasOwn(legacyOfficeFormats, extension);
}

/** Longest one conversion may take; under the worker threads' 30 s (WORKER_TIME_LIMIT), so it is stopped here first. */
export const defaultConversionTimeoutMs = 20_000;
/** Conversions running or waiting in one process before more are refused as busy. */
const maxInFlight = 4;

const knownLocations = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/usr/local/bin/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

/** Where LibreOffice is (SOFFICE_PATH, then where packages install it, then /opt/libreoffice<version>), or null. */
export function findSoffice(): string | null {
  const configured = process.env.SOFFICE_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  const found = knownLocations.find((location) => existsSync(location));
  if (found) return found;
  try {
    // The official packages install as /opt/libreoffice7.6 etc.
    const versioned = readdirSync('/opt')
      .filter((name) => name.startsWith('libreoffice'))
      .sort()
      .reverse()
      .map((name) => path.join('/opt', name, 'program', 'soffice'));
    return versioned.find((location) => existsSync(location)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether this LibreOffice has the part that opens the format: Debian and Ubuntu package Calc and
 * Writer apart (libreoffice-calc-nogui, libreoffice-writer-nogui). Known from their libraries beside
 * soffice on Linux; elsewhere (one installer holds both) assumed.
 */
export function hasSofficeComponent(soffice: string, component: 'calc' | 'writer'): boolean {
  if (process.platform !== 'linux') return true;
  try {
    const program = path.dirname(realpathSync(soffice));
    return existsSync(path.join(program, component === 'calc' ? 'libsclo.so' : 'libswlo.so'));
  } catch {
    return false;
  }
}

const timeoutCommand = ['/usr/bin/timeout', '/bin/timeout'].find((location) => existsSync(location)) ?? null;

let running: Promise<unknown> = Promise.resolve();
let inFlight = 0;

/** Runs `work` after the conversions before it (one at a time), or refuses when too many wait. */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight >= maxInFlight) {
    throw new ImportError('converter-busy', '服务器正在转换其他旧版 Office 文件，请稍后再试（或在 Excel/WPS 中另存为 .xlsx/.docx 后上传）');
  }
  inFlight++;
  const turn = running.then(
    () => work(),
    () => work(),
  );
  running = turn.catch(() => undefined).finally(() => {
    inFlight--;
  });
  return turn;
}

/** Runs soffice and resolves when it exits; kills its process group past `timeoutMs`. */
function runSoffice(command: string, args: string[], directory: string, timeoutMs: number): Promise<{ timedOut: boolean; stderr: string }> {
  const seconds = Math.ceil(timeoutMs / 1000) + 2;
  const [file, fileArgs] = timeoutCommand ? [timeoutCommand, ['-s', 'KILL', String(seconds), command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const child = spawn(file, fileArgs, {
      cwd: directory,
      // Its own process group, so the whole tree (soffice → oosplash → soffice.bin) can be killed.
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe'],
      // LibreOffice writes into HOME: keep it in the private directory.
      env: { ...process.env, HOME: directory, TMPDIR: directory },
      windowsHide: true,
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ timedOut, stderr });
    });
  });
}

/**
 * The file as .xlsx (from .xls/.et) or .docx (from .doc/.wps), converted by LibreOffice. Throws
 * ImportError: converter-missing (no LibreOffice), converter-busy, or damaged-file (LibreOffice
 * could not open it: damaged, password-protected, or no spreadsheet/text in it; or too slow).
 */
export async function convertLegacyOffice(input: {
  bytes: Buffer;
  extension: LegacyOfficeExtension;
  fileName: string;
  sofficePath?: string | null;
  timeoutMs?: number;
}): Promise<Buffer> {
  const { target, inputName } = legacyOfficeFormats[input.extension];
  const saveAs = target === 'xlsx' ? '.xlsx' : '.docx';
  // Only what Office and WPS write as .xls/.doc: LibreOffice opens anything it is given (a web
  // page named .xls would be loaded with its links, which a server on a government network must
  // not follow), so any other content is refused before LibreOffice sees it.
  if (!isCompoundFile(input.bytes)) {
    throw new ImportError(
      'damaged-file',
      `“${input.fileName}”不是旧版 Office 文件（可能是改了扩展名的其他文件，或文件已损坏）：请用 Excel、Word 或 WPS 打开后另存为${saveAs} 再导入`,
    );
  }
  // A path given by the caller is taken as it is (tests give a stand-in); one found is checked for the part it needs.
  const soffice = input.sofficePath === undefined ? findSoffice() : input.sofficePath;
  const component = target === 'xlsx' ? 'calc' : 'writer';
  if (!soffice || (input.sofficePath === undefined && !hasSofficeComponent(soffice, component))) {
    const missing = soffice ? `的 LibreOffice 缺少${component === 'calc' ? '表格（Calc）' : '文字（Writer）'}组件` : '未安装 LibreOffice';
    throw new ImportError(
      'converter-missing',
      `“${input.fileName}”是旧版格式（.${input.extension}）。本服务器${missing}，无法转换：请在 Excel、Word 或 WPS 中“另存为”${saveAs} 后再导入（管理员可安装 LibreOffice 或设置 SOFFICE_PATH）`,
    );
  }
  const timeoutMs = input.timeoutMs ?? defaultConversionTimeoutMs;
  return inTurn(async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'jixiao-convert-'));
    try {
      const inputPath = path.join(directory, inputName);
      const outputDirectory = path.join(directory, 'out');
      await writeFile(inputPath, input.bytes, { mode: 0o600 });
      const { timedOut } = await runSoffice(
        soffice,
        [
          '--headless',
          '--invisible',
          '--norestore',
          '--nologo',
          '--nodefault',
          '--nolockcheck',
          `-env:UserInstallation=${pathToFileURL(path.join(directory, 'profile')).href}`,
          '--convert-to',
          target,
          '--outdir',
          outputDirectory,
          inputPath,
        ],
        directory,
        timeoutMs,
      );
      if (timedOut) {
        throw new ImportError('damaged-file', `转换“${input.fileName}”超过 ${Math.round(timeoutMs / 1000)} 秒，已停止：请在 Excel/WPS 中另存为${saveAs} 后再导入`);
      }
      const outputPath = path.join(outputDirectory, `${path.parse(inputName).name}.${target}`);
      if (!existsSync(outputPath)) {
        throw new ImportError(
          'damaged-file',
          `无法读取旧版文件“${input.fileName}”（文件可能已损坏、设置了打开密码，或不是${target === 'xlsx' ? '表格' : '文档'}）：请用 Excel/WPS 打开后另存为${saveAs} 再导入`,
        );
      }
      return await readFile(outputPath);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
}
