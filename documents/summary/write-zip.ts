/**
 * A zip archive from whole parts in memory (deflate, CRC-32 from node:zlib): what an .xlsx needs
 * and no more. The summary workbook's sheet is one string of several megabytes; writing the
 * archive directly costs a fraction of a streaming zip library's chunked pipeline (bench/summary-phases.ts).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer | string;
}

/** A part compressed once, ready to be placed in any archive (the workbook's fixed parts are reused). */
export interface CompressedPart {
  name: Buffer;
  checksum: number;
  size: number;
  compressed: Buffer;
}

const deflateMethod = 8;
/** Bit 11: names are UTF-8. */
const utf8Flag = 0x0800;
const version = 20;

export function compressPart(part: ZipPart, level: number): CompressedPart {
  const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
  return { name: Buffer.from(part.name, 'utf8'), checksum: crc32(data), size: data.length, compressed: deflateRawSync(data, { level }) };
}

/** MS-DOS date and time, as zip headers keep them. */
function toDosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * The fields a local header and its central directory entry share, in the same order (version
 * needed, flags, method, time, date, CRC-32, sizes, name length), from `at`: 4 in the local
 * header, 6 in the central entry (after its "version made by").
 */
function writeEntryFields(header: Buffer, at: number, part: CompressedPart, time: number, day: number): void {
  header.writeUInt16LE(version, at);
  header.writeUInt16LE(utf8Flag, at + 2);
  header.writeUInt16LE(deflateMethod, at + 4);
  header.writeUInt16LE(time, at + 6);
  header.writeUInt16LE(day, at + 8);
  header.writeUInt32LE(part.checksum, at + 10);
  header.writeUInt32LE(part.compressed.length, at + 14);
  header.writeUInt32LE(part.size, at + 18);
  header.writeUInt16LE(part.name.length, at + 22);
}

/** The archive of the parts in their order, each dated `modifiedAt`. */
export function writeZip(parts: readonly CompressedPart[], modifiedAt: Date): Buffer {
  const { time, day } = toDosDateTime(modifiedAt);
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, part, time, day);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(version, 4);
    writeEntryFields(central, 6, part, time, day);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, part.name, part.compressed);
    centrals.push(central, part.name);
    offset += local.length + part.name.length + part.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
