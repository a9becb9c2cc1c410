import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { encodeGbk } from '../../core/gb18030.test-support.ts';
import { exportDocument } from '../export.ts';
import { defaultImportLimits, importFile } from '../import-file.ts';
import { documentFacts } from '../layouts/facts.ts';
import { ownTables } from '../pdf/own-tables-testing.ts';
import { buildTableLayout } from '../print/build-layout.ts';
import { renderTableHtml } from '../print/render-html.ts';
import { decodeQuotedPrintable, isMht, readMhtLines } from './read-mht.ts';

/** Bytes as quoted-printable, as Word writes them: lines of at most 76 characters ending "=" where soft. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const byte of bytes) {
    const piece = byte === 0x0a ? '\r\n' : byte >= 0x20 && byte < 0x7f && byte !== 0x3d ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\r\n') {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

const boundary = '----=_NextPart_01DB0000.5A5A5A5A';

/** A single file web page as Word or Excel saves one: a preamble, the page, then a picture part. */
function mht(page: { body: string; type: string; encoding: 'quoted-printable' | 'base64' }): string {
  return [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    `\tboundary="${boundary}"`,
    '',
    'This document is a Single File Web Page, also known as a Web Archive file.',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/0000/table.htm',
    `Content-Transfer-Encoding: ${page.encoding}`,
    `Content-Type: ${page.type}`,
    '',
    page.body,
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/0000/table.files/image001.png',
    'Content-Transfer-Encoding: base64',
    'Content-Type: image/png',
    '',
    'iVBORw0KGgo=',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

const page = '<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body><p class=MsoNormal>2025年度项目支出绩效目标表</p>'
  + '<table border=1><tr><td>一级指标<td>二级指标<td>三级指标<td>指标值<tr><td>产出指标<td>数量指标<td>养护道路里程<td>≥120公里</table></body></html>';

describe('readMhtLines', () => {
  it('reads the page of a Word single file web page, quoted-printable in GB2312', async () => {
    const file = mht({ body: quotedPrintable(encodeGbk(page)), type: 'text/html; charset="gb2312"', encoding: 'quoted-printable' });
    expect(await readMhtLines(Buffer.from(file, 'latin1'), defaultImportLimits)).toEqual([
      '2025年度项目支出绩效目标表',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t养护道路里程\t≥120公里',
    ]);
  });

  it('reads a page in base64 whose part names no charset (the page\'s own meta is read)', async () => {
    const file = mht({ body: Buffer.from(encodeGbk(page)).toString('base64').replace(/.{76}/g, '$&\r\n'), type: 'text/html', encoding: 'base64' });
    expect((await readMhtLines(Buffer.from(file, 'latin1'), defaultImportLimits))[0]).toBe('2025年度项目支出绩效目标表');
  });

  it('says a file without a page is damaged', async () => {
    const noPage = mht({ body: 'iVBORw0KGgo=', type: 'image/png', encoding: 'base64' });
    await expect(readMhtLines(Buffer.from(noPage), defaultImportLimits)).rejects.toMatchObject({ code: 'damaged-file' });
    await expect(readMhtLines(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n'), defaultImportLimits)).rejects.toMatchObject({ code: 'damaged-file' });
  });
});

describe('decodeQuotedPrintable', () => {
  it.each([
    ['a=3Db', 'a=b'],
    ['long line=\r\ncontinued', 'long linecontinued'],
    ['soft=\nbreak', 'softbreak'],
    ['=E5=B9=B4', '年'],
    ['bad =ZZ kept', 'bad =ZZ kept'],
  ])('%s', (text, expected) => expect(decodeQuotedPrintable(text).toString('utf8')).toBe(expected));
});

describe('isMht', () => {
  it.each([
    ['MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"', true],
    ['From: <Saved by Windows Internet Explorer>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"', true],
    ['<html><body>', false],
    ['MIME-Version: 1.0\r\nContent-Type: text/plain', false],
  ])('%#', (text, expected) => expect(isMht(Buffer.from(text))).toBe(expected));
});

describe('a table saved as a single file web page (.mht, or under a .doc name) reads as the .xlsx/.docx it was made from', () => {
  it.each(ownTables.map((table) => [table.name, table] as const))('%s', async (_name, table) => {
    const document = table.build();
    const html = renderTableHtml(buildTableLayout(document)!);
    const file = Buffer.from(mht({ body: quotedPrintable(Buffer.from(html)), type: 'text/html; charset="utf-8"', encoding: 'quoted-printable' }), 'latin1');
    const fromOffice = analyseDocument(await importFile({ bytes: await exportDocument(document, table.format), fileName: `表.${table.format}` }));
    for (const fileName of ['公开表.mht', '导出.doc']) {
      const fromMht = analyseDocument(await importFile({ bytes: file, fileName }));
      expect(Object.fromEntries(documentFacts(fromMht))).toEqual(Object.fromEntries(documentFacts(fromOffice)));
    }
  });
});

describe('a filled form page saved as a single file web page', () => {
  it('reads the same facts as the page saved as .html (its tables\' spans and its fields)', async () => {
    const { build } = await import('../layouts/fixtures/project-eval-special-fund-form-inputs-html/build.ts');
    const page = await build();
    const asMht = mht({ body: quotedPrintable(page.bytes), type: 'text/html; charset="utf-8"', encoding: 'quoted-printable' });
    const fromMht = analyseDocument(await importFile({ bytes: Buffer.from(asMht, 'latin1'), fileName: '评价表.mht' }));
    const fromHtml = analyseDocument(await importFile({ bytes: page.bytes, fileName: '评价表.html' }));
    expect(Object.fromEntries(documentFacts(fromMht))).toEqual(Object.fromEntries(documentFacts(fromHtml)));
    expect(fromMht.goals.flatMap((goal) => goal.indicators)).toHaveLength(15);
  });
});
