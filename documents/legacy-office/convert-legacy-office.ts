/**
 * Old Office files (.xls, .doc, and WPS's .et, .wps, which are the same formats) read through
 * LibreOffice: a unit's tables from before 2010, and many systems' "Excel" downloads, are .xls,
 * and a clerk should not have to open and re-save each one. LibreOffice converts the file to
 * .xlsx/.docx (merged cells kept), which then goes through the same guards and readers as any
 * .xlsx/.docx. LibreOffice is found at SOFFICE_PATH or where packages put it; where it is absent,
 * the import says so in Chinese and tells the clerk how to save the file instead. Only OLE compound
 * files are given to it (what Office and WPS write); anything else is refused (import-file.ts reads
 * an HTML table named .xls as the web page it is, documents/html).
 *
 * Each conversion runs in its own private directory with a fresh LibreOffice profile, so nothing
 * carries from one file to the next and conversions never share state; one runs at a time per
 * process (a conversion takes ≈ 5 s of CPU), a few wait, more are refused as busy. A conversion
 * past its time limit is killed with its whole process group, and coreutils' `timeout` (where it
 * is) stops it too should the calling thread be stopped first (a worker past its own limit; the
 * server sets the conversion's limit 5 s under the worker's, server/workers/heavy-work.ts). On
 * Linux prlimit caps the memory it may map (2 GB by default: a 14 MB .xls of 400,000 cells took
 * 434 MB) and the size of any file it writes.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultImportLimits, ImportError } from '../import-error.ts';
import { createTurns } from '../in-turn.ts';
import { isCompoundFile } from '../xlsx/zip-guard.ts';
import { runTool } from '../run-tool.ts';
import { SlowReadCache, slowReadKey } from '../slow-read-cache.ts';

/**
 * What each old format is converted to, and the name LibreOffice is given (WPS's files are .xls/.doc
 * inside; a template, .xlt/.dot and WPS's .ett/.wpt, is the same file as its document).
 */
export const legacyOfficeFormats = {
  xls: { target: 'xlsx', inputName: 'input.xls' },
  et: { target: 'xlsx', inputName: 'input.xls' },
  xlt: { target: 'xlsx', inputName: 'input.xls' },
  ett: { target: 'xlsx', inputName: 'input.xls' },
  doc: { target: 'docx', inputName: 'input.doc' },
  wps: { target: 'docx', inputName: 'input.doc' },
  dot: { target: 'docx', inputName: 'input.doc' },
  wpt: { target: 'docx', inputName: 'input.doc' },
} as const;
export type LegacyOfficeExtension = keyof typeof legacyOfficeFormats;

export function isLegacyOfficeExtension(extension: string): extension is LegacyOfficeExtension {
  return Object.hasOwn(legacyOfficeFormats, extension);
}

/** Longest one conversion may take unless the caller says (importFile passes ImportLimits.maxConversionSeconds, which the server keeps under its worker's limit). */
export const defaultConversionTimeoutMs = 60_000;
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
/** util-linux's prlimit (Linux): caps the memory LibreOffice maps and the size of each file it writes. */
const prlimitCommand = ['/usr/bin/prlimit', '/bin/prlimit'].find((location) => existsSync(location)) ?? null;

/** Largest file LibreOffice may write (a converted file, its temporary files): far above any table it converts. */
const maxWrittenFileBytes = 512 * 1024 * 1024;

/** Memory one LibreOffice run may map unless the caller says (ImportLimits.maxConversionMemoryMb). */
const defaultConversionMemoryBytes = defaultImportLimits.maxConversionMemoryMb * 1024 * 1024;

/** Runs a conversion after those before it (one at a time), or refuses when too many wait. */
const inTurn = createTurns({
  maxInFlight,
  refuse: () => new ImportError('converter-busy', '服务器正在转换其他旧版 Office 文件，请稍后再试（或在 Excel/WPS 中另存为 .xlsx/.docx 后上传）'),
});

/**
 * The command line that runs soffice under its limits: coreutils' `timeout` (a backstop to the
 * timer below) and prlimit's address space and file size (a hostile file that makes LibreOffice
 * allocate without end fails there, instead of taking the server's memory). Each where installed.
 */
