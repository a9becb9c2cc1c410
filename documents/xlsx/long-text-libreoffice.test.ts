/**
 * Long prose in .xlsx as a reader sees it: the workbook is rendered by LibreOffice to PDF and every
 * paragraph of 部门职能概述 and 年度整体绩效目标 must be found whole in the PDF's text layer. Rows too
 * short for their text make LibreOffice draw it over the rows below, and the text layer then
 * interleaves it with its neighbours; this test failed with the fixed 210/330-point rows.
 * Skips (saying so) where LibreOffice or pdftotext is not installed (.ci/run installs both).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { exportDocument } from '../export.ts';
import { buildSampleApprovalTable, buildSampleTargetTable } from '../print/sample-documents.ts';

function isInstalled(command: string, versionFlag: string): boolean {
  return spawnSync(command, [versionFlag], { stdio: 'ignore' }).status === 0;
}

const canRender = isInstalled('libreoffice', '--version') && isInstalled('pdftotext', '-v');
if (!canRender) {
  console.warn('跳过 .xlsx 长文本渲染测试：未安装 LibreOffice 或 pdftotext（apt-get install libreoffice-calc-nogui poppler-utils）');
}

const workDirectory = mkdtempSync(path.join(os.tmpdir(), 'jixiao-xlsx-render-'));
afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

/** The PDF text layer (pdftotext's reading order) of `document` exported to .xlsx and printed by LibreOffice. */
async function renderXlsxText(document: PerformanceDocument, name: string): Promise<string> {
  const xlsxPath = path.join(workDirectory, `${name}.xlsx`);
  writeFileSync(xlsxPath, await exportDocument(document, 'xlsx'));
  // A profile of its own, so a LibreOffice already running elsewhere cannot take the job.
  const profile = pathToFileURL(path.join(workDirectory, 'profile')).href;
  execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDirectory, xlsxPath], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdfPath = path.join(workDirectory, `${name}.pdf`);
  return execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Paragraphs of prose in the length and mix of the official forms (CJK, digits, Latin, full-width marks). */
function buildProse(paragraphs: number, seed: string): string {
  const phrases = [
    `围绕${seed}年度重点任务，健全“统一指挥、分级负责”的工作机制，`,
    '全年开展专项检查 36 次、培训 1200 人次，',
    '推进 110 接处警与 12345 热线联动（含夜间值守），',
    '完善考核办法，确保各项指标按期完成；',
    '强化经费保障与绩效监控，提升资金使用效益。',
  ];
  return Array.from({ length: paragraphs }, (_, index) =>
    `（${index + 1}）` + Array.from({ length: 3 + (index % 4) }, (__, part) => phrases[(index + part) % phrases.length]).join(''),
  ).join('\n');
}

function expectEveryParagraph(pdfText: string, prose: string): void {
  const flat = squeeze(pdfText);
  for (const paragraph of prose.split('\n')) expect(flat).toContain(squeeze(paragraph));
}

describe.skipIf(!canRender)('long prose in .xlsx rendered by LibreOffice', () => {
  it('prints the whole 部门职能职责概述 and 整体绩效目标 of a target table', async () => {
    const document = buildSampleTargetTable();
    document.functions = buildProse(14, '职能');
    document.overallGoal = buildProse(22, '目标');
    const text = await renderXlsxText(document, 'target-table');
    expectEveryParagraph(text, document.functions);
    expectEveryParagraph(text, document.overallGoal);
  }, 240_000);

  it('prints the whole 部门职能概述 and 年度整体绩效目标 of an approval table', async () => {
    const document = buildSampleApprovalTable();
    document.functions = buildProse(9, '批复');
    document.overallGoal = buildProse(12, '整体');
    const text = await renderXlsxText(document, 'approval-table');
    expectEveryParagraph(text, document.functions);
    expectEveryParagraph(text, document.overallGoal);
  }, 240_000);
});
