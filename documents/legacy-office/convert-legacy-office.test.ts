import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { ImportError, importFile } from '../import-file.ts';
import { documentFacts } from '../layouts/facts.ts';
import { convertLegacyOffice, convertLegacyOfficeAhead, findSoffice, hasSofficeComponent } from './convert-legacy-office.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'legacy-office.expected.json'), 'utf8')) as Record<
  string,
  { madeFrom: string; facts: Record<string, string> }
>;
const soffice = findSoffice();
/** Which fixtures this machine's LibreOffice can open (.xls: Calc, .doc: Writer). */
const canConvert = (name: string) => soffice !== null && hasSofficeComponent(soffice, name.endsWith('.xls') ? 'calc' : 'writer');
const skipped = Object.keys(expected).filter((name) => !canConvert(name));
if (skipped.length > 0) {
  console.log(`legacy-office: ${soffice ? 'LibreOffice lacks Calc or Writer' : 'LibreOffice (soffice) not found'}: reading ${skipped.join(', ')} is skipped (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)`);
}

/** An OLE compound file's signature and filler: what the conversion accepts before it runs soffice. */
const compoundBytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

/** Whether a process runs (a killed one left unreaped by its dead parent is a zombie: not running). */
function isRunning(pid: string): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('no refusal');
}

describe('old Office files (.xls, .doc) read through LibreOffice', () => {
  for (const name of Object.keys(expected)) {
    it.skipIf(!canConvert(name))(`${name} reads as the .xlsx/.docx it was saved from`, async () => {
      const document = analyseDocument(await importFile({ bytes: readFileSync(path.join(fixtures, name)), fileName: name }));
      expect(Object.fromEntries(documentFacts(document))).toEqual(expected[name]!.facts);
    }, 120_000);
  }

  it.skipIf(!canConvert('.xls') || !existsSync('/usr/bin/prlimit'))('stops LibreOffice at its memory limit instead of letting it take the server\'s memory', async () => {
    // 128 MB of address space is far less than LibreOffice maps to start (≈ 500 MB): the run fails
    // as a hostile file's would, and the clerk is told the file could not be read.
    const name = 'own-dept-target-table.xls';
    const bytes = Buffer.concat([readFileSync(path.join(fixtures, name)), Buffer.from('内存上限')]);
    const refused = await refusal(importFile({ bytes, fileName: name, limits: { maxConversionMemoryMb: 128 } }));
    expect(refused.code).toBe('damaged-file');
    expect(refused.message).toContain('内容过大');
  }, 120_000);

  it.skipIf(!canConvert('.doc'))('reads an old .doc renamed .docx as the old file it is', async () => {
    const name = 'own-project-self-evaluation.doc';
    const document = analyseDocument(await importFile({ bytes: readFileSync(path.join(fixtures, name)), fileName: '自评表.docx' }));
    expect(Object.fromEntries(documentFacts(document))).toEqual(expected[name]!.facts);
  }, 120_000);

  it.skipIf(!canConvert('.xls'))('reads a WPS .et as the .xls it is inside', async () => {
    const name = 'own-dept-target-table.xls';
    const document = analyseDocument(await importFile({ bytes: readFileSync(path.join(fixtures, name)), fileName: '目标表.et' }));
    expect(Object.fromEntries(documentFacts(document))).toEqual(expected[name]!.facts);
  }, 120_000);
});

