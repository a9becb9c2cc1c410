import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { buildDocx, docxCell } from '../../test-support/hostile-files.ts';
import { writeZip } from '../../test-support/zip-writer.ts';
import { inspectZip } from '../xlsx/zip-guard.ts';
import { defaultImportLimits, ImportError, importFile } from '../import-file.ts';
import { documentFacts } from '../layouts/facts.ts';
import { exportDocument } from '../export.ts';
import { ownTables } from '../pdf/own-tables-testing.ts';
import { closePdfBrowser, findChromium } from '../pdf/render-pdf.ts';
import { buildSampleReport } from '../print/sample-documents.ts';
import { pdfContentLines, readPdfPageContents } from '../pdf/read-pdf.ts';
import { expandDeltas } from './ofd-numbers.ts';
import { readAbbreviatedData } from './ofd-path.ts';
import { lineObject, ofdFromPdfPages, tableOfd, textObject, writeOfd } from './ofd-testing.ts';
import { MAX_OFD_GLYPHS, readOfdLines, readOfdPageContents } from './read-ofd.ts';

const k = 72 / 25.4;
const read = (bytes: Buffer) => readOfdPageContents(bytes, defaultImportLimits);
const facts = async (bytes: Buffer, fileName: string) =>
  Object.fromEntries(documentFacts(analyseDocument(await importFile({ bytes, fileName }))));

async function refusal(bytes: Buffer, limits = defaultImportLimits): Promise<ImportError> {
  const outcome: unknown = await readOfdPageContents(bytes, limits).then(
    () => 'read',
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ImportError);
  expect((outcome as ImportError).message).toMatch(/[\u4e00-\u9fff]/);
  return outcome as ImportError;
}

