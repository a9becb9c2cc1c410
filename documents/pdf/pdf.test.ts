import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../export.ts';
import { defaultImportLimits, ImportError } from '../import-error.ts';
import { buildSampleReport, buildSampleSelfEvaluation } from '../print/sample-documents.ts';
import { normalizePdfText, pdfPageLines, readPdfLines } from './read-pdf.ts';
import { closePdfBrowser, findChromium, PdfUnavailableError } from './render-pdf.ts';

const chromium = findChromium();
if (!chromium)
  console.log(
    'PDF export tests skipped: Chromium is not installed (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)',
  );

/** Chromium renders slowly on a loaded shared machine (30 s for one export, BENCHMARKS.md); nothing here is timed. */
const renderTimeout = { timeout: 180_000 };

describe('PDF export', () => {
  afterAll(closePdfBrowser);

  it('says in Chinese that Chromium is missing when it is', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      await expect(exportDocument(buildSampleSelfEvaluation(), 'pdf')).rejects.toThrow(PdfUnavailableError);
      await expect(exportDocument(buildSampleSelfEvaluation(), 'pdf')).rejects.toThrow(
        '未安装 Chromium，无法导出 PDF：请安装 chromium 或改用 .docx/.xlsx',
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it.skipIf(!chromium)('renders a self-evaluation whose text layer reads back', renderTimeout, async () => {
    const document = buildSampleSelfEvaluation(8);
    const bytes = await exportDocument(document, 'pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await readPdfLines(bytes, defaultImportLimits)).join('\n');
    expect(text).toContain(document.unit);
    expect(text).toContain('偏差原因分析及改进措施');
  });

  it.skipIf(!chromium)('renders the evaluation report with its section headings', renderTimeout, async () => {
    const text = (
      await readPdfLines(await exportDocument(buildSampleReport(), 'pdf'), defaultImportLimits)
    ).join('\n');
    expect(text).toContain('一、部门基本情况');
    expect(text).toContain('十、其他需要说明的情况');
  });
});

describe('PDF text layer', () => {
  it('puts items on one baseline into one line, a wide gap as a tab', () => {
    const item = (text: string, x: number, y: number) => ({
      text,
      x,
      y,
      width: text.length * 10,
      height: 10,
    });
    expect(
      pdfPageLines([
        [item('分值', 300, 100), item('一级指标', 10, 100.5), item('指标', 50, 100), item('标题', 10, 200)],
      ]),
    ).toEqual(['标题', '一级指标指标\t分值']);
  });

  it('folds Kangxi and supplement radicals to the characters typed', () => {
    expect(normalizePdfText('甲⽅部⻔⺠警')).toBe('甲方部门民警');
  });
});

describe('PDF import guards', () => {
  it('refuses a password-protected PDF (made by LibreOffice with an open password)', async () => {
    const bytes = readFileSync(new URL('./fixtures/password-protected.pdf', import.meta.url));
    const error = await readPdfLines(bytes, defaultImportLimits).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('encrypted');
    expect((error as ImportError).message).toContain('密码');
  });

  it.skipIf(!chromium)('refuses a PDF with more pages than the limit', renderTimeout, async () => {
    const bytes = await exportDocument(buildSampleSelfEvaluation(60), 'pdf');
    const error = await readPdfLines(bytes, { ...defaultImportLimits, maxPages: 1 }).catch(
      (caught: unknown) => caught,
    );
    expect((error as ImportError).code).toBe('too-many-rows');
  });
});
