import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultImportLimits, ImportError } from '../import-error.ts';
import { buildSampleTargetTable } from '../print/sample-documents.ts';
import { exportDocument } from '../export.ts';
import { inspectZip } from './zip-guard.ts';

interface Entry {
  name: string;
  data: Buffer;
  /** What the central directory claims; defaults to the truth. */
  declaredSize?: number;
  flags?: number;
}

/** A minimal zip writer (deflate, no CRC check needed by the guard) for hostile test files. */
function buildZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ImportError ? error.code : `other: ${String(error)}`;
  }
}

const limits = { ...defaultImportLimits, maxExpandedBytes: 1024 * 1024 };

describe('inspectZip', () => {
  it('accepts an exported workbook and lists its parts', async () => {
    const bytes = await exportDocument(buildSampleTargetTable(), 'xlsx');
    expect(inspectZip({ bytes, limits: defaultImportLimits, label: '.xlsx' }).names).toContain(
      'xl/workbook.xml',
    );
  });

  it.each([
    ['plain text', Buffer.from('部门名称\t湘潭县公安局\n'.repeat(10)), 'not-a-zip'],
    [
      'a truncated zip',
      buildZip([{ name: 'a.xml', data: Buffer.from('<a/>') }]).subarray(0, 40),
      'not-a-zip',
    ],
    [
      'an OLE compound file (password-protected OOXML)',
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
      'encrypted',
    ],
    [
      'a zip whose parts are encrypted',
      buildZip([{ name: 'a.xml', data: Buffer.from('<a/>'), flags: 1 }]),
      'encrypted',
    ],
    [
      'a zip that declares more than the limit',
      buildZip([{ name: 'a.xml', data: Buffer.from('x'), declaredSize: 2 * 1024 * 1024 }]),
      'zip-bomb',
    ],
    [
      'a zip bomb that lies about its size',
      buildZip([{ name: 'a.xml', data: Buffer.alloc(3 * 1024 * 1024), declaredSize: 10 }]),
      'zip-bomb',
    ],
    [
      'parts that only together exceed the limit',
      buildZip([
        { name: 'a.xml', data: Buffer.alloc(600 * 1024) },
        { name: 'b.xml', data: Buffer.alloc(600 * 1024) },
      ]),
      'zip-bomb',
    ],
  ])('refuses %s', (_, bytes, code) => {
    expect(codeOf(() => inspectZip({ bytes, limits, label: '.xlsx' }))).toBe(code);
  });

  it('accepts parts that together stay under the limit', () => {
    const bytes = buildZip([
      { name: 'a.xml', data: Buffer.alloc(400 * 1024) },
      { name: 'b.xml', data: Buffer.alloc(400 * 1024) },
    ]);
    expect(inspectZip({ bytes, limits, label: '.xlsx', keepPart: 'b.xml' })).toEqual({
      names: ['a.xml', 'b.xml'],
      keptPart: Buffer.alloc(400 * 1024),
      keptParts: new Map(),
    });
  });

  it('says in Chinese what to do', () => {
    try {
      inspectZip({
        bytes: Buffer.from('hello world, this is not a zip file at all'),
        limits,
        label: '.docx',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/不是有效的\.docx文件.*另存为\.docx/);
    }
  });
});