describe('expandDeltas: DeltaX/DeltaY lists with their "g" repeats', () => {
  it.each([
    ['', []],
    ['1 2.5 -3', [1, 2.5, -3]],
    ['g 3 2.5', [2.5, 2.5, 2.5]],
    ['1 g 2 0.5 4', [1, 0.5, 0.5, 4]],
    ['G 2 1,3', [1, 1, 3]],
    ['g x 1 2', [2]],
    ['g 2', []],
  ])('"%s"', (text, expected) => expect(expandDeltas(text)).toEqual(expected));

  it('stops at as many values as a TextCode can use, however many a repeat names', () => {
    expect(expandDeltas('g 1000000000 1', 5)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('readAbbreviatedData', () => {
  it('reads lines and closed shapes, a curve ending the straight run', () => {
    expect(readAbbreviatedData('M 0 0 L 10 0 L 10 5 C L 0 5 S 1 1 B 2 2 3 3 4 4 L 9 4 A 1 1 0 0 1 5 5')).toEqual([
      { points: [[0, 0], [10, 0], [10, 5]], closed: true },
      // After a close the pen is back at the start.
      { points: [[0, 0], [0, 5]], closed: false },
      { points: [[1, 1]], closed: false },
      { points: [[4, 4], [9, 4]], closed: false },
    ]);
  });

  it('maps every point and stops at a command short of numbers', () => {
    expect(readAbbreviatedData('M 1 2 L 3 4 L 5', (x, y) => [x + 10, y * 2])).toEqual([{ points: [[11, 4], [13, 8]], closed: false }]);
  });
});

describe('readOfdPageContents: OFD pages as the PDF reader\'s positioned content', () => {
  it('reads the pages in the order Document.xml lists them, not by their folders\' names', async () => {
    const pages = await read(
      writeOfd({
        pages: [
          { body: textObject({ text: '第一页', x: 20, y: 20, size: 4 }), location: 'Pages/Page_10/Content.xml' },
          { body: textObject({ text: '第二页', x: 20, y: 20, size: 4 }), location: 'Pages/Page_2/Content.xml' },
          { body: textObject({ text: '第三页', x: 20, y: 20, size: 4 }), location: '/Doc_0/Pages/Page_1/Content.xml' },
        ],
      }),
    );
    expect(pages.map((page) => page.items.map((item) => item.text))).toEqual([['第一页'], ['第二页'], ['第三页']]);
  });

  it('places glyphs at their Boundary plus X/Y and DeltaX, in points with y up from the foot, a wide advance parting two items', async () => {
    // 一级指标 at 22, 26, 30, 34 mm; a 30 mm advance; 产出指标 from 64 mm.
    const plain = textObject({ text: '一级指标产出指标', x: 2, y: 5, size: 4, boundary: [20, 30, 100, 10], deltaX: 'g 3 4 30 g 3 4' });
    // The same drawn under a CTM that doubles: half the size, position and advances.
    const scaled = textObject({ text: '一级指标产出指标', x: 1, y: 2.5, size: 2, boundary: [20, 30, 100, 10], ctm: '2 0 0 2 0 0', deltaX: 'g 3 2 15 2' });
    for (const body of [plain, scaled]) {
      const [page] = await read(writeOfd({ pages: [{ body }] }));
      expect(page!.items).toHaveLength(2);
      const [first, second] = page!.items;
      expect(first!.text).toBe('一级指标');
      expect(second!.text).toBe('产出指标');
      expect(first!.x).toBeCloseTo(22 * k, 6);
      expect(second!.x).toBeCloseTo(64 * k, 6);
      expect(first!.y).toBeCloseTo((297 - 35) * k, 6);
      expect(first!.width).toBeCloseTo(16 * k, 6);
      expect(first!.height).toBeCloseTo(4 * k, 6);
    }
  });

  it('goes on at the last DeltaX where the list is short, and by the glyphs\' widths where there is none (CJK square, Latin half)', async () => {
    const [page] = await read(
      writeOfd({
        pages: [{ body: textObject({ text: '合计分值', x: 10, y: 10, size: 4, deltaX: '5' }) + textObject({ text: '分值100', x: 10, y: 20, size: 4 }) }],
      }),
    );
    const [spaced, plain] = page!.items;
    expect(spaced!.width).toBeCloseTo((15 + 4) * k, 6);
    expect(plain!.width).toBeCloseTo((4 + 4 + 3 * 2) * k, 6);
  });

  it('leaves out text drawn turned (a watermark across the page) or invisible', async () => {
    const watermark = textObject({ text: '内部资料仅供参考', x: 0, y: 0, size: 12, boundary: [30, 200, 150, 150], ctm: '0.7071 -0.7071 0.7071 0.7071 0 0', deltaX: 'g 7 14' });
    const hidden = '<ofd:TextObject ID="9" Boundary="10 60 100 10" Size="4" Visible="false"><ofd:TextCode X="0" Y="5">隐藏</ofd:TextCode></ofd:TextObject>';
    const [page] = await read(writeOfd({ pages: [{ body: textObject({ text: '绩效目标表', x: 20, y: 20, size: 4 }) + watermark + hidden }] }));
    expect(page!.items.map((item) => item.text)).toEqual(['绩效目标表']);
  });

  it('draws one template on every page that names it', async () => {
    const letterhead = textObject({ text: '示范县财政局预算公开', x: 20, y: 12, size: 4 });
    const pages = await read(
      writeOfd({ pages: ['第一页正文', '第二页正文'].map((text) => ({ body: textObject({ text, x: 20, y: 40, size: 4 }), template: letterhead })) }),
    );
    expect(pages.map((page) => page.items.map((item) => item.text))).toEqual([
      ['示范县财政局预算公开', '第一页正文'],
      ['示范县财政局预算公开', '第二页正文'],
    ]);
  });

  it('reads no border on a page of prose, nor a frame drawn around a page\'s content', async () => {
    const frame = lineObject(8, 8, 202, 8) + lineObject(8, 289, 202, 289) + lineObject(8, 8, 8, 289) + lineObject(202, 8, 202, 289);
    const prose = ['一、部门基本情况', '示范县林业局负责全县森林资源保护和国土绿化工作。', '二、绩效目标完成情况'].map((text, index) => textObject({ text, x: 25, y: 40 + index * 10, size: 4 })).join('');
    const [prosePage] = await read(writeOfd({ pages: [{ body: prose + frame }] }));
    expect(prosePage!.rulings).toEqual({ horizontal: [], vertical: [] });
    const rows = [['一级指标', '二级指标', '指标值'], ['产出指标', '数量指标', '≥3个'], ['效益指标', '社会效益指标', '提高']];
    const framed = await readOfdLines(writeOfd({ pages: [{ body: tableBody(rows), template: frame }] }), defaultImportLimits);
    expect(framed).toEqual(['绩效目标表', ...rows.map((row) => row.join('\t'))]);
  });

  it('takes a TextCode without X on from where the one before ended', async () => {
    const body =
      '<ofd:TextObject ID="1" Boundary="10 10 100 10" Size="4"><ofd:TextCode X="0" Y="5" DeltaX="g 2 4">年度指</ofd:TextCode><ofd:TextCode Y="5">标值</ofd:TextCode></ofd:TextObject>';
    const [page] = await read(writeOfd({ pages: [{ body }] }));
    expect(page!.items.map((item) => [item.text, Math.round(item.x / k)])).toEqual([['年度指', 10], ['标值', 22]]);
  });

  it('draws a template\'s text with the page\'s own, and a page\'s own box flips its y', async () => {
    const [page] = await read(
      writeOfd({
        pages: [{ body: textObject({ text: '指标值', x: 20, y: 50, size: 4 }), template: textObject({ text: '示范县水利局', x: 20, y: 20, size: 4 }), size: [297, 210] }],
      }),
    );
    expect(page!.items.map((item) => [item.text, Math.round(item.y / k)])).toEqual([['示范县水利局', 190], ['指标值', 160]]);
  });

  it('reads borders from stroked lines and rectangles and thin filled rectangles, not from curves, invisible paths or clips', async () => {
    // Text of a table (three lines of two cells), so the page's drawing is read as a PDF's would be.
    const cells = ['一级指标', '指标值', '产出指标', '≥3个', '效益指标', '提高'].map((text, index) =>
      textObject({ text, x: index % 2 === 0 ? 20 : 80, y: 35 + Math.floor(index / 2) * 6, size: 4 }),
    );
    const body = [
      ...cells,
      lineObject(10, 20, 110, 20),
      '<ofd:PathObject ID="2" Boundary="10 30 100 20" LineWidth="0.2"><ofd:AbbreviatedData>M 0 0 L 100 0 L 100 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>',
      '<ofd:PathObject ID="3" Boundary="10 60 100 0.2" Stroke="false" Fill="true"><ofd:AbbreviatedData>M 0 0 L 100 0 L 100 0.2 L 0 0.2 C</ofd:AbbreviatedData></ofd:PathObject>',
      '<ofd:PathObject ID="4" Boundary="10 70 100 10"><ofd:AbbreviatedData>M 0 0 B 30 10 60 10 100 0</ofd:AbbreviatedData></ofd:PathObject>',
      '<ofd:PathObject ID="5" Boundary="10 80 100 1" Visible="false"><ofd:AbbreviatedData>M 0 0 L 100 0</ofd:AbbreviatedData></ofd:PathObject>',
      '<ofd:TextObject ID="6" Boundary="10 90 100 10" Size="4"><ofd:Clips><ofd:Clip><ofd:Area><ofd:Path><ofd:AbbreviatedData>M 0 0 L 100 0</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips><ofd:TextCode X="0" Y="5">文字</ofd:TextCode></ofd:TextObject>',
    ].join('');
    const [page] = await read(writeOfd({ pages: [{ body }] }));
    const at = (points: number) => Math.round(297 - points / k);
    expect(page!.rulings.horizontal.map((line) => [at(line.y), Math.round(line.left / k), Math.round(line.right / k)])).toEqual([
      [60, 10, 110],
      [50, 10, 110],
      [30, 10, 110],
      [20, 10, 110],
    ]);
    expect(page!.rulings.vertical.map((line) => [Math.round(line.x / k), at(line.top), at(line.bottom)])).toEqual([
      [10, 30, 50],
      [110, 30, 50],
    ]);
  });
});

describe('damaged and hostile OFD files are refused with a Chinese message', () => {
  const page = { body: textObject({ text: '绩效目标表', x: 20, y: 20, size: 4 }) };

  it('a file that is no zip', async () => {
    expect((await refusal(Buffer.from('<ofd:OFD/>'))).code).toBe('not-a-zip');
  });

  it('an encrypted package (GM/T 0099: Encryptions.xml beside OFD.xml)', async () => {
    const encrypted = writeOfd({ pages: [page], extraParts: [{ name: 'Encryptions.xml', data: '<?xml version="1.0"?><ofd:Encryptions xmlns:ofd="http://www.ofdspec.org/2016"/>' }] });
    expect((await refusal(encrypted)).code).toBe('encrypted');
  });

  it('a zip without OFD.xml', async () => {
    const error = await refusal(writeOfd({ pages: [page], ofdXml: null }));
    expect(error.code).toBe('damaged-file');
    expect(error.message).toMatch(/OFD\.xml/);
  });

  it('an OFD.xml naming a document that is not there', async () => {
    const ofdXml = '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_9/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>';
    expect((await refusal(writeOfd({ pages: [page], ofdXml }))).code).toBe('damaged-file');
  });

  it('a document declaring entities (a DTD), whether used or not', async () => {
    const prologue = '<!DOCTYPE ofd:Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const error = await refusal(writeOfd({ pages: [page], documentPrologue: prologue }));
    expect(error.code).toBe('damaged-file');
    expect(error.message).toMatch(/DTD/);
    const external = '<!DOCTYPE ofd:Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>';
    expect((await refusal(writeOfd({ pages: [page], documentPrologue: external }))).code).toBe('damaged-file');
  });

  it('a page whose XML is cut off, or names an entity it never declared', async () => {
    for (const body of ['<ofd:TextObject ID="1" Size="4"><ofd:TextCode X="0" Y="5">未完', '<ofd:TextObject ID="1" Size="4"><ofd:TextCode X="0" Y="5">&xxe;</ofd:TextCode></ofd:TextObject>'])
      expect((await refusal(writeOfd({ pages: [{ body }] }))).code).toBe('damaged-file');
  });

  it('a zip bomb, and more parts than the limit', async () => {
    const bomb = writeOfd({ pages: [page], extraParts: [{ name: 'Doc_0/Res/image.png', data: Buffer.alloc(60 * 1024 * 1024) }] });
    expect((await refusal(bomb)).code).toBe('zip-bomb');
    expect((await refusal(writeOfd({ pages: Array.from({ length: 12 }, () => page) }), { ...defaultImportLimits, maxZipEntries: 10 })).code).toBe('zip-bomb');
  });

  it('more pages than the limit, even when every one names the same content', async () => {
    const pages = Array.from({ length: defaultImportLimits.maxPages + 1 }, () => ({ ...page, location: 'Pages/Page_0/Content.xml' }));
    expect((await refusal(writeOfd({ pages }))).code).toBe('too-many-rows');
  });

  it('more text than any performance document holds', async () => {
    const body = `<ofd:TextObject ID="1" Size="4"><ofd:TextCode X="0" Y="5" DeltaX="g ${MAX_OFD_GLYPHS} 0">${'字'.repeat(MAX_OFD_GLYPHS + 1)}</ofd:TextCode></ofd:TextObject>`;
    expect((await refusal(writeOfd({ pages: [{ body }] }))).code).toBe('too-many-cells');
  });

  it('a page listed whose content is missing', async () => {
    const file = writeOfd({ pages: [page, { ...page, location: 'Pages/Page_1/Content.xml' }] });
    const { keptParts } = inspectZip({ bytes: file, limits: defaultImportLimits, label: 'OFD', keepParts: (name) => name !== 'Doc_0/Pages/Page_1/Content.xml' });
    const withoutSecond = writeZip([...keptParts].map(([name, data]) => ({ name, data })));
    const error = await refusal(withoutSecond);
    expect(error.code).toBe('damaged-file');
    expect(error.message).toMatch(/第 2 页/);
  });

  it('pages with no text at all (a scan), said as such', async () => {
    const error = await refusal(writeOfd({ pages: [{ body: lineObject(10, 10, 100, 10) }] }));
    expect(error.code).toBe('no-text');
    expect(error.message).toMatch(/扫描/);
  });
});

describe('an own table published as OFD reads as its PDF', () => {
  const fixtures = path.join(import.meta.dirname, '../pdf/fixtures');
  it.each(ownTables.map((table) => [table.name] as const))('%s', async (name) => {
    const pdf = readFileSync(path.join(fixtures, `office-${name}.pdf`));
    const ofd = ofdFromPdfPages(await readPdfPageContents(pdf, defaultImportLimits));
    expect(await readOfdLines(ofd, defaultImportLimits)).toEqual(pdfContentLines(await readPdfPageContents(pdf, defaultImportLimits)));
    const fromOfd = await facts(ofd, `${name}.ofd`);
    expect(Object.keys(fromOfd).length).toBeGreaterThan(30);
    expect(fromOfd).toEqual(await facts(pdf, `${name}.pdf`));
  });
});

describe.skipIf(!findChromium())('an evaluation report published as OFD reads as its PDF', () => {
  afterAll(closePdfBrowser);

  it('wrapped paragraphs, headings and its indicator table', { timeout: 240_000 }, async () => {
    const pdf = Buffer.from(await exportDocument(buildSampleReport(), 'pdf'));
    const pages = await readPdfPageContents(pdf, defaultImportLimits);
    const ofd = ofdFromPdfPages(pages);
    expect(await readOfdLines(ofd, defaultImportLimits)).toEqual(pdfContentLines(pages));
    const fromOfd = await facts(ofd, '评价报告.ofd');
    expect(fromOfd).toMatchObject({ kind: 'evaluation-report' });
    expect(fromOfd).toEqual(await facts(pdf, '评价报告.pdf'));
  });
});

describe('a bordered table drawn in OFD reads to the facts of the same table in .docx', () => {
  it('a 项目支出 target table', async () => {
    const title = '2025年度项目支出绩效目标表';
    const rows = [
      ['项目名称', '示范县林下经济扶持', '主管部门', '示范县林业局'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '扶持林下种植户数', '≥120户'],
      ['产出指标', '质量指标', '种苗成活率', '≥90%'],
      ['产出指标', '时效指标', '资金拨付完成时间', '9月底前'],
      ['效益指标', '经济效益指标', '户均增收', '≥3000元'],
      ['满意度指标', '服务对象满意度指标', '种植户满意度', '≥90%'],
    ];
    const docx = buildDocx(`<w:p><w:r><w:t>${title}</w:t></w:r></w:p><w:tbl>${rows.map((row) => `<w:tr>${row.map((text) => docxCell(text)).join('')}</w:tr>`).join('')}</w:tbl>`);
    const fromOfd = await facts(tableOfd({ title, rows }), '目标表.ofd');
    expect(fromOfd).toMatchObject({ kind: 'target-table' });
    expect(fromOfd).toEqual(await facts(docx, '目标表.docx'));
  });
});

describe('properties', () => {
  const cjkText = fc.string({ unit: fc.constantFrom(...'产出效益满意度指标数量质量时效成本户公里元年月日'), minLength: 1, maxLength: 8 });
  const digits = fc.string({ unit: fc.constantFrom(...'0123456789.%≥≤'), minLength: 1, maxLength: 6 });

  it('a bordered table of any cells reads back row by row, cells in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }).chain((columns) => fc.array(fc.array(fc.oneof(cjkText, digits), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 12 })),
        async (rows) => {
          const lines = await readOfdLines(tableOfd({ title: '绩效目标表', rows }), defaultImportLimits);
          expect(lines).toEqual(['绩效目标表', ...rows.map((row) => row.join('\t'))]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a page spoiled anywhere is read or refused with an ImportError, never anything else', async () => {
    const body = tableOfdBody();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', '&', ' ', 'g', '-', '9', '/', '')), { minLength: 1, maxLength: 6 }), async (edits) => {
        let spoiled = body;
        for (const [at, text] of edits) {
          const index = at % spoiled.length;
          spoiled = spoiled.slice(0, index) + text + spoiled.slice(index + 1);
        }
        const outcome = await read(writeOfd({ pages: [{ body: spoiled }] })).then(() => null, (error: unknown) => error);
        if (outcome !== null) expect(outcome).toBeInstanceOf(ImportError);
      }),
      { numRuns: 60 },
    );
  });
});

/** A page's objects: one text object of several TextCodes and a bordered rectangle. */
function tableOfdBody(): string {
  return (
    '<ofd:TextObject ID="1" Boundary="20 30 100 10" Size="4" CTM="1 0 0 1 0 0"><ofd:TextCode X="2" Y="5" DeltaX="g 3 4 30 g 3 4">一级指标产出指标</ofd:TextCode>' +
    '<ofd:TextCode Y="5" DeltaX="1 2">100%</ofd:TextCode></ofd:TextObject>' +
    lineObject(10, 20, 110, 20) +
    '<ofd:PathObject ID="2" Boundary="10 30 100 20"><ofd:AbbreviatedData>M 0 0 L 100 0 L 100 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>'
  );
}

/** The body layer of tableOfd's page: a title and a bordered table. */
function tableBody(rows: string[][]): string {
  const { keptParts } = inspectZip({ bytes: tableOfd({ title: '绩效目标表', rows }), limits: defaultImportLimits, label: 'OFD', keepParts: (name) => name.endsWith('Page_0/Content.xml') });
  const page = [...keptParts.values()][0]!.toString('utf8');
  return page.slice(page.indexOf('>', page.indexOf('<ofd:Layer')) + 1, page.indexOf('</ofd:Layer>'));
}