function limitedCommand(command: string, args: string[], timeoutMs: number, memoryBytes: number): [string, string[]] {
  const limited: string[] = prlimitCommand ? [prlimitCommand, `--as=${memoryBytes}`, `--fsize=${maxWrittenFileBytes}`, '--', command, ...args] : [command, ...args];
  if (timeoutCommand) limited.unshift(timeoutCommand, '-s', 'KILL', String(Math.ceil(timeoutMs / 1000) + 2));
  return [limited[0]!, limited.slice(1)];
}

/** Runs soffice and resolves when it exits (whether it timed out); kills its process group past `timeoutMs`. */
async function runSoffice(command: string, args: string[], directory: string, limits: { timeoutMs: number; memoryBytes: number }): Promise<{ timedOut: boolean }> {
  const { timeoutMs } = limits;
  const [file, fileArgs] = limitedCommand(command, args, timeoutMs, limits.memoryBytes);
  try {
    // Its own process group (soffice → oosplash → soffice.bin killed whole); LibreOffice writes into HOME, kept in the directory.
    const { timedOut } = await runTool({ command: file, args: fileArgs, directory, timeoutMs });
    return { timedOut };
  } catch {
    // soffice could not be started (removed, not executable): no LibreOffice to convert with.
    throw new ImportError('converter-missing', `无法启动 LibreOffice（${command}）：请在 Excel/WPS 中另存为 .xlsx/.docx 后再导入（管理员可检查 LibreOffice 的安装或 SOFFICE_PATH）`);
  }
}

/** A file to convert. */
export interface LegacyOfficeFile {
  bytes: Buffer;
  extension: LegacyOfficeExtension;
  fileName: string;
}

interface ConversionOptions {
  /** LibreOffice to run (tests give a stand-in, taken as it is); default: findSoffice(), checked for the part the format needs. */
  sofficePath?: string | null;
  /** Longest one run may take (a batch gets more per file). */
  timeoutMs?: number;
  /** Most memory (address space) one run may map, in bytes. */
  memoryBytes?: number;
}

/**
 * Conversions kept by content (the bytes and the target format), so a file read twice (each table of
 * it previewed or saved, a named layout read again with its mapping, or a batch converted ahead) is
 * converted once. Bounded in entries and bytes; the least recently used go first. The converted
 * bytes are handed out as they are: the readers only read them.
 */
const kept = new SlowReadCache<Buffer>({ maxEntries: 32, maxBytes: 64 * 1024 * 1024, sizeOf: (converted) => converted.length, copy: (converted) => converted });

function keyOf(bytes: Buffer, target: string): string {
  return slowReadKey(bytes, target);
}


/** The LibreOffice to run for `file`, or an ImportError saying why the file cannot be converted here. */
function checkConvertible(file: LegacyOfficeFile, options: ConversionOptions): { soffice: string } | ImportError {
  const { target } = legacyOfficeFormats[file.extension];
  const saveAs = target === 'xlsx' ? '.xlsx' : '.docx';
  // Only what Office and WPS write as .xls/.doc: LibreOffice opens anything it is given (a web
  // page named .xls would be loaded with its links, which a server on a government network must
  // not follow), so any other content is refused before LibreOffice sees it.
  if (!isCompoundFile(file.bytes)) {
    return new ImportError(
      'damaged-file',
      `“${file.fileName}”不是旧版 Office 文件（可能是改了扩展名的其他文件，或文件已损坏）：请用 Excel、Word 或 WPS 打开后另存为${saveAs} 再导入`,
    );
  }
  const soffice = options.sofficePath === undefined ? findSoffice() : options.sofficePath;
  const component = target === 'xlsx' ? 'calc' : 'writer';
  if (!soffice || (options.sofficePath === undefined && !hasSofficeComponent(soffice, component))) {
    const missing = soffice ? `的 LibreOffice 缺少${component === 'calc' ? '表格（Calc）' : '文字（Writer）'}组件` : '未安装 LibreOffice';
    return new ImportError(
      'converter-missing',
      `“${file.fileName}”是旧版格式（.${file.extension}）。本服务器${missing}，无法转换：请在 Excel、Word 或 WPS 中“另存为”${saveAs} 后再导入（管理员可安装 LibreOffice 或设置 SOFFICE_PATH）`,
    );
  }
  return { soffice };
}

/**
 * One LibreOffice run converting `files` (all of one target format) in a private directory with a
 * fresh profile; each file's converted bytes, or null where LibreOffice wrote nothing.
 */
