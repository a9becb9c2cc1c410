import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { encodeGbk } from '../../core/gb18030.test-support.ts';
import { exportDocument } from '../export.ts';
import { defaultImportLimits, importFile } from '../import-file.ts';
import { documentFacts } from '../layouts/facts.ts';
import { ownTables } from '../pdf/own-tables-testing.ts';
import { buildTableLayout } from '../print/build-layout.ts';
import { renderTableHtml } from '../print/render-html.ts';
import { decodeHtmlBytes, isHtmlTable, readHtmlLines } from './read-html.ts';

/** A page as a finance bureau's site publishes it: navigation, a script, the table written loosely. */
const publishedPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>示范县公开</title><style>td { border: 1px }</style>
<script>var nav = "<table><tr><td>不是表格</td></tr></table>";</script></head>
<body><div class="nav">首页 &gt; 信息公开</div>
<p>2025年度项目支出
   绩效目标表</p>
<table border=1>
<tr><td colspan=2>项目名称<td colspan=3>乡村道路养护
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>备注</th></tr>
<tbody>
<tr><td rowspan="3">产出指标</td><td rowspan=2>数量指标</td><td>养护道路
    里程</td><td>&ge;120公里</td><td>&nbsp;</td></tr>
<tr><td>修补&lt;坑槽&gt;面积</td><td>≥800平方米</td><td></td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>100%<br>（抽检）</td><td></td></tr>
</tbody></table>
<div>联系电话：0000-0000000</div>
</body></html>`;

describe('readHtmlLines', () => {
  it('reads a loosely written page: tables with spans, cells broken in the source, entities; no head, script or style', async () => {
    expect(await readHtmlLines(Buffer.from(publishedPage), defaultImportLimits)).toEqual([
      '首页 > 信息公开',
      '2025年度项目支出绩效目标表',
      '项目名称\t\t乡村道路养护',
      '一级指标\t二级指标\t三级指标\t指标值\t备注',
      '产出指标\t数量指标\t养护道路里程\t≥120公里',
      '产出指标\t数量指标\t修补<坑槽>面积\t≥800平方米',
      '产出指标\t质量指标\t验收合格率\t100%（抽检）',
      '联系电话：0000-0000000',
    ]);
  });

  it('reads a hostile page nesting 100,000 elements without overflowing the stack (past 400 levels nothing is read)', async () => {
    const page = `<p>绩效目标表</p>${'<div>'.repeat(100_000)}深处${'</div>'.repeat(100_000)}<p>末尾</p>`;
    expect(await readHtmlLines(Buffer.from(page), defaultImportLimits)).toEqual(['绩效目标表', '末尾']);
  });

  it('refuses a page with more table rows than an import takes', async () => {
    const page = `<table>${'<tr><td>产出指标</td></tr>'.repeat(20)}</table>`;
    await expect(readHtmlLines(Buffer.from(page), { ...defaultImportLimits, maxRows: 10 })).rejects.toMatchObject({ code: 'too-many-rows' });
  });
});

describe('a system\'s form page saved from the browser', () => {
  const formPage = `<html><body><form>
<input type="hidden" name="id" value="4127"><div class="tablename">专项经费绩效评价表</div>
<table>
<tr><td>三级指标</td><td>目标值</td><td>指标值</td><td>是否达标</td><td>理由</td></tr>
<tr><td>检测合格率</td><td>95%</td><td><input type="text" name="zb1" value="97.18%"></td>
<td><select name="db1"><option value="是" selected>是</option><option value="否">否</option></select></td>
<td><textarea name="ly1">抽检 142 份</textarea></td></tr>
<tr><td>是否超支</td><td>否</td><td><input name="zb2" value=""></td><td><select name="db2"><option>是</option><option>否</option></select></td><td></td></tr>
</table>
<p>项目属性：<input type="checkbox" checked>延续项目 <input type="checkbox">新增项目 <input type="password" value="x"></p>
<p>填报单位（公章）：<input type="text" name="tbdw" value="清源县水利局"><button>保存</button></p>
</form></body></html>`;

  it('reads what the fields show: an input\'s value, the option chosen, a textarea\'s text, check marks; no hidden field, password or button', async () => {
    expect(await readHtmlLines(Buffer.from(formPage), defaultImportLimits)).toEqual([
      '专项经费绩效评价表',
      '三级指标\t目标值\t指标值\t是否达标\t理由',
      '检测合格率\t95%\t97.18%\t是\t抽检 142 份',
      // No option chosen shows no answer: the browser's first option is none the unit gave.
      '是否超支\t否',
      '项目属性：√延续项目 □新增项目',
      '填报单位（公章）：清源县水利局',
    ]);
  });
});

describe('decodeHtmlBytes', () => {
  it('reads the charset a page declares (GBK as GB18030), and UTF-8 otherwise', () => {
    const gbk = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'), encodeGbk('年度指标值'), Buffer.from('</body></html>')]);
    expect(decodeHtmlBytes(gbk)).toContain('年度指标值');
    expect(decodeHtmlBytes(Buffer.from('<meta charset="utf-8"><p>实际完成值</p>'))).toContain('实际完成值');
    expect(decodeHtmlBytes(Buffer.from('<p>偏差原因</p>'))).toContain('偏差原因');
  });
});

describe('isHtmlTable', () => {
  it.each([
    ['<html><body><table>', true],
    ['\uFEFF  <table border=1><tr>', true],
    ['<!DOCTYPE html><html>', true],
    ['<?xml version="1.0"?><Workbook>', false],
    ['一级指标\t二级指标', false],
  ])('%s → %s', (text, expected) => expect(isHtmlTable(Buffer.from(text))).toBe(expected));
});

describe('a table saved as a web page reads as the .xlsx/.docx it was made from', () => {
  // Our own print view (the official layout as HTML, merged levels as rowspans) of the invented tables.
  it.each(ownTables.map((table) => [table.name, table] as const))('%s', async (_name, table) => {
    const document = table.build();
    const html = renderTableHtml(buildTableLayout(document)!);
    const fromPage = analyseDocument(await importFile({ bytes: Buffer.from(html), fileName: '公开表.html' }));
    const fromOffice = analyseDocument(await importFile({ bytes: await exportDocument(document, table.format), fileName: `表.${table.format}` }));
    expect(Object.fromEntries(documentFacts(fromPage))).toEqual(Object.fromEntries(documentFacts(fromOffice)));
  });

  it('reads a system\'s "Excel" download that is an HTML table named .xls, without LibreOffice', async () => {
    const table = ownTables.find((each) => each.format === 'xlsx')!;
    const document = table.build();
    const html = renderTableHtml(buildTableLayout(document)!);
    const fromXls = analyseDocument(await importFile({ bytes: Buffer.from(html), fileName: '导出.xls' }));
    const fromOffice = analyseDocument(await importFile({ bytes: await exportDocument(document, 'xlsx'), fileName: '表.xlsx' }));
    expect(Object.fromEntries(documentFacts(fromXls))).toEqual(Object.fromEntries(documentFacts(fromOffice)));
  });
});
