import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blankRunningHeads } from './running-heads.ts';
import { readText } from './read-text.ts';

const PAGE_ONE = ['        示范县文化馆预算信息公开', '', '项目支出绩效自评表', '一级指标    二级指标    三级指标', '产出指标    数量指标    送戏下乡场次', '        制表单位：示范县文化馆'];
const PAGE_TWO = ['        示范县文化馆预算信息公开', '效益指标    社会效益指标    群众参与人次', '满意度指标  服务对象满意度  观众满意度', '        制表单位：示范县文化馆'];

describe('a running head or foot on every page', () => {
  it.each([
    // (The head kept on the first page, blanked on the second; the foot blanked on both.)
    ['a letterhead over every page and a foot under it', [...PAGE_ONE, ...PAGE_TWO], [6], [5, 6, 9]],
    ['the title repeated as a print title', ['部门整体支出绩效自评表', '一级指标    二级指标', '产出指标    数量指标', '部门整体支出绩效自评表', '效益指标    社会效益指标'], [3], [3]],
    ['a table row repeated at each top (two cells): no head', ['一级指标    二级指标', '产出指标    数量指标', '一级指标    二级指标', '效益指标    社会效益指标'], [2], []],
    ['a line on one page only', ['示范县文化馆', '产出指标    数量指标', '效益指标    社会效益指标', '满意度指标  服务对象满意度'], [2], []],
    ['one page', PAGE_ONE, [], []],
  ])('%s', (_, lines, pageStarts, blanked) => {
    const result = blankRunningHeads(lines, pageStarts);
    expect(result).toHaveLength(lines.length);
    expect(result.flatMap((line, index) => (line !== lines[index] ? [index] : []))).toEqual(blanked);
    expect(result.every((line, index) => line === lines[index] || line === '')).toBe(true);
  });

  it.each(['top', 'centred'])('reads a two-page pdftotext table with a letterhead and a foot on every page as without them (cells %s)', (alignment) => {
    const text = readFileSync(path.join(import.meta.dirname, 'fixtures', `pdftotext-layout-two-pages-${alignment}.txt`), 'utf8');
    const head = `${' '.repeat(20)}兰江县司法局预算信息公开\n\n`;
    const foot = `\n${' '.repeat(24)}兰江县司法局 编制`;
    // Each page opens with the head and ends with the foot (pdftotext writes a form feed after every page's last line).
    const pages = text.split('\f');
    const withChrome = [...pages.slice(0, -1).map((page) => `${head}${page}${foot}\n`), pages.at(-1)].join('\f');
    // (Line numbers aside: the head and foot add lines.)
    const withoutLines = (document: ReturnType<typeof readText>): string => JSON.stringify(document?.goals, (key, value: unknown) => (key === 'line' ? undefined : value));
    expect(withoutLines(readText(withChrome))).toBe(withoutLines(readText(text)));
  });
});
