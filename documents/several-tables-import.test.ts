/**
 * A file holding several 项目支出绩效自评表 one after another (a unit's projects in one Word document or
 * PDF): the document is the first table (or the one chosen at import), its indicators only. Before, the text reader cut at the second
 * table but the file's grid gave every table's indicators to the first project's document.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importFile, readImportedFile } from './import-file.ts';
import { readText } from './text/read-text.ts';
import { writeBlocksDocx } from './layouts/render/office.ts';
import { tabDumpBlocks } from './layouts/render/tab-dump-office.ts';
import { closePdfBrowser, findChromium, renderPdf } from './pdf/render-pdf.ts';
import { escapeHtml } from './print/render-html.ts';
import type { PerformanceDocument } from '../core/model.ts';

interface OwnTable {
  project: string;
  rows: string[][];
}

// Our own two projects of one unit: three and two indicators.
const tables: OwnTable[] = [
  {
    project: '农村道路养护',
    rows: [
      ['产出指标', '数量指标', '养护道路里程', '≥80公里', '86公里', '30', '30'],
      ['产出指标', '质量指标', '路面完好率', '≥95%', '96%', '30', '30'],
      ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '92%', '30', '30'],
    ],
  },
  {
    project: '客运站点维修',
    rows: [
      ['产出指标', '数量指标', '维修站点个数', '12个', '12个', '45', '45'],
      ['效益指标', '社会效益指标', '群众出行条件', '明显改善', '明显改善', '45', '45'],
    ],
  },
];

const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

function tabDump(): string {
  const lines = ['示范县交通运输局2023年度项目支出绩效自评结果'];
  for (const table of tables) {
    lines.push('项目支出绩效自评表', '（2023年度）', `项目名称\t${table.project}`, '主管部门\t示范县交通运输局\t实施单位\t示范县公路养护站');
    lines.push(header.join('\t'), ...table.rows.map((row) => row.join('\t')), '总分\t\t\t\t\t100\t100');
  }
  return lines.join('\n');
}

function html(): string {
  const cells = (row: readonly string[], tag: string) => row.map((text) => `<${tag}>${escapeHtml(text)}</${tag}>`).join('');
  const parts = tables.map(
    (table) => `<h2>项目支出绩效自评表</h2><p>（2023年度）</p>
      <table><tr><td>项目名称</td><td colspan="6">${escapeHtml(table.project)}</td></tr>
      <tr><td>主管部门</td><td colspan="2">示范县交通运输局</td><td>实施单位</td><td colspan="3">示范县公路养护站</td></tr>
      <tr>${cells(header, 'td')}</tr>${table.rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}
      <tr><td colspan="5">总分</td><td>100</td><td>100</td></tr></table>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 24pt; } td { border: 1px solid #000; padding: 3pt; }
  </style></head><body><p>示范县交通运输局2023年度项目支出绩效自评结果</p>${parts.join('')}</body></html>`;
}

const names = (document: PerformanceDocument) => document.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name));

function expectTableOnly(document: PerformanceDocument, index = 0): void {
  expect(document.project).toBe(tables[index]!.project);
  expect(names(document)).toEqual(tables[index]!.rows.map((row) => row[2]));
  expect(document.findings.filter((finding) => finding.code === 'several-documents')).toHaveLength(1);
}
const expectFirstTableOnly = (document: PerformanceDocument) => expectTableOnly(document);

describe('a file of several tables is read as its first table', () => {
  it('as text', () => {
    expectFirstTableOnly(readText(tabDump())!);
  });

  it('as a Word document (each table a Word table, the titles paragraphs between them)', async () => {
    const bytes = await writeBlocksDocx(tabDumpBlocks(tabDump()), { isCentredVertically: false });
    expectFirstTableOnly(await importFile({ bytes, fileName: '项目自评表.docx' }));
    // The second when chosen, its indicators from its own Word table.
    expectTableOnly(await importFile({ bytes, fileName: '项目自评表.docx', table: 1 }), 1);
    const read = await readImportedFile({ bytes, fileName: '项目自评表.docx', table: 1 });
    expect(read.tables).toEqual([
      { line: 1, kind: null },
      { line: 11, kind: 'self-evaluation' },
    ]);
    expect(read.table).toEqual({ index: 1, startLine: 11 });
  });

  const chromium = findChromium();
  describe.skipIf(!chromium)('as a PDF with borders (read by its cells, which hold no titles)', () => {
    afterAll(() => closePdfBrowser());
    it('reads the first table only, or the chosen one', async () => {
      const bytes = await renderPdf(html());
      expectFirstTableOnly(await importFile({ bytes, fileName: '项目自评表.pdf' }));
      expectTableOnly(await importFile({ bytes, fileName: '项目自评表.pdf', table: 1 }), 1);
    }, 60_000);
  });
  if (!chromium) it.skip('as a PDF: skipped, Chromium not installed (/usr/bin/chromium)', () => undefined);
});
