import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importErrorCodeOf } from '../import-error.test-support.ts';
import { analyseDocument } from '../../core/analyse.ts';
import { defaultImportLimits, importFile, type ImportLimits } from '../import-file.ts';
import { documentFacts } from '../layouts/facts.ts';
import { compressPart, writeZip } from '../summary/write-zip.ts';
import { readFileGrid } from '../grid/read-file-grid.ts';
import { isFlatOdf, odfPackageKind, readFlatOdfLines, readOdfLines } from './read-odf.ts';

const namespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

const content = (kind: 'spreadsheet' | 'text', body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${namespaces}><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`;

/** A package as a suite writes it: the stored mimetype first, the content, a manifest. */
function odfPackage(kind: 'spreadsheet' | 'text', contentXml: string, manifest = '<manifest:manifest/>'): Buffer {
  const parts = [
    compressPart({ name: 'mimetype', data: `application/vnd.oasis.opendocument.${kind}` }, 0),
    compressPart({ name: 'content.xml', data: contentXml }, 6),
    compressPart({ name: 'META-INF/manifest.xml', data: manifest }, 6),
  ];
  return writeZip(parts, new Date('2025-01-01T00:00:00Z'));
}

const cell = (text: string, attributes = '') => `<table:table-cell${attributes}><text:p>${text}</text:p></table:table-cell>`;
const row = (cells: string, attributes = '') => `<table:table-row${attributes}>${cells}</table:table-row>`;

/** A 项目 target table as a suite saves it: merged levels (covered cells), a sheet's endless empty rows and columns. */
const targetTable = content(
  'spreadsheet',
  `<table:table table:name="目标表">
    <table:table-column table:number-columns-repeated="1024"/>
    ${row(`${cell('2025年度项目支出绩效目标表', ' table:number-columns-spanned="4"')}<table:covered-table-cell table:number-columns-repeated="3"/><table:table-cell table:number-columns-repeated="1020"/>`)}
    ${row(`${cell('项目名称')}${cell('乡村<text:s text:c="2"/>道路养护', ' table:number-columns-spanned="3"')}<table:covered-table-cell table:number-columns-repeated="2"/>`)}
    ${row(`${cell('一级指标')}${cell('二级指标')}${cell('三级指标')}${cell('指标值')}`)}
    ${row(`${cell('产出指标', ' table:number-rows-spanned="2"')}${cell('数量指标')}${cell('养护道路里程')}${cell('≥120公里')}`)}
    ${row(`<table:covered-table-cell/>${cell('质量指标')}<table:table-cell/>${cell('95.00%', ' office:value-type="percentage" office:value="0.95"')}`)}
    <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
  </table:table>
  <table:table table:name="说明"><table:table-row><table:table-cell office:value-type="float" office:value="12.5"/>${cell('万元')}</table:table-row></table:table>`,
);

describe('readOdfLines', () => {
  it('lays out a sheet as a .xlsx sheet: spans over covered cells, repeated empty rows and columns never made, a value without its paragraph', async () => {
    expect(await readOdfLines(odfPackage('spreadsheet', targetTable), defaultImportLimits, '.ods')).toEqual([
      '2025年度项目支出绩效目标表',
      '项目名称\t乡村  道路养护',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t养护道路里程\t≥120公里',
      '产出指标\t质量指标\t\t95.00%',
      '',
      '12.5\t万元',
    ]);
  });

  it('gives the indicator reader a grid with the merges as spans, as a .docx does', async () => {
    const grid = await readFileGrid({ bytes: odfPackage('spreadsheet', targetTable), extension: 'ods', limits: defaultImportLimits });
    const cells = grid!.rows.flatMap((row) => row.cells.map(({ text, column, rowSpan, colSpan }) => ({ text, column, rowSpan, colSpan })));
    expect(cells).toContainEqual({ text: '2025年度项目支出绩效目标表', column: 0, rowSpan: 1, colSpan: 4 });
    expect(cells).toContainEqual({ text: '产出指标', column: 0, rowSpan: 2, colSpan: 1 });
    expect(cells).toContainEqual({ text: '质量指标', column: 1, rowSpan: 1, colSpan: 1 });
  });

  it('reads a text document: headings and paragraphs in order, tables row by row, notes, comments and deletions left out, a nested table as its cell', async () => {
    const body = `<text:h text:outline-level="1">2025年度部门整体绩效自评报告</text:h>
      <text:p>一、部门基本情况<text:note><text:note-body><text:p>脚注不读</text:p></text:note-body></text:note></text:p>
      <text:tracked-changes><text:changed-region><text:deletion><text:p>删去的字</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:list><text:list-item><text:p>预算单位：<text:span>示范县<text:tab/>水利局</text:span><office:annotation><text:p>批注不读</text:p></office:annotation></text:p></text:list-item></text:list>
      <table:table>${row(`${cell('指标')}${cell('完成值')}`)}${row(`${cell('河道保洁率')}<table:table-cell><text:p>第一段</text:p><text:p>第二<text:line-break/>行</text:p><table:table>${row(cell('内表'))}</table:table></table:table-cell>`)}</table:table>
      <text:p>二、结论</text:p>`;
    expect(await readOdfLines(odfPackage('text', content('text', body)), defaultImportLimits, '.odt')).toEqual([
      '2025年度部门整体绩效自评报告',
      '一、部门基本情况',
      '预算单位：示范县 水利局',
      '指标\t完成值',
      '河道保洁率\t第一段第二行内表',
      '二、结论',
    ]);
  });

  it('repeats a row or a cell that holds text as often as it says, within the limits', async () => {
    const repeated = content('spreadsheet', `<table:table>${row(cell('合格', ' table:number-columns-repeated="2"'), ' table:number-rows-repeated="3"')}</table:table>`);
    expect(await readOdfLines(odfPackage('spreadsheet', repeated), defaultImportLimits, '.ods')).toEqual(['合格\t合格', '合格\t合格', '合格\t合格']);
  });

  const limits = (overrides: Partial<ImportLimits>) => ({ ...defaultImportLimits, ...overrides });

  it.each([
    ['a row with text repeated past the row limit', content('spreadsheet', `<table:table>${row(cell('x'), ' table:number-rows-repeated="100000"')}</table:table>`), {}, 'too-many-rows'],
    ['a cell with text repeated past the cell limit', content('spreadsheet', `<table:table>${row(cell('x', ' table:number-columns-repeated="150"'), ' table:number-rows-repeated="40"')}</table:table>`), { maxCells: 1000 }, 'too-many-cells'],
    ['a cell spanning more columns than the limit', content('spreadsheet', `<table:table>${row(cell('x', ' table:number-columns-spanned="5000"'))}</table:table>`), {}, 'too-many-cells'],
    ['a table taller than the row limit', content('text', `<table:table>${row(cell('x')).repeat(60)}</table:table>`), { maxRows: 50 }, 'too-many-rows'],
    ['an entity the document declares', `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;">]><office:document-content ${namespaces}><office:body><office:text><text:p>&b;</text:p></office:text></office:body></office:document-content>`, {}, 'damaged-file'],
    ['a cut content.xml', content('text', '<text:p>未完').slice(0, -60), {}, 'damaged-file'],
  ] as const)('refuses %s', async (_, xml, overrides, expected) => {
    expect(await importErrorCodeOf(readOdfLines(odfPackage('spreadsheet', xml), limits(overrides), '.ods'))).toBe(expected);
  });

  it('refuses an encrypted package, a package without content, and a zip bomb, each with its reason', async () => {
    const encrypted = odfPackage('text', 'xx', '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>');
    expect(await importErrorCodeOf(readOdfLines(encrypted, defaultImportLimits, '.odt'))).toBe('encrypted');
    const empty = writeZip([compressPart({ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, 0)], new Date());
    expect(await importErrorCodeOf(readOdfLines(empty, defaultImportLimits, '.odt'))).toBe('not-a-document');
    const bomb = odfPackage('text', content('text', `<text:p>${'绩'.repeat(400_000)}</text:p>`));
    expect(await importErrorCodeOf(readOdfLines(bomb, limits({ maxExpandedBytes: 100_000 }), '.odt'))).toBe('zip-bomb');
  });
});

