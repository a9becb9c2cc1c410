/**
 * The import review through real worker threads (as the server runs it), not the in-process work
 * of the other route tests: findings are worded lazily in core (core/checks/indicator-finding.ts)
 * and a structured clone between threads keeps only own fields, so every answer must carry each
 * finding's message and path. Once, saving a mapped 考核分 column answered findings without them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, hasSofficeComponent } from '../../documents/legacy-office/convert-legacy-office.ts';
import { tableOfd } from '../../documents/ofd/ofd-testing.ts';
import { buildReviewFixtureXlsx } from '../../test-support/import-review-fixtures.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

const scoreColumn = 6;
const soffice = findSoffice();
const hasCalc = soffice !== null && hasSofficeComponent(soffice, 'calc');
if (!hasCalc) console.log('import review through worker threads: LibreOffice Calc not found, the old .xls preview is skipped');

function expectWordedFindings(findings: Array<Record<string, unknown>>): void {
  for (const finding of findings) {
    expect(typeof finding.message, JSON.stringify(finding)).toBe('string');
    expect(typeof finding.path, JSON.stringify(finding)).toBe('string');
  }
}

describe('import review through worker threads', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ dialect: 'sqlite', withWorkerPool: true });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('answers every finding worded, on preview and on save', async () => {
    const { headers } = await testApp.signIn('police-filler');
    const file = { fileName: '自评表.xlsx', contentBase64: (await buildReviewFixtureXlsx()).toString('base64') };
    const corrections = { columnRoles: [{ column: scoreColumn, role: 'score' }] };
    const preview = await testApp.app.inject({ method: 'POST', url: '/api/import-review/preview', headers, payload: { ...file, corrections } });
    expect(preview.statusCode).toBe(200);
    expectWordedFindings(preview.json().findings);
    const saved = await testApp.app.inject({
      method: 'POST',
      url: '/api/import-review/save',
      headers,
      payload: { ...file, corrections, layout: { name: '公安局自评表（考核分）', scope: 'organisation' } },
    });
    expect(saved.statusCode).toBe(201);
    const { findings } = saved.json() as { findings: Array<Record<string, unknown>> };
    expect(findings.length).toBeGreaterThan(0);
    expectWordedFindings(findings);
  }, 120_000);

  // saxes and parse5 are loaded on first use, in the worker that reads the file (saxes for the .ofd too).
  it('previews an XML Spreadsheet named .xls, a single file web page, a Word XML .doc and an .ofd, read in the worker without LibreOffice', async () => {
    const { headers } = await testApp.signIn('police-filler');
    const rows = [
      ['2025年度项目支出绩效目标表'],
      ['项目名称', '示范巡逻装备购置'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '巡逻车辆购置数', '≥6辆'],
      ['产出指标', '质量指标', '装备验收合格率', '100%'],
      ['效益指标', '社会效益指标', '群众安全感', '≥95%'],
    ];
    const cell = (text: string) => `<Cell><Data ss:Type="String">${text}</Data></Cell>`;
    const xml = `<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="表"><Table>${rows
      .map((row) => `<Row>${row.map(cell).join('')}</Row>`)
      .join('')}</Table></Worksheet></Workbook>`;
    const html = `<html><body><table>${rows.map((row) => `<tr>${row.map((text) => `<td>${text}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    const mht = ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="part"', '', '--part', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: base64', '', Buffer.from(html).toString('base64'), '--part--', ''].join('\r\n');
    const wordXml = `<?xml version="1.0"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:tbl>${rows
      .map((row) => `<w:tr>${row.map((text) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`)
      .join('')}</w:tbl></w:body></w:wordDocument>`;
    // An .ofd: the same table drawn with borders, read through the PDF reader's table reading.
    const ofd = tableOfd({ title: rows[0]![0]!, rows: rows.slice(1) });
    for (const [fileName, content] of [['导出.xls', xml], ['目标表.mht', mht], ['导出.doc', wordXml], ['归档目标表.ofd', ofd]] as const) {
      const preview = await testApp.app.inject({ method: 'POST', url: '/api/import-review/preview', headers, payload: { fileName, contentBase64: Buffer.from(content).toString('base64') } });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json(), fileName).toMatchObject({ totals: { indicators: 3 } });
    }
  }, 120_000);

  it('previews OpenDocument files (.ods, .odt) and a macro-enabled workbook, read in the worker as they are', async () => {
    const { headers } = await testApp.signIn('police-filler');
    const fixtures = path.join(import.meta.dirname, '../../documents/odf/fixtures');
    for (const fileName of ['own-dept-target-table.ods', 'own-dept-target-table.odt', 'own-dept-target-table.xlsm']) {
      const bytes = readFileSync(path.join(fixtures, fileName));
      const preview = await testApp.app.inject({ method: 'POST', url: '/api/import-review/preview', headers, payload: { fileName, contentBase64: bytes.toString('base64') } });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json(), fileName).toMatchObject({ totals: { indicators: 10 }, unitCheck: { fileUnit: '示范县水利局', isMismatch: true } });
    }
  }, 120_000);

  // The conversion's child process is started from a worker thread, as the server runs it.
  it.skipIf(!hasCalc)('previews an old .xls, converted by LibreOffice in the worker', async () => {
    const { headers } = await testApp.signIn('police-filler');
    const bytes = readFileSync(path.join(import.meta.dirname, '../../documents/legacy-office/fixtures/own-dept-target-table.xls'));
    const preview = await testApp.app.inject({ method: 'POST', url: '/api/import-review/preview', headers, payload: { fileName: '水利局目标表.xls', contentBase64: bytes.toString('base64') } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ totals: { indicators: 10 }, unitCheck: { fileUnit: '示范县水利局', isMismatch: true } });
  }, 120_000);
});
