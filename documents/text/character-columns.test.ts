import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { documentFacts } from '../layouts/facts.ts';
import { displayWidth } from '../grid/cell-text.ts';
import { isPlacedInCharacters, widenCharacterColumns } from './character-columns.ts';
import { readText } from './read-text.ts';

/** Real `pdftotext -layout` of a table of our own (scripts/make-pdftotext-fixtures.ts), and its tab dump. */
const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const SOURCE = fixture('pdftotext-source-self-evaluation.txt');

/** A document's indicator facts (levels, name, values, weight, score), spaces dropped (pdftotext puts one between a figure and its unit). */
function indicatorFacts(text: string): Map<string, string> {
  const document = readText(text);
  expect(document).not.toBeNull();
  const facts = documentFacts(analyseDocument(document as NonNullable<typeof document>));
  return new Map([...facts].filter(([key]) => key.startsWith('indicator')).map(([key, value]) => [key, value.replace(/\s+/g, '')]));
}

/** Pieces at character places, as pdftotext writes them: each at its place, a CJK character one place. */
function inCharacterPlaces(rows: ReadonlyArray<ReadonlyArray<{ text: string; place: number }>>): string[] {
  return rows.map((row) => {
    let line = '';
    for (const piece of row) line += `${' '.repeat(Math.max(piece.place - [...line].length, line === '' ? 0 : 2))}${piece.text}`;
    return line;
  });
}

