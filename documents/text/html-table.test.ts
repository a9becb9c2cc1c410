import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { htmlTablesToTabRows } from './html-table.ts';
import { splitLines, splitLinesWithSources } from './normalize.ts';
import { readText } from './read-text.ts';

describe('htmlTablesToTabRows', () => {
  it.each([
    {
      case: 'a row span leaves the places below it empty',
      html: '<table><tr><td rowspan="2">产出指标</td><td>数量指标</td><td>≥6套</td></tr><tr><td>质量指标</td><td>100%</td></tr></table>',
      rows: ['产出指标\t数量指标\t≥6套', '\t质量指标\t100%'],
    },
    {
      case: 'a column span leaves the places to its right empty, a trailing one dropped',
      html: '<table><tr><td colspan="2">项目名称</td><td colspan="3">水库维护</td></tr><tr><td>a</td><td>b</td><td>c</td><td>d</td><td>e</td></tr></table>',
      rows: ['项目名称\t\t水库维护', 'a\tb\tc\td\te'],
    },
    {
      case: 'a merge over rows and columns at once, header cells (th) and a cell without its end tag',
      html: "<table><tr><th rowspan=2 colspan='2'>项目资金</th><th>年初预算数<tr><td>260.00</td></tr></table>",
      rows: ['项目资金\t\t年初预算数', '\t\t260.00'],
    },
    {
      case: 'a line break inside a cell joins its lines (CJK runs on, Latin words keep a space)',
      html: '<table><tr><td>年度<br>指标值</td><td>GB<br/>5749</td><td><span>&gt;=90%</span></td></tr></table>',
      rows: ['年度指标值\tGB 5749\t>=90%'],
    },
  ])('$case', ({ html, rows }) => {
    expect(htmlTablesToTabRows(html).trim().split('\n')).toEqual(rows);
  });

  it('keeps the text around a table on lines of its own and leaves text without a table alone', () => {
    expect(htmlTablesToTabRows('标题<table><tr><td>a</td><td>b</td></tr></table>填报人').split('\n')).toEqual([
      '标题',
      'a\tb',
      '填报人',
    ]);
    expect(htmlTablesToTabRows('没有表格 <p>段落</p>')).toBe('没有表格 <p>段落</p>');
  });

  it('gives the readers tab rows for a table a converter wrote on one line inside <html><body>', () => {
    const lines = splitLines('# 自评表\n<html><body><table><tr><td>分值</td><td>得分</td></tr><tr><td>10</td><td>9.5</td></tr></table></body></html>\n');
    expect(lines.filter((line) => line.trim() !== '')).toEqual(['# 自评表', '分值\t得分', '10\t9.5']);
  });

  it('takes merges past any real table as debris: one place a cell, not a grid of millions', () => {
    const cell = '<td rowspan="200" colspan="200">x</td>';
    const html = `<table>${`<tr>${cell.repeat(50)}</tr>`.repeat(200)}</table>`;
    const rows = htmlTablesToTabRows(html).trim().split('\n');
    expect(rows).toHaveLength(200);
    expect(rows.every((row) => row === Array(50).fill('x').join('\t'))).toBe(true);
  });

  it('keeps real merges below the bound', () => {
    const rows = htmlTablesToTabRows('<table><tr><td rowspan="2">产出指标</td><td>数量</td></tr><tr><td>质量</td></tr></table>').trim().split('\n');
    expect(rows).toEqual(['产出指标\t数量', '\t质量']);
  });
});

describe('lines after a table a converter wrote as HTML on one line', () => {
  const cells = (texts: string[]) => `<tr>${texts.map((text) => `<td>${text}</td>`).join('')}</tr>`;
  const table =
    '<table>' +
    cells(['项目名称', '青石镇便民服务站改造']) +
    cells(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']) +
    cells(['产出指标', '数量指标', '改造服务站数', '≥4个', '4个', '50', '50']) +
    cells(['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '93%', '50', '50']) +
    cells(['总分', '', '', '', '', '100', '100']) +
    '</table>';
  const text = ['2024年度项目支出绩效自评表', '', table, '', '填报人：周某', '填报日期：2025年3月'].join('\n');

  it('name the source’s lines: the table’s rows the line it stands on, the lines after it their own', () => {
    const { lines, sourceLines } = splitLinesWithSources(text);
    expect(sourceLines).toHaveLength(lines.length);
    expect(sourceLines[lines.indexOf('填报人：周某')]).toBe(5);
    expect(sourceLines[lines.findIndex((line) => line.startsWith('产出指标'))]).toBe(3);
  });

  it('are what a document’s indicators name', () => {
    const document = readText(text);
    expect([...eachIndicator(document!)].map(({ indicator }) => [indicator.name, indicator.line])).toEqual([
      ['改造服务站数', 3],
      ['办事群众满意度', 3],
    ]);
  });

  it('keep their numbers where the text has no HTML table', () => {
    expect(splitLinesWithSources('标题\n\n正文').sourceLines).toEqual([1, 2, 3]);
  });
});
