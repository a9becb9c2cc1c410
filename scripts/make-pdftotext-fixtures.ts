/**
 * Makes documents/text/fixtures/pdftotext-*.txt: small tables of our own (invented unit, project and
 * numbers) written as Word documents (documents/layouts/render/office.ts writeBlocksDocx), saved as PDF by
 * LibreOffice and extracted by real poppler `pdftotext -layout`, once with cells at the top of their rows
 * and once centred vertically: the text real converters write, for character-columns.test.ts.
 *
 * Needs LibreOffice Writer and poppler-utils. Run: `npx tsx scripts/make-pdftotext-fixtures.ts` (not part
 * of the tests: the texts are committed).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBlocksDocx } from '../documents/layouts/render/office.ts';
import { tabDumpBlocks } from '../documents/layouts/render/tab-dump-office.ts';

/** A 项目支出绩效自评表 of our own: long names, a two-line reason, levels merged down, a header that wraps. */
const SELF_EVALUATION = [
  '项目支出绩效自评表',
  '（2024年度）',
  '项目名称\t青石镇农村饮水安全巩固提升工程\t\t\t\t\t\t\t',
  '主管部门\t青石县水利局\t\t\t实施单位\t青石县农村供水管理站\t\t\t',
  '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t',
  '\t年度资金总额\t320.00\t348.50\t331.07\t10\t95.00%\t9.5\t',
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '\t产出指标\t数量指标\t新建改造供水管网长度\t≥46公里\t47.2公里\t15\t15\t',
  '\t\t\t更换入户水表数量\t≥1800块\t1650块\t10\t9\t部分村组入户施工受秋收影响推迟，已列入下年第一季度计划',
  '\t\t质量指标\t出厂水质检测合格率\t≥98%\t99.1%\t15\t15\t',
  '\t\t时效指标\t工程完工时间\t2024年11月底前\t2024年11月20日\t10\t10\t',
  '\t效益指标\t社会效益指标\t受益农村人口\t≥2.6万人\t2.7万人\t20\t20\t',
  '\t\t可持续影响指标\t供水设施管护机制\t健全\t健全\t10\t10\t',
  '\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t93.5%\t10\t10\t',
  '总分\t\t\t\t\t\t100\t98.5\t',
].join('\n');

const fixtures = path.join(import.meta.dirname, '../documents/text/fixtures');
const work = mkdtempSync(path.join(os.tmpdir(), 'pdftotext-fixtures-'));
const profile = pathToFileURL(path.join(work, 'profile')).href;
for (const alignment of [
  { id: 'top', isCentredVertically: false },
  { id: 'centred', isCentredVertically: true },
]) {
  const name = `self-evaluation-${alignment.id}`;
  writeFileSync(path.join(work, `${name}.docx`), await writeBlocksDocx(tabDumpBlocks(SELF_EVALUATION), alignment));
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, path.join(work, `${name}.docx`)], { stdio: 'ignore' });
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path.join(work, `${name}.pdf`), path.join(work, `${name}.txt`)]);
  copyFileSync(path.join(work, `${name}.txt`), path.join(fixtures, `pdftotext-layout-${name}.txt`));
}
writeFileSync(path.join(fixtures, 'pdftotext-source-self-evaluation.txt'), `${SELF_EVALUATION}\n`);
console.log(`pdftotext fixtures written to ${fixtures}`);