describe('pdftotext -layout text placed in characters', () => {
  it.each([
    ['cells centred in their rows', 'pdftotext-layout-self-evaluation-centred.txt'],
    ['cells at the top of their rows', 'pdftotext-layout-self-evaluation-top.txt'],
  ])('reads every indicator of a LibreOffice PDF’s table (%s) as its tab dump does', (_, name) => {
    const expected = indicatorFacts(SOURCE);
    expect(expected.size).toBeGreaterThan(40);
    expect(Object.fromEntries(indicatorFacts(fixture(name)))).toEqual(Object.fromEntries(expected));
  });

  it('tells a text placed in characters from one padded in display columns', () => {
    expect(isPlacedInCharacters(fixture('pdftotext-layout-self-evaluation-centred.txt').split('\n'))).toBe(true);
    // The same rows padded by display width (a CJK character two columns), as a program's fixed-width dump is.
    const rows = [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '新建供水管网长度', '≥46公里'],
      ['', '', '更换水表数量', '≥1800块'],
      ['', '质量指标', '水质检测合格率', '≥98%'],
      ['效益指标', '社会效益指标', '受益农村人口', '≥2.6万人'],
      ['', '可持续影响指标', '管护机制', '健全'],
      ['满意度指标', '服务对象满意度', '受益群众满意度', '≥90%'],
    ];
    const padded = rows.map((row) => row.map((cell) => cell + ' '.repeat(18 - displayWidth(cell))).join('').trimEnd());
    expect(isPlacedInCharacters(padded)).toBe(false);
    expect(widenCharacterColumns(padded)).toEqual(padded);
  });

  // Places 0, 6, 12, 22 on every line (a CJK character one place).
  const at = (...cells: Array<[number, string]>) => cells.map(([place, text]) => ({ place, text }));
  const PAGE_ONE = inCharacterPlaces([
    at([0, '一级指标'], [6, '二级指标'], [12, '三级指标'], [22, '指标值']),
    at([0, '产出指标'], [6, '数量指标'], [12, '新建管网长度'], [22, '≥46公里']),
    at([12, '更换水表数量'], [22, '≥1800块']),
    at([12, '维修泵站'], [22, '≥3座']),
    at([6, '时效指标'], [12, '完工时间'], [22, '11月底前']),
    at([6, '成本指标'], [12, '单位造价'], [22, '≤60万元']),
    at([0, '效益指标'], [6, '社会效益'], [12, '受益人口'], [22, '≥2.6万人']),
  ]);

  it('puts each piece at twice its place and parts two Chinese words a single space parts where a column starts', () => {
    // The last row drifted to single spaces, its name a place left of the column the lines above share.
    const lines = [
      ...PAGE_ONE,
      '      质量指标 出厂水质检测合格率 ≥98%',
    ];
    const widened = widenCharacterColumns(lines);
    expect(widened[0]).toBe(`一级指标${' '.repeat(4)}二级指标${' '.repeat(4)}三级指标${' '.repeat(12)}指标值`);
    expect(widened[2]).toBe(`${' '.repeat(24)}更换水表数量${' '.repeat(8)}≥1800块`);
    expect(widened[7]).toBe(`${' '.repeat(12)}质量指标${' '.repeat(4)}出厂水质检测合格率 ≥98%`);
    // (Too few lines to tell: the text comes back as it was.)
    expect(widenCharacterColumns(lines.slice(0, 3))).toEqual(lines.slice(0, 3));
  });

  it.each([
    // A cell spaced inside ("数量 指标"): no column starts near its second word, so the space is the cell's.
    ['a cell spaced inside stays one piece', at([6, '数量 指标'], [13, '管网长度'], [22, '≥46公里']), `${' '.repeat(12)}数量 指标${' '.repeat(3)}管网长度${' '.repeat(12)}≥46公里`],
    // A name a place right of its column (pdftotext rounds a long CJK run before it): moved onto the column.
    ['a piece a place off its column moved onto it', at([0, '满意度指'], [6, '服务对象'], [13, '受益群众'], [23, '≥90%']), `满意度指${' '.repeat(4)}服务对象${' '.repeat(4)}受益群众${' '.repeat(12)}≥90%`],
    // Two places off, none nearer: moved too; three places off: left where it is.
    ['two places off moved', at([14, '受益群众']), `${' '.repeat(24)}受益群众`],
    ['three places off left', at([15, '受益群众']), `${' '.repeat(30)}受益群众`],
  ])('lines a row up with the columns the lines near it share: %s', (_, row, expected) => {
    const widened = widenCharacterColumns([...PAGE_ONE, ...inCharacterPlaces([row])]);
    expect(widened.at(-1)).toBe(expected);
  });

  it('moves a page’s columns onto the page’s before it (pdftotext’s margin moved at the form feed)', () => {
    // Page two's every column two places left of page one's (the form feed itself takes no place).
    const pageTwo = inCharacterPlaces([
      at([4, '成本指标'], [10, '单位造价'], [20, '≤60万元']),
      at([10, '运维费用'], [20, '≤8万元']),
      at([4, '质量指标'], [10, '水质合格率'], [20, '≥98%']),
    ]);
    const widened = widenCharacterColumns([...PAGE_ONE, `\f${pageTwo[0] as string}`, ...pageTwo.slice(1)]);
    expect(widened.slice(PAGE_ONE.length)).toEqual([
      `\f${' '.repeat(12)}成本指标${' '.repeat(4)}单位造价${' '.repeat(12)}≤60万元`,
      `${' '.repeat(24)}运维费用${' '.repeat(12)}≤8万元`,
      `${' '.repeat(12)}质量指标${' '.repeat(4)}水质合格率${' '.repeat(10)}≥98%`,
    ]);
    // Page one's lines as they were widened alone.
    expect(widened.slice(0, PAGE_ONE.length)).toEqual(widenCharacterColumns(PAGE_ONE));
  });

  it('matches a page set at another scale onto the page before, column by column (a figure column never onto a text column)', () => {
    // Page one's columns at 0, 6, 12, 22, 30 (分值) and 36 (偏差原因, text); page two's grid narrower (pdftotext sets each
    // page's own), its columns at 0, 5, 10, 18, 25: no one shift lines them up. Normalised lines keep no form feed: the page
    // is named by its line.
    const pageOne = inCharacterPlaces([
      at([0, '一级指标'], [6, '二级指标'], [12, '三级指标'], [22, '指标值'], [30, '分值'], [36, '偏差原因']),
      at([0, '产出指标'], [6, '数量指标'], [12, '新建管网长度'], [22, '≥46公里'], [30, '15'], [36, '受雨季影响']),
      at([12, '更换水表数量'], [22, '≥1800块'], [30, '10'], [36, '推迟两周']),
      at([6, '时效指标'], [12, '完工时间'], [22, '11月底前'], [30, '10'], [36, '已完成']),
      at([6, '成本指标'], [12, '单位造价'], [22, '≤60万元'], [30, '10']),
    ]);
    const pageTwo = inCharacterPlaces([
      at([5, '质量指标'], [10, '水质合格率'], [18, '≥98%'], [25, '15']),
      at([10, '管网合格率'], [18, '=100%'], [25, '10']),
      at([0, '效益指标'], [5, '社会效益'], [10, '受益人口'], [18, '≥2.6万人'], [25, '20']),
      at([5, '可持续影响'], [10, '管护机制'], [18, '健全'], [25, '10']),
    ]);
    const widened = widenCharacterColumns([...pageOne, ...pageTwo], [pageOne.length]);
    const startOf = (line: string, text: string): number => displayWidth(line.slice(0, line.indexOf(text)));
    const pageTwoLines = widened.slice(pageOne.length);
    // Each line's 分值 (its last piece) under page one's 分值, not under 偏差原因.
    const lastStart = (line: string): number => displayWidth(line.slice(0, line.lastIndexOf(line.trim().split(/\s{2,}/).at(-1) as string)));
    expect(pageTwoLines.map(lastStart)).toEqual([60, 60, 60, 60]);
    expect(startOf(pageTwoLines[0] as string, '质量指标')).toBe(12);
    expect(startOf(pageTwoLines[1] as string, '管网合格率')).toBe(24);
    expect(startOf(pageTwoLines[2] as string, '≥2.6万人')).toBe(44);
    expect(widened.slice(0, pageOne.length)).toEqual(widenCharacterColumns(pageOne));
  });

  it.each([
    ['cells at the top of their rows', 'pdftotext-layout-two-pages-top.txt'],
    ['cells centred in their rows', 'pdftotext-layout-two-pages-centred.txt'],
  ])('reads the rows after a page break as the tab dump does (page two on its own grid, a row the page cut: %s)', (_, name) => {
    // Real pdftotext of family dept-self-eval-hunan-tabs (bench/pdftotext-real.ts): page two starts with the last
    // character of a name the page cut (法律援助案件按期办结率), its columns two to six places left of page one's.
    const source = readFileSync(path.join(import.meta.dirname, '../layouts/fixtures/dept-self-eval-hunan-tabs/source.txt'), 'utf8');
    const pageTwo = ['法律援助案件按期办结率', '公用经费控制', '矛盾纠纷化解率', '受援群众满意度'];
    const onPageTwo = (facts: Map<string, string>): Record<string, string> =>
      Object.fromEntries([...facts].filter(([key]) => pageTwo.some((indicator) => key.startsWith(`indicator[${indicator}]`))));
    const expected = onPageTwo(indicatorFacts(source));
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(24);
    expect(onPageTwo(indicatorFacts(fixture(name)))).toEqual(expected);
  });

  it('lines up in display columns every column that lines up in characters (property)', () => {
    const cell = fc.stringMatching(/^[一-龥]{1,6}$|^[0-9.%≥]{1,6}$/);
    const row = fc.array(fc.option(cell, { nil: '' }), { minLength: 3, maxLength: 5 });
    let widenedTexts = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 8, maxLength: 14 }), (rows) => {
        const places = [0, 10, 20, 30, 40];
        const lines = inCharacterPlaces(rows.map((cells) => cells.flatMap((text, column) => (text === '' ? [] : [{ text, place: places[column] as number }]))));
        const widened = widenCharacterColumns(lines);
        expect(widened).toHaveLength(lines.length);
        if (widened.every((line, index) => line === lines[index])) return;
        widenedTexts += 1;
        widened.forEach((line, index) => {
          const cells = (rows[index] as string[]).filter((text) => text !== '');
          // Every piece stands at twice its character place, in display columns.
          let from = 0;
          for (const text of cells) {
            const at = line.indexOf(text, from);
            expect(displayWidth(line.slice(0, at)) % 20).toBe(0);
            from = at + text.length;
          }
        });
      }),
      { seed: 7, numRuns: 200 },
    );
    // (Most texts are told placed in characters: the property speaks of them, not of texts left alone.)
    expect(widenedTexts).toBeGreaterThan(100);
  });
});