async function runConversion(
  soffice: string,
  target: 'xlsx' | 'docx',
  files: readonly LegacyOfficeFile[],
  limits: { timeoutMs: number; memoryBytes: number },
): Promise<{ outputs: (Buffer | null)[]; timedOut: boolean }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'jixiao-convert-'));
  try {
    const outputDirectory = path.join(directory, 'out');
    // Our own names (never the uploaded file's): input-0.xls, input-1.xls …
    const inputNames = files.map((file, index) => `input-${index}${path.extname(legacyOfficeFormats[file.extension].inputName)}`);
    await Promise.all(files.map((file, index) => writeFile(path.join(directory, inputNames[index]!), file.bytes, { mode: 0o600 })));
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
        ...inputNames.map((name) => path.join(directory, name)),
      ],
      directory,
      limits,
    );
    const outputs = await Promise.all(
      inputNames.map(async (name) => {
        const outputPath = path.join(outputDirectory, `${path.parse(name).name}.${target}`);
        return existsSync(outputPath) ? readFile(outputPath) : null;
      }),
    );
    return { outputs, timedOut };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/**
 * The file as .xlsx (from .xls/.et) or .docx (from .doc/.wps), converted by LibreOffice (or kept
 * from an earlier conversion of the same bytes). Throws ImportError: converter-missing (no
 * LibreOffice), converter-busy, or damaged-file (no Office file; LibreOffice could not open it:
 * damaged, password-protected, no spreadsheet or text in it; or too slow).
 */
export async function convertLegacyOffice(input: LegacyOfficeFile & ConversionOptions): Promise<Buffer> {
  const { target } = legacyOfficeFormats[input.extension];
  const saveAs = target === 'xlsx' ? '.xlsx' : '.docx';
  const checked = checkConvertible(input, input);
  if (checked instanceof ImportError) throw checked;
  const timeoutMs = input.timeoutMs ?? defaultConversionTimeoutMs;
  return kept.get(keyOf(input.bytes, target), () => inTurn(async () => {
    const { outputs, timedOut } = await runConversion(checked.soffice, target, [input], { timeoutMs, memoryBytes: input.memoryBytes ?? defaultConversionMemoryBytes });
    const converted = outputs[0];
    if (converted) return converted;
    if (timedOut) {
      throw new ImportError('damaged-file', `转换“${input.fileName}”超过 ${Math.round(timeoutMs / 1000)} 秒，已停止：请在 Excel/WPS 中另存为${saveAs} 后再导入`);
    }
    throw new ImportError(
      'damaged-file',
      `无法读取旧版文件“${input.fileName}”（文件可能已损坏、设置了打开密码、内容过大，或不是${target === 'xlsx' ? '表格' : '文档'}）：请用 Excel/WPS 打开后另存为${saveAs} 再导入`,
    );
  }));
}

/** Seconds a batch run gets per file after the first (LibreOffice starts once, then converts in turn). */
const batchSecondsPerFile = 5;

/**
 * Converts several files ahead in one LibreOffice run per target format (a folder of a county's old
 * files: LibreOffice's start, ≈ 5 s of CPU, paid once, not per file), keeping each conversion for
 * convertLegacyOffice to find. Files that cannot be converted are left out here: reading them later
 * converts them alone and says why.
 */
export async function convertLegacyOfficeAhead(files: readonly LegacyOfficeFile[], options: ConversionOptions = {}): Promise<void> {
  const pending = new Map<'xlsx' | 'docx', { soffice: string; files: LegacyOfficeFile[]; keys: string[] }>();
  for (const file of files) {
    const { target } = legacyOfficeFormats[file.extension];
    const checked = checkConvertible(file, options);
    const key = keyOf(file.bytes, target);
    if (checked instanceof ImportError || kept.has(key)) continue;
    const group = pending.get(target) ?? { soffice: checked.soffice, files: [], keys: [] };
    group.files.push(file);
    group.keys.push(key);
    pending.set(target, group);
  }
  for (const [target, group] of pending) {
    const timeoutMs = (options.timeoutMs ?? defaultConversionTimeoutMs) + batchSecondsPerFile * 1000 * (group.files.length - 1);
    const memoryBytes = options.memoryBytes ?? defaultConversionMemoryBytes;
    const { outputs } = await inTurn(() => runConversion(group.soffice, target, group.files, { timeoutMs, memoryBytes }));
    outputs.forEach((output, index) => {
      if (output) kept.put(group.keys[index]!, output);
    });
  }
}