describe('odfPackageKind and isFlatOdf', () => {
  it('tells a package by its stored mimetype and a flat file by its root, nothing else', () => {
    expect(odfPackageKind(odfPackage('spreadsheet', targetTable))).toBe('spreadsheet');
    expect(odfPackageKind(odfPackage('text', targetTable))).toBe('text');
    expect(odfPackageKind(writeZip([compressPart({ name: 'word/document.xml', data: '<w:document/>' }, 6)], new Date()))).toBeNull();
    const flat = targetTable.replace('office:document-content', 'office:document').replace('</office:document-content>', '</office:document>');
    expect(isFlatOdf(Buffer.from(flat))).toBe(true);
    expect(isFlatOdf(Buffer.from(targetTable))).toBe(false);
    expect(isFlatOdf(Buffer.from('<?xml version="1.0"?><office:document>'))).toBe(false);
  });

  it('reads a flat OpenDocument file as the package it would be', async () => {
    const flat = targetTable.replace('<office:document-content', '<office:document').replace('</office:document-content>', '</office:document>');
    expect(await readFlatOdfLines(Buffer.from(flat), defaultImportLimits)).toEqual(await readOdfLines(odfPackage('spreadsheet', targetTable), defaultImportLimits, '.ods'));
  });
});

/**
 * Our own tables (documents/pdf/own-tables-testing.ts) exported as .xlsx/.docx and saved by LibreOffice
 * as .ods/.odt/.xlsm/.docm (scripts/make-odf-fixtures.ts): each reads to the facts of its source, under
 * its own name and renamed as clerks rename files.
 */
describe('files a suite saved as OpenDocument or with macros read as their .xlsx/.docx', () => {
  const fixtures = path.join(import.meta.dirname, 'fixtures');
  const expected = JSON.parse(readFileSync(path.join(fixtures, 'odf.expected.json'), 'utf8')) as Record<string, { madeFrom: string; facts: Record<string, string> }>;
  const renamed: Record<string, string[]> = { ods: ['xlsx', 'xls'], odt: ['docx', 'doc', 'wps'] };

  it.each(Object.entries(expected))('%s', async (name, { facts }) => {
    const bytes = readFileSync(path.join(fixtures, name));
    const extension = path.extname(name).slice(1);
    expect(Object.keys(facts).length).toBeGreaterThan(40);
    for (const fileName of [name, ...(renamed[extension] ?? []).map((other) => `改名.${other}`)]) {
      const read = Object.fromEntries(documentFacts(analyseDocument(await importFile({ bytes, fileName }))));
      expect(read, fileName).toEqual(facts);
    }
  });
});
