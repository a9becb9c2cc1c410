import { describe, expect, it } from 'vitest';
import { groupLines, splitCells } from '../pdf/read-pdf.ts';
import { correctOcrText, parseTesseractTsv, toPdfTextItems } from './tesseract-tsv.ts';

const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
/** A TSV row: level 4 (line) or 5 (word), box in pixels. */
const row = (level: 4 | 5, box: [number, number, number, number], confidence = -1, text = '') => [level, 1, 1, 1, 1, 1, ...box, confidence, text].join('\t');

describe('tesseract TSV → positioned text items', () => {
  // One line of a table row at 300 dpi: 数量指标 (two words 4 pixels apart), a wide gap, then ≥45公里 (words 6 pixels apart).
  const tsv = [
    header,
    '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
    row(4, [300, 1000, 700, 40]),
    row(5, [300, 1004, 60, 32], 96, '数量'),
    row(5, [364, 1004, 60, 32], 95, '指标'),
    row(5, [800, 1000, 40, 40], 91, '≥45'),
    row(5, [846, 1006, 60, 30], 93, '公里'),
    row(5, [950, 1020, 10, 12], 8, '|'),
    row(4, [300, 1100, 200, 40]),
    row(5, [300, 1100, 90, 40], 90, 'PPP'),
    row(5, [400, 1100, 100, 40], 90, 'Project'),
  ].join('\n');

  it('reads the words with their confidence and their line, leaving structure rows out', () => {
    const words = parseTesseractTsv(tsv);
    expect(words.map((word) => word.text)).toEqual(['数量', '指标', '≥45', '公里', '|', 'PPP', 'Project']);
    expect(words[0]).toMatchObject({ confidence: 96, box: { left: 300, top: 1004, width: 60, height: 32 }, line: { top: 1000, height: 40 } });
  });

  it('gives points with y up, each word on its line\'s foot; close words are one item, unsure ones dropped', () => {
    const items = toPdfTextItems(parseTesseractTsv(tsv), { height: 3508, dpi: 300 });
    expect(items.map((item) => item.text)).toEqual(['数量指标', '≥45公里', 'PPP Project']);
    const [first] = items;
    expect(first!.x).toBeCloseTo(72, 5);
    expect(first!.y).toBeCloseTo(((3508 - 1040) * 72) / 300, 5);
    expect(first!.height).toBeCloseTo(9.6, 5);
    expect(first!.width).toBeCloseTo((124 * 72) / 300, 5);
  });

  it('the items read as the PDF reader reads a PDF\'s: one line, two cells', () => {
    const items = toPdfTextItems(parseTesseractTsv(tsv), { height: 3508, dpi: 300 });
    const lines = groupLines(items);
    expect(lines).toHaveLength(2);
    expect(splitCells(lines[0]!).map((cell) => cell.map((item) => item.text).join(''))).toEqual(['数量指标', '≥45公里']);
  });

  it('puts right what chi_sim is known to misread in values, and nothing else', () => {
    expect(['三45公里', '949%6', '96.559%6', '三年', '99%', '<18万元'].map(correctOcrText)).toEqual(['≥45公里', '94%', '96.55%', '三年', '99%', '<18万元']);
  });

  it('puts right a % with its ring read after it and full-width brackets read as angle brackets', () => {
    expect(['98.97%6', '项目资金〈万元)', '部门〈单位〉名称', '《预算法》'].map(correctOcrText)).toEqual(['98.97%', '项目资金（万元)', '部门（单位）名称', '《预算法》']);
  });

  it('puts a Chinese comma or semicolon read as Latin back, and leaves one between figures', () => {
    expect(['运营,上门助餐', '一是;二是', '1,200', 'PPP,BOT'].map(correctOcrText)).toEqual(['运营，上门助餐', '一是；二是', '1,200', 'PPP,BOT']);
  });

  it('keeps two figures side by side apart (two cells\' values), as it joins Latin words with a space', () => {
    const words = [header, row(4, [0, 0, 400, 40]), row(5, [0, 4, 40, 30], 90, '10'), row(5, [60, 4, 60, 30], 90, '99%'), row(5, [200, 4, 40, 30], 90, 'PPP'), row(5, [250, 4, 40, 30], 90, '项目')];
    expect(toPdfTextItems(parseTesseractTsv(words.join('\n')), { height: 1000, dpi: 300 }).map((item) => item.text)).toEqual(['10', '99%', 'PPP项目']);
  });

  it('a ≥ read 三 as a word of its own before its number is put right too', () => {
    const words = [header, row(4, [0, 0, 400, 40]), row(5, [0, 4, 30, 30], 90, '三'), row(5, [60, 0, 80, 40], 90, '45公里'), row(5, [300, 0, 30, 30], 90, '三'), row(5, [340, 0, 30, 30], 90, '年')];
    expect(toPdfTextItems(parseTesseractTsv(words.join('\n')), { height: 1000, dpi: 300 }).map((item) => item.text)).toEqual(['≥', '45公里', '三年']);
  });

  it('ignores rows that are not TSV (a warning printed on stdout) and words with no text', () => {
    expect(parseTesseractTsv(`Warning: Invalid resolution 0 dpi.\n${header}\n${row(5, [1, 1, 1, 1], 90, ' ')}\n${row(5, [1, 2, 'x' as unknown as number, 1], 90, '字')}`)).toEqual([]);
  });
});
