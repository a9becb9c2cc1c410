import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { importFile } from '../import-file.ts';
import { defaultImportLimits } from '../import-error.ts';
import { documentFacts } from '../layouts/facts.ts';
import { splitLines } from '../text/normalize.ts';
import { markPageStarts, pdfPageLines, readPdfLines, type PdfTextItem } from './read-pdf.ts';

const HEIGHT = 10;
/** A text item as pdf.js gives it: x from the left, y up from the page foot, CJK one em wide, a digit half. */
const item = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: [...text].reduce((sum, character) => sum + (/[\x20-\x7e]/.test(character) ? HEIGHT / 2 : HEIGHT), 0),
  height: HEIGHT,
});
/** A table without borders as LibreOffice prints a Word table: rows 14.3 pt apart, a cell's second line as far below its first. */
const LINE = 14.3;
const columns = { number: 78, level2: 133, name: 200, target: 266, actual: 322 };

describe('a PDF table without borders read into lines', () => {
  it('puts a cell wrapped over lines back into its row, where the line before the break was full', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('项目支出绩效目标表', 72, top + 2 * LINE),
        item('序号', columns.number, top), item('二级指标', columns.level2, top), item('指标名称', columns.name, top), item('指标值', columns.target, top),
        // 更新公交候 fills its column (five characters): 车亭数量 goes on under it, though the next row is as near.
        item('1', columns.number, top - LINE), item('数量指标', columns.level2, top - LINE), item('更新公交候', columns.name, top - LINE), item('≥45个', columns.target, top - LINE),
        item('车亭数量', columns.name, top - 2 * LINE),
        item('2', columns.number, top - 3 * LINE), item('质量指标', columns.level2, top - 3 * LINE), item('设施验收合', columns.name, top - 3 * LINE), item('≥98%', columns.target, top - 3 * LINE),
        item('格率', columns.name, top - 4 * LINE),
        item('3', columns.number, top - 5 * LINE), item('时效指标', columns.level2, top - 5 * LINE), item('完工时间', columns.name, top - 5 * LINE), item('10月', columns.target, top - 5 * LINE),
      ],
    ]);
    expect(lines).toEqual([
      '项目支出绩效目标表',
      '序号\t二级指标\t指标名称\t指标值',
      '1\t数量指标\t更新公交候车亭数量\t≥45个',
      '2\t质量指标\t设施验收合格率\t≥98%',
      '3\t时效指标\t完工时间\t10月',
    ]);
  });

  it('leaves a line that no full cell line goes on in as it stands: a note under the table, a short last name', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('序号', columns.number, top), item('二级指标', columns.level2, top), item('指标名称', columns.name, top), item('指标值', columns.target, top),
        item('1', columns.number, top - LINE), item('质量指标', columns.level2, top - LINE), item('设施验收合', columns.name, top - LINE), item('≥98%', columns.target, top - LINE),
        item('格率', columns.name, top - 2 * LINE),
        item('2', columns.number, top - 3 * LINE), item('时效指标', columns.level2, top - 3 * LINE), item('完工时间', columns.name, top - 3 * LINE), item('10月', columns.target, top - 3 * LINE),
        // Under 完工时间, which ended a character short of its column: a line of its own.
        item('另行说明', columns.name, top - 4 * LINE),
      ],
    ]);
    expect(lines.at(-1)).toBe('另行说明');
    expect(lines).toContain('1\t质量指标\t设施验收合格率\t≥98%');
  });

  it('closes a bracket the cell above opened: 绩效指标（90 and 分）are one label', () => {
    const top = 700;
    const at = { label: 78, level1: 150, level2: 210, target: 270 };
    const lines = pdfPageLines([
      [
        item('绩效指标（90', at.label, top), item('一级指标', at.level1, top), item('二级指标', at.level2, top), item('指标值', at.target, top),
        item('分）', at.label, top - LINE),
        item('产出指标', at.level1, top - 2 * LINE), item('数量指标', at.level2, top - 2 * LINE), item('≥45个', at.target, top - 2 * LINE),
        item('效益指标', at.level1, top - 3 * LINE), item('社会效益', at.level2, top - 3 * LINE), item('提升', at.target, top - 3 * LINE),
      ],
    ]);
    expect(lines[0]).toBe('绩效指标(90分)\t一级指标\t二级指标\t指标值');
    expect(lines[1]).toBe('产出指标\t数量指标\t≥45个');
  });

  // Made by scripts/make-borderless-pdf-fixtures.ts: our own 自评表 as a Word table without borders, saved as PDF by LibreOffice.
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  const factsOf = async (fileName: string, bytes: Buffer) => documentFacts(analyseDocument(await importFile({ fileName, bytes })));

  it('reads a real borderless print, cells at the top, as its tab dump reads: budget row and every indicator whole', async () => {
    const lines = await readPdfLines(fixture('borderless-self-evaluation-top.pdf'), defaultImportLimits);
    expect(lines).toContain('产出指标\t数量指标\t维修改造灌溉渠道长度\t≥12公里\t12.4公里\t20\t20');
    expect(lines).toContain('效益指标\t社会效益指标\t受益农田灌溉面积保障\t≥3600亩\t3720亩\t20\t20');
    const source = await factsOf('自评表.txt', fixture('borderless-self-evaluation.txt'));
    const read = await factsOf('自评表.pdf', fixture('borderless-self-evaluation-top.pdf'));
    const compared = [...source].filter(([key]) => key.startsWith('indicator') || key.startsWith('budget.') || key === 'unit' || key === 'project');
    expect(compared.length).toBeGreaterThanOrEqual(40);
    expect(compared.filter(([key, value]) => read.get(key) !== value)).toEqual([]);
  });

  it('blanks the running head of a table over pages, and its page numbers, for the text readers', async () => {
    // Our own long 自评表 over two pages: a unit's name printed at the head of each, "第 N 页 共 M 页" at each foot.
    const head = '河湾镇农业农村综合服务中心绩效自评材料';
    const lines = await readPdfLines(fixture('borderless-long-self-evaluation.pdf'), defaultImportLimits);
    expect(lines.filter((line) => line === head)).toHaveLength(2);
    const read = splitLines(markPageStarts(lines).join('\n'));
    // Kept on the first page, where it may be the title; gone where it stood between the table's rows.
    expect(read.filter((line) => line === head)).toHaveLength(1);
    expect(read.findIndex((line) => line === head)).toBe(0);
    expect(read.filter((line) => /第\s*\d+\s*页/.test(line))).toEqual([]);
    expect(read.filter((line) => line.includes('社会效益指标'))).toHaveLength(1);
  });
});
