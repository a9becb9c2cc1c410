/**
 * The hostile-file set against the importer (issue 9): every file is refused with a stable code
 * and a Chinese message (or read harmlessly), no exception other than ImportError escapes, and
 * the temp directory is left as it was (the exceljs streaming reader once left 48 MB per file).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostileFiles, type HostileFile } from '../test-support/hostile-files.ts';
import { ImportError, importFile } from './import-file.ts';

const expectedCodes: Record<string, string> = {
  'far-row.xlsx': 'too-many-cells',
  'many-rows.xlsx': 'too-many-rows',
  'wide.xlsx': 'too-many-cells',
  'huge-merge.xlsx': 'too-many-cells',
  'sheet-order.xlsx': 'not-a-document',
  'grid-span.docx': 'too-many-cells',
  'many-rows.docx': 'too-many-rows',
  'bomb.xlsx': 'zip-bomb',
  'encrypted.xlsx': 'encrypted',
  'damaged.pdf': 'damaged-file',
  'bomb.ofd': 'zip-bomb',
  'entities.ofd': 'damaged-file',
  'many-pages.ofd': 'too-many-rows',
  'no-entry.ofd': 'damaged-file',
};

let files: HostileFile[] = [];
const originalTemp = process.env.TMPDIR;
let temporary = '';

beforeAll(() => {
  files = buildHostileFiles();
  // A temp directory of our own: os.tmpdir() follows TMPDIR, and other processes share /tmp.
  temporary = mkdtempSync(path.join(tmpdir(), 'jixiao-hostile-'));
  process.env.TMPDIR = temporary;
}, 60_000);

afterAll(() => {
  if (originalTemp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTemp;
  rmSync(temporary, { recursive: true, force: true });
});

describe('hostile files', () => {
  it('has the whole set, each small', () => {
    expect(files.map((file) => file.fileName).sort()).toEqual([...Object.keys(expectedCodes), 'runs.txt'].sort());
    for (const file of files) expect(file.bytes.length, file.label).toBeLessThan(4 * 1024 * 1024);
  });

  it('refuses each with its code and a Chinese message, leaving the temp directory empty', async () => {
    expect(tmpdir()).toBe(temporary);
    for (const file of files) {
      const outcome = await importFile({ bytes: file.bytes, fileName: file.fileName }).then(
        () => 'read',
        (error: unknown) => error,
      );
      const expected = expectedCodes[file.fileName];
      if (expected === undefined) {
        expect(outcome, file.label).toBe('read');
      } else {
        expect(outcome, file.label).toBeInstanceOf(ImportError);
        expect((outcome as ImportError).code, file.label).toBe(expected);
        expect((outcome as ImportError).message, file.label).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(readdirSync(temporary), `temp files after ${file.label}`).toEqual([]);
    }
  }, 60_000);
});
