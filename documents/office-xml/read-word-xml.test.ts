import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { exportDocument } from '../export.ts';
import { defaultImportLimits, importFile } from '../import-file.ts';
import { documentFacts } from '../layouts/facts.ts';
import { ownTables } from '../pdf/own-tables-testing.ts';
import { inspectZip } from '../xlsx/zip-guard.ts';
import { isWordXml, readWordXmlLines } from './read-word-xml.ts';

const wordml2003 = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">
<w:body><wx:sect>${body}<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>页眉：内部资料</w:t></w:r></w:p></w:hdr></w:sectPr></wx:sect></w:body></w:wordDocument>`;

const p = (text: string) => `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, properties = '') => `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${properties}</w:tcPr>${p(text)}</w:tc>`;

/** A 项目 target table as a Java system's Word template writes it: levels merged down, a title across, a nested note table. */
const exported = wordml2003(
  `${p('2025年度项目支出绩效目标表')}
<w:tbl>
 <w:tr>${tc('项目名称')}${tc('乡村道路养护', '<w:gridSpan w:val="3"/>')}</w:tr>
 <w:tr>${tc('一级指标')}${tc('二级指标')}${tc('三级指标')}${tc('指标值')}</w:tr>
 <w:tr>${tc('产出指标', '<w:vmerge w:val="restart"/>')}${tc('数量指标', '<w:vmerge w:val="restart"/>')}${tc('养护道路里程')}${tc('≥120公里')}</w:tr>
 <w:tr>${tc('', '<w:vmerge/>')}${tc('', '<w:vmerge/>')}${tc('修补&lt;坑槽&gt;面积')}${tc('≥800平方米')}</w:tr>
 <w:tr>${tc('', '<w:vmerge/>')}${tc('质量指标')}<w:tc><w:tcPr/><w:p><w:r><w:t>验收</w:t></w:r><w:r><w:br/><w:t>合格率</w:t></w:r></w:p></w:tc>${tc('100%')}</w:tr>
 <w:tr>${tc('备注')}${tc('养护说明', '<w:hmerge w:val="restart"/>')}${tc('合并后不显示', '<w:hmerge/>')}<w:tc><w:tbl><w:tr>${tc('内嵌说明')}</w:tr></w:tbl></w:tc></w:tr>
</w:tbl>
${p('填报人：张三')}`,
);

describe('readWordXmlLines', () => {
  it('reads paragraphs and a table with merges down and across, no header or tab stop', async () => {
    expect(await readWordXmlLines(Buffer.from(exported), defaultImportLimits)).toEqual([
      '2025年度项目支出绩效目标表',
      '项目名称\t乡村道路养护',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t养护道路里程\t≥120公里',
      '产出指标\t数量指标\t修补<坑槽>面积\t≥800平方米',
      '产出指标\t质量指标\t验收合格率\t100%',
      '备注\t养护说明\t\t内嵌说明',
      '填报人：张三',
    ]);
  });

  it('refuses rows, cells and spans past the import limits', async () => {
    const rows = wordml2003(`<w:tbl>${`<w:tr>${tc('产出指标')}</w:tr>`.repeat(20)}</w:tbl>`);
    await expect(readWordXmlLines(Buffer.from(rows), { ...defaultImportLimits, maxRows: 10 })).rejects.toMatchObject({ code: 'too-many-rows' });
    await expect(readWordXmlLines(Buffer.from(rows), { ...defaultImportLimits, maxCells: 10 })).rejects.toMatchObject({ code: 'too-many-cells' });
    const wide = wordml2003(`<w:tbl><w:tr>${tc('标题', '<w:gridSpan w:val="5000"/>')}</w:tr></w:tbl>`);
    await expect(readWordXmlLines(Buffer.from(wide), defaultImportLimits)).rejects.toMatchObject({ code: 'too-many-cells' });
  });

  it('expands no entity a document declares, and says a cut file is damaged', async () => {
    const entities = `<?xml version="1.0"?><!DOCTYPE w:wordDocument [<!ENTITY a "哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;">]><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:wordDocument>`;
    await expect(readWordXmlLines(Buffer.from(entities), defaultImportLimits)).rejects.toMatchObject({ code: 'damaged-file' });
    await expect(readWordXmlLines(Buffer.from(exported.slice(0, 1200)), defaultImportLimits)).rejects.toMatchObject({ code: 'damaged-file' });
  });
});

describe('isWordXml', () => {
  it.each([
    [exported, true],
    ['<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">', true],
    ['<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', false],
    ['<html><body>', false],
  ])('%#', (text, expected) => expect(isWordXml(Buffer.from(text))).toBe(expected));
});

/** A .docx's document part, as Word writes it into one XML file: a flat XML package, or (its namespace changed) a 2003 XML document. */
function asWordXml(docx: Buffer, form: 'package' | '2003'): string {
  const { keptPart } = inspectZip({ bytes: docx, limits: defaultImportLimits, label: '.docx', keepPart: 'word/document.xml' });
  const documentXml = keptPart!.toString('utf8').replace(/^<\?xml[^>]*\?>/, '');
  if (form === '2003') {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Word.Document"?>\n${documentXml
      .replace('<w:document ', '<w:wordDocument ')
      .replace('</w:document>', '</w:wordDocument>')
      .replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://schemas.microsoft.com/office/word/2003/wordml')}`;
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="a"><w:name w:val="不是正文"/></w:style></w:styles></pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>${documentXml}</pkg:xmlData></pkg:part>
</pkg:package>`;
}

describe('a system\'s "Word" export that is a Word XML document named .doc reads as the .docx it holds, without LibreOffice', () => {
  const cases = ownTables.flatMap((table) => (['package', '2003'] as const).map((form) => [`${table.name} (${form}, from .${table.format})`, table, form] as const));
  it.each(cases)('%s', async (_name, table, form) => {
    const docx = await exportDocument(table.build(), 'docx');
    const fromXml = analyseDocument(await importFile({ bytes: Buffer.from(asWordXml(docx, form)), fileName: '导出.doc' }));
    const fromDocx = analyseDocument(await importFile({ bytes: docx, fileName: '表.docx' }));
    expect(Object.keys(Object.fromEntries(documentFacts(fromXml))).length).toBeGreaterThan(10);
    expect(Object.fromEntries(documentFacts(fromXml))).toEqual(Object.fromEntries(documentFacts(fromDocx)));
  });
});
