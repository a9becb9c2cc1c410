import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableOfd } from '../../documents/ofd/ofd-testing.ts';
import { runCli } from '../run-cli-test-support.ts';
import { listInputFiles, runImportBatch } from './import-batch.ts';

const fixtures = path.join(import.meta.dirname, '..', '..', 'documents', 'monitoring', 'fixtures');

/** A folder of two monitoring tables (one in a sub-folder), a non-document, a lock file and a picture. */
function makeFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-batch-'));
  mkdirSync(path.join(folder, '二季度'));
  copyFileSync(path.join(fixtures, 'national-tabs.txt'), path.join(folder, 'a-监控表.txt'));
  copyFileSync(path.join(fixtures, 'pipes-half-year.txt'), path.join(folder, '二季度', 'b-监控表.txt'));
  writeFileSync(path.join(folder, 'c-随笔.txt'), '今天天气很好，我们去公园散步。');
  writeFileSync(path.join(folder, '~$a-监控表.txt'), 'lock');
  writeFileSync(path.join(folder, '照片.png'), 'not read');
  return folder;
}

describe('jixiao import <文件夹>', () => {
  it('lists the readable files under the folder in name order, skipping lock files and other formats', async () => {
    const folder = makeFolder();
    const files = await listInputFiles([folder]);
    expect(files.map((file) => path.relative(folder, file))).toEqual([
      'a-监控表.txt',
      'c-随笔.txt',
      path.join('二季度', 'b-监控表.txt'),
    ]);
    // A picture is read when named (OCR), never picked up from a folder.
    expect(await listInputFiles([path.join(folder, '照片.png')])).toEqual([path.join(folder, '照片.png')]);
  });

  it('takes an .xml file only when it is an Office or OpenDocument table, not a folder\'s other XML', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-batch-xml-'));
    writeFileSync(path.join(folder, '导出.xml'), '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>');
    writeFileSync(path.join(folder, '报告.XML'), '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"></w:wordDocument>');
    writeFileSync(path.join(folder, '设置.xml'), '<?xml version="1.0"?><configuration><add key="a" value="b"/></configuration>');
    const files = await listInputFiles([folder]);
    expect(files.map((file) => path.basename(file))).toEqual(['报告.XML', '导出.xml']);
  });

  it('reads an .ofd in the folder (an archived target table)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-batch-'));
    const rows = [['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '新建护林站点', '≥3个'], ['效益指标', '生态效益指标', '森林覆盖率', '较上年提高']];
    writeFileSync(path.join(folder, '归档目标表.ofd'), tableOfd({ title: '2025年度项目支出绩效目标表', rows }));
    const written: string[] = [];
    const result = await runImportBatch({ inputs: [folder], json: false }, { write: (text) => written.push(text), progress: () => {} });
    expect(result).toEqual({ read: 1, failed: 0 });
    expect(written[0]).toContain('归档目标表.ofd');
  });

  it('reports each file as it is read, keeps going past a bad one, and counts both', async () => {
    const folder = makeFolder();
    const written: string[] = [];
    const progress: string[] = [];
    const result = await runImportBatch(
      { inputs: [folder], json: false },
      { write: (text) => written.push(text), progress: (text) => progress.push(text) },
    );
    expect(result).toEqual({ read: 2, failed: 1 });
    expect(written).toHaveLength(4);
    expect(written[0]).toContain('监控期间');
    expect(written[1]).toMatch(/c-随笔\.txt\n {2}读取失败：.*不是可识别的绩效文档/);
    expect(written[2]).toContain('b-监控表.txt');
    expect(written[3]).toMatch(/^共 3 个文件：读出 2 个，失败 1 个，用时 [\d.]+ 秒$/);
    expect(progress.slice(0, 3)).toEqual(['[1/3] a-监控表.txt', '[2/3] c-随笔.txt', '[3/3] b-监控表.txt']);
  });

  it('writes one JSON line per file with --json, the count on stderr, and exits 1 when a file failed', async () => {
    const folder = makeFolder();
    const { code, out, err: errors } = await runCli(['import', folder, '--json']);
    expect(code).toBe(1);
    const parsed = out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; document?: { kind: string }; error?: string });
    expect(parsed.map((entry) => path.basename(entry.file))).toEqual([
      'a-监控表.txt',
      'c-随笔.txt',
      'b-监控表.txt',
    ]);
    expect(parsed[0]?.document?.kind).toBe('monitoring');
    expect(parsed[1]?.error).toContain('不是可识别的绩效文档');
    expect(errors).toContain('共 3 个文件：读出 2 个，失败 1 个');
  });

  it('says so in Chinese when a folder holds nothing to read', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'jixiao-batch-empty-'));
    writeFileSync(path.join(empty, '说明.png'), 'x');
    const { code, err: errors } = await runCli(['import', empty]);
    expect(code).toBe(2);
    expect(errors).toContain('没有可读取的文件');
  });
});
