import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli-test-support.ts';
import { seedsDirectory } from '../test-support/seeds.ts';
import { readdirSync } from 'node:fs';

const seedFile = (prefix: string) =>
  path.join(seedsDirectory, readdirSync(seedsDirectory).find((name) => name.startsWith(`${prefix}_`)) ?? '');

describe('jixiao CLI', () => {
  it('prints one JSON object for one file and an array for several', async () => {
    const one = await runCli(['import', seedFile('001'), '--json']);
    expect(one.code).toBe(0);
    const document = JSON.parse(one.out);
    expect(document.kind).toBe('self-evaluation');
    expect(document.unit).toBe('株洲市公安局渌口分局');

    const several = await runCli(['import', seedFile('000'), seedFile('003'), '--json']);
    const documents = JSON.parse(several.out);
    expect(documents.map((d: { kind: string }) => d.kind)).toEqual(['target-table', 'evaluation-report']);
  });

  it('summarises a document for people without --json', async () => {
    const { code, out } = await runCli(['import', seedFile('000')]);
    expect(code).toBe(0);
    expect(out).toContain('湘潭县公安局');
    expect(out).toContain('指标：87 个');
  });

  it('scores a self-evaluation with entered and suggested scores side by side', async () => {
    const { code, out } = await runCli(['score', seedFile('001')]);
    expect(code).toBe(0);
    expect(out).toMatch(/男性家族排查系统建设DNA.*\s2\s+1\s+1\.92\s+≠/);
    expect(out).toContain('总分：填报 96（优）');
  });

  it('lists findings with their codes and exits 1 when there are errors', async () => {
    const report = await runCli(['check', seedFile('003')]);
    expect(report.out).toContain('budget-sum-mismatch');
    expect(report.code).toBe(1);
    const selfEvaluation = await runCli(['check', seedFile('001')]);
    expect(selfEvaluation.out).toContain('unit-mismatch');
  });

  it('refuses to score a document that is not a self-evaluation', async () => {
    const { code, err } = await runCli(['score', seedFile('000')]);
    expect(code).toBe(2);
    expect(err).toContain('不是自评表');
  });

  it('says in Chinese when a file is missing or is not a performance document', async () => {
    const missing = await runCli(['check', '/nonexistent/自评表.txt']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到文件');

    const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-cli-'));
    const essay = path.join(directory, 'essay.txt');
    writeFileSync(essay, '今天天气很好，我们去公园散步。');
    const notADocument = await runCli(['import', essay]);
    expect(notADocument.code).toBe(2);
    expect(notADocument.err).toContain('不是可识别的绩效文档');
  });

  it('rejects an unknown command and missing arguments with help', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const noFile = await runCli(['score']);
    expect(noFile.code).toBe(2);
    expect(noFile.err).toContain('请给出要处理的文件');
    expect((await runCli(['help'])).out).toContain('jixiao import');
  });
});

describe('the jixiao executable', () => {
  it('runs through its bin script with a Chinese error and non-zero exit for a missing file', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = path.resolve(import.meta.dirname, 'bin', 'jixiao.mjs');
    const result = spawnSync(process.execPath, [bin, 'check', '没有这个文件.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('找不到文件：没有这个文件.txt');
  });
});

describe('jixiao export', () => {
  it('writes an .xlsx that reads back to the same indicators', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-export-'));
    const target = path.join(directory, '目标表.xlsx');
    const result = await runCli(['export', seedFile('000'), '--format', 'xlsx', '-o', target]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('已导出');
    const back = await runCli(['import', target, '--json']);
    const document = JSON.parse(back.out);
    expect(document.unit).toBe('湘潭县公安局');
    expect(document.goals.flatMap((goal: { indicators: unknown[] }) => goal.indicators)).toHaveLength(87);
  });

  it('exports the exchange JSON, which the CLI reads again', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-export-'));
    const target = path.join(directory, 'doc.json');
    expect((await runCli(['export', seedFile('001'), '--format', 'json', '-o', target])).code).toBe(0);
    const { code, out } = await runCli(['score', target]);
    expect(code).toBe(0);
    expect(out).toContain('1.92');
  });

  it('asks for a format it knows', async () => {
    const { code, err } = await runCli(['export', seedFile('001'), '--format', 'odt']);
    expect(code).toBe(2);
    expect(err).toContain('--format');
  });

  it('says which fields are wrong in a .json that is not the exchange format', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-export-'));
    const file = path.join(directory, 'bad.json');
    writeFileSync(file, JSON.stringify({ kind: 'target-table' }));
    const { code, err } = await runCli(['check', file]);
    expect(code).toBe(2);
    expect(err).toContain('不符合文档交换格式');
  });
});

describe('jixiao CLI on monitoring tables', () => {
  const fixture = (name: string) =>
    path.join(import.meta.dirname, '..', 'documents', 'monitoring', 'fixtures', `${name}.txt`);

  it('imports a monitoring table with its window, execution and lights', async () => {
    const { code, out } = await runCli(['import', fixture('national-tabs')]);
    expect(code).toBe(0);
    expect(out).toContain('类型：绩效运行监控表（项目）');
    expect(out).toContain('监控期间：1-7月　执行数：230/460万元　预算执行：绿灯　绩效目标：红灯');
  });

  it('checks a monitoring table: a red light without a reason is reported', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-monitoring-'));
    const file = path.join(directory, '监控表.txt');
    const text = readFileSync(fixture('national-tabs'), 'utf8');
    writeFileSync(file, text.replace('雨季推迟开工，下拨资金未到位\t9月集中施工，督促资金拨付', '\t'));
    const { out } = await runCli(['check', file]);
    expect(out).toContain(
      'missing-monitoring-reason：“新修边沟长度”为红灯、完成目标可能性“有可能”，请填写偏差原因说明和纠偏措施',
    );
  });
});
