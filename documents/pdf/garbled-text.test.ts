import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { ImportError, importFile } from '../import-file.ts';
import { findOcrTools } from '../ocr/read-scanned-pdf.ts';
import { isGarbledText } from './scanned-pdf.ts';

const tools = await findOcrTools();

describe('a text layer of glyph numbers instead of characters', () => {
  it.each([
    ['glyph numbers read as characters, over every CJK block', '걸泘䶺⭴簔䷞舅陁辑곀䵲锘䴙袿뙯䷖羴蹞鹱䲤獰䱷鏳㵾遧嵋齉䰿'],
    ['glyph numbers falling in the main block only', '瓵嫼鎯鬯爔鏾蘡籑巇觿鸙豶鼆躞爟鑨瓕鬞麷灪齾鱺鸑'],
    ['a small subset font’s glyph numbers, on control characters', '\u0003\u0011\u0005\u0012\u0007\u0003\u0014\u0008\u0015\u0016\u0002\u0003\u0017\u0018\u0004\u0019\u001a\u0006\u001b\u000e\u001c'],
  ])('is garbled: %s', (_case, text) => {
    expect(isGarbledText(text)).toBe(true);
  });

  it.each([
    ['a performance table’s text', '项目支出绩效自评表项目名称警用车辆更新主管部门青禾县公安局年度资金总额产出指标数量指标'],
    ['Chinese that is no performance document (a meeting notice)', '各单位：定于本周五上午十时在机关小会议室召开工作会议，请准时参加，不得缺席。'],
    ['another language', 'Meeting notice: the committee meets on Friday at ten in the small hall.'],
    ['too few characters to tell', '鬯爔鏾'],
  ])('is not garbled: %s', (_case, text) => {
    expect(isGarbledText(text)).toBe(false);
  });
});

describe('a PDF whose fonts lost their character codes', () => {
  // Our sideways 自评表 (page-orientation.test.ts) with every font's ToUnicode map blanked out: pdf.js then gives
  // the glyph numbers of Chromium's CFF fonts as characters.
  const sideways = readFileSync(new URL('./fixtures/sideways-self-evaluation.pdf', import.meta.url));
  const garbled = Buffer.from(sideways.toString('latin1').replace(/\/ToUnicode \d+ 0 R/g, (map) => ' '.repeat(map.length)), 'latin1');
  const configured = process.env.TESSERACT_PATH;
  afterEach(() => {
    if (configured === undefined) delete process.env.TESSERACT_PATH;
    else process.env.TESSERACT_PATH = configured;
  });

  it('says its text comes out garbled, and what to upload instead, where OCR is unavailable', async () => {
    process.env.TESSERACT_PATH = '/nonexistent/tesseract';
    const error = await importFile({ fileName: '自评表.pdf', bytes: garbled }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('no-text');
    expect((error as ImportError).message).toMatch(/^“自评表\.pdf”中的文字提取出来是乱码.*无法改用文字识别.*请上传原始的 Excel、Word 文件/);
  });

  it.skipIf('missing' in tools)('reads it by OCR from the page’s picture where tesseract is installed', { timeout: 120_000 }, async () => {
    const document = analyseDocument(await importFile({ fileName: '自评表.pdf', bytes: garbled }));
    expect([document.kind, document.unit, document.project]).toEqual(['self-evaluation', '青禾县公安局', '警用车辆更新']);
    expect(document.goals.flatMap((goal) => goal.indicators).length).toBeGreaterThanOrEqual(4);
    expect(document.findings.map((finding) => finding.code)).toContain('ocr-read');
  });
});
