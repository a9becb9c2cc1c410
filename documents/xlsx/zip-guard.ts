/**
 * Checks a .xlsx/.docx (a zip) before any library expands it: the signature, encryption, and the
 * real expanded size. Each part is inflated here with a hard output cap, so a zip bomb whose
 * central directory lies about its sizes is caught as well as an honest one.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError, type ImportLimits } from '../import-error.ts';

/** OLE compound file: how Office stores a password-protected .xlsx/.docx (and old .xls/.doc). */
const cfbSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const localHeader = 0x04034b50;
const centralHeader = 0x02014b50;
const endOfCentralDirectory = 0x06054b50;

/** Whether the bytes open as a zip (a .xlsx/.docx, whatever its name says). */
export function isZipFile(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === localHeader;
}

/** Whether the bytes are an OLE compound file (encrypted OOXML or a legacy binary Office file). */
export function isCompoundFile(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(cfbSignature);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (bytes.readUInt32LE(offset) === endOfCentralDirectory) return offset;
  }
  return -1;
}

export interface ZipInspection {
  /** The part names, in the central directory's order. */
  names: string[];
  /** The expanded bytes of the part asked for in `keepPart`, or null when absent. */
  keptPart: Buffer | null;
  /** The expanded bytes of every part `keepParts` accepted, by name. */
  keptParts: Map<string, Buffer>;
}

/**
 * Throws ImportError unless `bytes` is a plain zip whose parts expand to at most the limits.
 * `label` names the format in messages (".xlsx"); `keepPart` names a part whose expanded bytes
 * to return (already inflated here, so a caller can look inside without expanding it twice).
 */
export function inspectZip(input: {
  bytes: Buffer;
  limits: ImportLimits;
  label: string;
  keepPart?: string;
  keepParts?: (name: string) => boolean;
}): ZipInspection {
  const { bytes, limits, label } = input;
  let keptPart: Buffer | null = null;
  const keptParts = new Map<string, Buffer>();
  if (isCompoundFile(bytes)) {
    throw new ImportError(
      'encrypted',
      `该${label}文件已加密（设置了打开密码）或是旧版 Office 格式：请去掉密码，另存为${label}后再导入`,
    );
  }
  const damaged = new ImportError(
    'not-a-zip',
    `该文件不是有效的${label}文件（文件已损坏或扩展名不符）：请用 Office/WPS 打开后另存为${label}再导入`,
  );
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== localHeader) throw damaged;
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) throw damaged;
  const entryCount = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) {
    throw new ImportError('zip-bomb', `该${label}文件使用了超大压缩格式（ZIP64），不予导入`);
  }
  if (entryCount > limits.maxZipEntries)
    throw new ImportError('zip-bomb', `该${label}文件包含的部件过多（${entryCount} 个），不予导入`);
  const names: string[] = [];
  let expanded = 0;
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== centralHeader) throw damaged;
    const flags = bytes.readUInt16LE(offset + 8);
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const declaredSize = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localOffset = bytes.readUInt32LE(offset + 42);
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    if (flags & 0x1) throw new ImportError('encrypted', `该${label}文件的内容已加密：请去掉密码后再导入`);
    const remaining = limits.maxExpandedBytes - expanded;
    const tooBig = new ImportError(
      'zip-bomb',
      `该${label}文件解压后超过 ${Math.round(limits.maxExpandedBytes / 1024 / 1024)} MB，疑似压缩炸弹，不予导入`,
    );
    if (declaredSize > remaining) throw tooBig;
    const part = expandPart({ bytes, localOffset, compressedSize, method, remaining, tooBig, damaged });
    expanded += part.length;
    const name = names.at(-1) ?? '';
    if (name === input.keepPart) keptPart = part;
    if (input.keepParts?.(name)) keptParts.set(name, part);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { names, keptPart, keptParts };
}

/** One part's expanded bytes, inflated with a cap of `remaining` bytes. */
function expandPart(part: {
  bytes: Buffer;
  localOffset: number;
  compressedSize: number;
  method: number;
  remaining: number;
  tooBig: ImportError;
  damaged: ImportError;
}): Buffer {
  const { bytes, localOffset } = part;
  if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== localHeader) throw part.damaged;
  const start =
    localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
  const data = bytes.subarray(start, start + part.compressedSize);
  if (part.method === 0) {
    if (data.length > part.remaining) throw part.tooBig;
    return data;
  }
  if (part.method !== 8) throw part.damaged;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, part.remaining) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw part.tooBig;
    throw part.damaged;
  }
}