describe('convertLegacyOffice refuses what it cannot convert, in Chinese', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'fake-soffice-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** A stand-in for soffice: a shell script that records its pid and then runs `body`. */
  function fakeSoffice(name: string, body: string): string {
    const file = path.join(directory, name);
    writeFileSync(file, `#!/bin/sh\necho $$ > "${file}.pid"\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it('says LibreOffice is missing and how to save the file instead', async () => {
    const refused = await refusal(convertLegacyOffice({ bytes: compoundBytes, extension: 'xls', fileName: '自评表.xls', sofficePath: null }));
    expect(refused.code).toBe('converter-missing');
    expect(refused.message).toContain('未安装 LibreOffice');
    expect(refused.message).toContain('另存为”.xlsx');
  });

  it('gives LibreOffice nothing but an Office file: a web page named .xls is refused before', async () => {
    const never = fakeSoffice('never', 'exit 0');
    const refused = await refusal(convertLegacyOffice({ bytes: Buffer.from('<html><table><tr><td>一级指标</td></tr></table></html>'), extension: 'xls', fileName: '目标表.xls', sofficePath: never }));
    expect(refused.code).toBe('damaged-file');
    expect(refused.message).toContain('不是旧版 Office 文件');
    expect(existsSync(`${never}.pid`)).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('says so when LibreOffice writes nothing (a damaged or password-protected file)', async () => {
    const refused = await refusal(convertLegacyOffice({ bytes: compoundBytes, extension: 'doc', fileName: '报告.doc', sofficePath: fakeSoffice('writes-nothing', 'exit 0') }));
    expect(refused.code).toBe('damaged-file');
    expect(refused.message).toContain('另存为.docx');
  });

  it.skipIf(process.platform === 'win32')('stops a conversion past its time limit and kills it', async () => {
    const slow = fakeSoffice('slow', 'exec sleep 30');
    const refused = await refusal(convertLegacyOffice({ bytes: compoundBytes, extension: 'xls', fileName: '慢.xls', sofficePath: slow, timeoutMs: 300 }));
    expect(refused.code).toBe('damaged-file');
    expect(refused.message).toContain('已停止');
    const pid = readFileSync(`${slow}.pid`, 'utf8').trim();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isRunning(pid)).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('converts files ahead in one run, and reads each from that run afterwards', async () => {
    // A stand-in that "converts" by copying each input.xls to <outdir>/input.xlsx, and counts its runs.
    const copies = fakeSoffice(
      'copies',
      [
        'echo run >> "$0.runs"',
        'out=""; previous=""',
        'for argument in "$@"; do if [ "$previous" = "--outdir" ]; then out="$argument"; fi; previous="$argument"; done',
        'mkdir -p "$out"',
        'for argument in "$@"; do case "$argument" in *.xls) cp "$argument" "$out/$(basename "$argument" .xls).xlsx";; esac; done',
      ].join('\n'),
    );
    const files = ['甲', '乙', '丙'].map((name, index) => ({
      bytes: Buffer.concat([compoundBytes, Buffer.from(`第${index}个文件`)]),
      extension: 'xls' as const,
      fileName: `${name}.xls`,
    }));
    await convertLegacyOfficeAhead(files, { sofficePath: copies });
    for (const file of files) expect(await convertLegacyOffice({ ...file, sofficePath: copies })).toEqual(file.bytes);
    expect(readFileSync(`${copies}.runs`, 'utf8').trim().split('\n')).toEqual(['run']);
    // A file not converted ahead runs LibreOffice on its own.
    const other = { bytes: Buffer.concat([compoundBytes, Buffer.from('另一个')]), extension: 'xls' as const, fileName: '丁.xls' };
    expect(await convertLegacyOffice({ ...other, sofficePath: copies })).toEqual(other.bytes);
    expect(readFileSync(`${copies}.runs`, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it.skipIf(!existsSync('/usr/bin/prlimit'))('runs LibreOffice under its memory and file size limits', async () => {
    // A stand-in that "converts" into a report of the limits it runs under (Linux's /proc/self/limits).
    const reports = fakeSoffice(
      'reports-limits',
      [
        'out=""; previous=""',
        'for argument in "$@"; do if [ "$previous" = "--outdir" ]; then out="$argument"; fi; previous="$argument"; done',
        'mkdir -p "$out"',
        'grep -E "Max (address space|file size)" /proc/$$/limits > "$out/input-0.xlsx"',
      ].join('\n'),
    );
    const bytes = Buffer.concat([compoundBytes, Buffer.from('上限')]);
    const limits = (await convertLegacyOffice({ bytes, extension: 'xls', fileName: '限.xls', sofficePath: reports, memoryBytes: 300 * 1024 * 1024 })).toString();
    expect(limits).toMatch(/Max address space\s+314572800\s+314572800/);
    expect(limits).toMatch(/Max file size\s+536870912\s+536870912/);
  });

  it.skipIf(process.platform === 'win32')('runs one conversion at a time and refuses as busy when too many wait', async () => {
    const waits = fakeSoffice('waits', 'sleep 30');
    // Five different files (the same bytes would share one conversion: below).
    const conversions = Array.from({ length: 5 }, (_, index) =>
      refusal(convertLegacyOffice({ bytes: Buffer.concat([compoundBytes, Buffer.from(`表${index}`)]), extension: 'xls', fileName: `表${index}.xls`, sofficePath: waits, timeoutMs: 200 })),
    );
    const codes = (await Promise.all(conversions)).map((each) => each.code);
    expect(codes.filter((code) => code === 'converter-busy')).toHaveLength(1);
    expect(codes.filter((code) => code === 'damaged-file')).toHaveLength(4);
  });

  it.skipIf(process.platform === 'win32')('the same file asked for at once (each of its tables read) is converted once, then kept', async () => {
    const runs = path.join(directory, 'runs');
    const counts = fakeSoffice(
      'counts',
      [
        `echo run >> "${runs}"`,
        'out=""; previous=""',
        'for argument in "$@"; do if [ "$previous" = "--outdir" ]; then out="$argument"; fi; previous="$argument"; done',
        'mkdir -p "$out"',
        'sleep 0.2; echo 转换结果 > "$out/input-0.xlsx"',
      ].join('\n'),
    );
    const bytes = Buffer.concat([compoundBytes, Buffer.from('多表')]);
    const convert = (index: number) => convertLegacyOffice({ bytes, extension: 'xls', fileName: `多表${index}.xls`, sofficePath: counts });
    const converted = await Promise.all([convert(0), convert(1), convert(2)]);
    const later = await convert(3);
    expect(converted.map((each) => each.toString().trim())).toEqual(['转换结果', '转换结果', '转换结果']);
    expect(later.toString().trim()).toBe('转换结果');
    expect(readFileSync(runs, 'utf8').trim().split('\n')).toEqual(['run']);
  });
});
