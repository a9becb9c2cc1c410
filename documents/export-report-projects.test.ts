/**
 * The exports of a report over several projects whose parts each hold their own 自评表 (readers-37's family, our own
 * county 农业农村局): the .xlsx holds each project's table on a sheet named by it, the .json keeps each goal's project,
 * and the .docx keeps the parts apart; a report without project tables is still refused as .xlsx.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../core/analyse.ts';
import { readDocxLines } from './docx/read-docx.ts';
import { ExportError, exportDocument } from './export.ts';
import { defaultImportLimits } from './import-error.ts';
import { importFile } from './import-file.ts';
import { buildSampleReport } from './print/sample-documents.ts';

const source = readFileSync(new URL('./layouts/fixtures/project-self-eval-report-projects-own-tables/source.txt', import.meta.url));
const report = analyseDocument(await importFile({ bytes: source, fileName: 'source.txt' }));
const projects = ['高标准农田建设项目', '农机购置补贴资金', '农村人居环境整治经费'];

/** Each sheet's cell texts, by sheet name. */
async function readSheets(bytes: Buffer): Promise<Map<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, string[]>();
  workbook.eachSheet((sheet) => {
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    sheets.set(sheet.name, texts);
  });
  return sheets;
}

describe('the exports of a report over several projects with their own tables', () => {
  it('reads the family as three projects, each goal naming its project', () => {
    expect(report.report?.projects?.map((project) => project.name)).toEqual(projects);
    expect(report.goals.map((goal) => goal.project)).toEqual(projects);
  });

  it('writes each project’s 自评表 on a sheet of its own, named by the project, with its indicators, 实际完成值, 分值 and 得分', async () => {
    const sheets = await readSheets(await exportDocument(report, 'xlsx'));
    expect([...sheets.keys()]).toEqual(projects);
    const first = sheets.get(projects[0]!)!;
    expect(first).toEqual(expect.arrayContaining(['新建高标准农田面积', '≥2000亩', '2100亩', '亩均增产粮食', '45公斤', '27']));
    expect(first).toContain(projects[0]);
    // Another project's indicators are not on it.
    expect(first).not.toContain('补贴机具数量');
    expect(sheets.get(projects[1]!)).toContain('补贴机具数量');
  });

  it('keeps each goal’s project in the .json and each project’s part in the .docx', async () => {
    const json = JSON.parse((await exportDocument(report, 'json')).toString('utf8')) as typeof report;
    expect(json.goals.map((goal) => [goal.project, goal.indicators.length])).toEqual([
      [projects[0], 5],
      [projects[1], 4],
      [projects[2], 4],
    ]);
    const lines = (await readDocxLines(await exportDocument(report, 'docx'), defaultImportLimits)).join('\n');
    const positions = projects.map((project) => lines.indexOf(project));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('still refuses a report without project tables as .xlsx', async () => {
    await expect(exportDocument(buildSampleReport(), 'xlsx')).rejects.toThrow(ExportError);
    const untagged = { ...report, goals: report.goals.map(({ project: _project, ...goal }) => goal) };
    await expect(exportDocument(untagged, 'xlsx')).rejects.toThrow(/请导出为 \.docx 或 \.pdf/);
  });
});
