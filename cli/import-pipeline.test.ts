/**
 * `jixiao import` reads through the same pipeline as the server's imports: a named layout (as
 * GET /api/import-layouts lists it) applies to a file of its header signature, and a file naming
 * another unit than --unit is refused unless --save-as-own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readForReview } from '../documents/import-review/read-for-review.ts';
import { buildReviewFixtureXlsx } from '../test-support/import-review-fixtures.ts';
import { runCli } from './run-cli-test-support.ts';

const scoresOf = (json: string) =>
  (JSON.parse(json) as { goals: Array<{ indicators: Array<{ score: string | null }> }> }).goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.score));

describe('jixiao import through the import pipeline', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-cli-layout-'));

  async function writeFixture(name: string, options: Parameters<typeof buildReviewFixtureXlsx>[0] = {}) {
    const bytes = await buildReviewFixtureXlsx(options);
    const file = path.join(folder, name);
    writeFileSync(file, bytes);
    return { file, bytes };
  }

  it('reads 考核分 only with a named layout of the file’s header signature', async () => {
    const { file, bytes } = await writeFixture('自评表.xlsx');
    const signature = (await readForReview({ bytes, fileName: '自评表.xlsx' })).header?.headerSignature;
    expect(signature).toMatch(/^[0-9a-f]{16}$/);
    const layoutFile = path.join(folder, 'layouts.json');
    writeFileSync(layoutFile, JSON.stringify([{ id: 'x', name: '考核分', scope: 'organisation', headerSignature: signature, columnRoles: [{ column: 6, role: 'score' }] }]));
    const otherFile = path.join(folder, 'other.json');
    writeFileSync(otherFile, JSON.stringify({ name: '别的表头', headerSignature: '0123456789abcdef', columnRoles: [{ column: 6, role: 'score' }] }));

    const plain = await runCli(['import', file, '--json']);
    expect(scoresOf(plain.out)).toEqual([null, null, null, null]);
    const other = await runCli(['import', file, '--json', '--layout', otherFile]);
    expect(scoresOf(other.out)).toEqual([null, null, null, null]);
    const mapped = await runCli(['import', file, '--json', '--layout', layoutFile]);
    expect(mapped.code).toBe(0);
    expect(scoresOf(mapped.out)).toEqual(['28', '27', '18', '9']);
  });

  it('refuses a layout file that is no list of named layouts', async () => {
    const { file } = await writeFixture('自评表2.xlsx');
    const bad = path.join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ name: '缺签名' }]));
    const result = await runCli(['import', file, '--layout', bad]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('headerSignature');
  });

  it('refuses a file naming another unit than --unit, and keeps it as that unit with a finding on --save-as-own', async () => {
    const { file } = await writeFixture('交通.xlsx', { unit: '示范县交通运输局' });
    const same = await runCli(['import', file, '--json', '--unit', '交通运输局']);
    expect(same.code).toBe(0);
    const refused = await runCli(['import', file, '--json', '--unit', '示范县公安局']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('文件所列单位为“示范县交通运输局”，与“示范县公安局”不同');
    const kept = await runCli(['import', file, '--json', '--unit', '示范县公安局', '--save-as-own']);
    expect(kept.code).toBe(0);
    const document = JSON.parse(kept.out) as { unit: string; findings: Array<{ code: string; message: string }> };
    expect(document.unit).toBe('示范县公安局');
    expect(document.findings).toContainEqual(expect.objectContaining({ code: 'file-unit-differs', message: expect.stringContaining('示范县交通运输局') }));
  });

  it('reads the table --table names of a file holding several (counted from 1), and refuses a number that is none', async () => {
    const table = (project: string, indicator: string) => [
      '项目支出绩效自评表',
      `项目名称\t${project}`,
      '主管部门\t示范县民政局\t实施单位\t示范县救助站',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      `产出指标\t数量指标\t${indicator}\t≥10人\t12人\t90\t90`,
      '总分\t\t\t\t\t100\t99',
    ];
    const file = path.join(folder, '两张表.txt');
    writeFileSync(file, [...table('临时救助', '救助人数'), ...table('流浪救助', '护送返乡人数')].join('\n'));
    const projectOf = (json: string) => (JSON.parse(json) as { project: string }).project;
    expect(projectOf((await runCli(['import', file, '--json'])).out)).toBe('临时救助');
    expect(projectOf((await runCli(['import', file, '--json', '--table', '2'])).out)).toBe('流浪救助');
    const refused = await runCli(['import', file, '--table', '0']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--table 须为 1 到 200 的整数');
  });

  it('reads every table of a file holding several with --each-table, a file or a folder', async () => {
    const table = (project: string) => [
      '项目支出绩效自评表',
      `项目名称\t${project}`,
      '主管部门\t示范县民政局\t实施单位\t示范县救助站',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t救助人次\t≥10人\t12人\t90\t90',
      '总分\t\t\t\t\t100\t99',
    ];
    const each = mkdtempSync(path.join(tmpdir(), 'jixiao-cli-each-'));
    writeFileSync(path.join(each, '三张表.txt'), [...table('临时救助'), ...table('流浪救助'), ...table('医疗救助')].join('\n'));
    writeFileSync(path.join(each, '一张表.txt'), table('孤儿保障').join('\n'));
    const one = await runCli(['import', path.join(each, '三张表.txt'), '--json', '--each-table']);
    expect((JSON.parse(one.out) as Array<{ project: string }>).map((document) => document.project)).toEqual(['临时救助', '流浪救助', '医疗救助']);
    const summary = await runCli(['import', path.join(each, '三张表.txt'), '--each-table']);
    expect(summary.out).toContain('三张表.txt 第3张');
    const folder = await runCli(['import', each, '--json', '--each-table']);
    const lines = folder.out.trim().split('\n').map((line) => JSON.parse(line) as { file: string; table?: number; document: { project: string } });
    // The folder's files in the listing's order; a file's tables in theirs.
    const read = lines.map((line) => [path.basename(line.file), line.table, line.document.project]);
    expect(read.sort((one, other) => String(one[0]).localeCompare(String(other[0]), 'en') || Number(one[1]) - Number(other[1]))).toEqual([
      ['一张表.txt', undefined, '孤儿保障'],
      ['三张表.txt', 1, '临时救助'],
      ['三张表.txt', 2, '流浪救助'],
      ['三张表.txt', 3, '医疗救助'],
    ]);
  });
});
