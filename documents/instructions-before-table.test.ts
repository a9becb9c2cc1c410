import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../core/analyse.ts';
import { importFile } from './import-file.ts';
import { readText } from './text/read-text.ts';
import { readTitle } from './text/title.ts';
import { findTableStart } from './text/table-start.ts';

/**
 * A template's instructions before its table: a 填报说明 sheet first in the workbook, or its paragraphs above the
 * table in a Word file. Their sentences name the levels ("…三级指标可根据实际增加。") and stand fewer than a page's
 * lines above the title. Invented unit and names.
 */
const instructions = [
  '填报说明',
  '一、本表由项目实施单位填报，金额单位为万元。',
  '二、绩效指标分为产出指标、效益指标和满意度指标，三级指标可根据实际增加。',
  '三、偏差原因分析须写明未完成的原因及改进措施。',
];
const table = [
  ['项目支出绩效自评表'],
  ['（2024年度）'],
  ['项目名称', '乡村道路养护'],
  ['主管部门', '青禾县交通运输局', '', '', '实施单位', '青禾县公路养护中心'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', 80, 80, 76, 10, '95%', 9.5],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['产出指标', '数量指标', '养护道路里程', '≥40公里', '42公里', 30, 30],
  ['产出指标', '质量指标', '路面完好率', '≥90%', '92%', 20, 20],
  ['效益指标', '社会效益指标', '群众出行时间缩短', '≥10分钟', '12分钟', 30, 30],
  ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '94%', 10, 10],
  ['总分', '', '', '', '', 100, 99.5],
];

describe('a template’s instructions before its table', () => {
  const text = [...instructions, '', ...table.map((row) => row.join('\t'))];

  it('takes no instructions heading for the first half of the title: only the line right before may be', () => {
    expect(readTitle(text)).toMatchObject({ text: '项目支出绩效自评表', line: 6, kind: 'self-evaluation' });
  });

  it('starts the table at its title: the sentences above are no header, however few', () => {
    expect(findTableStart(text)).toEqual({ line: 5, column: 0 });
    // A page's head of a few short lines (附件2, 填报单位) is still read with the table.
    expect(findTableStart(['附件2', '填报单位：青禾县公路养护中心', '', ...table.map((row) => row.join('\t'))])).toBeNull();
  });

  it('reads the table under them', () => {
    const document = readText(text.join('\n'));
    expect([document?.kind, document?.unit, document?.project]).toEqual(['self-evaluation', '青禾县公路养护中心', '乡村道路养护']);
    expect(document?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['养护道路里程', '路面完好率', '群众出行时间缩短', '沿线群众满意度']);
  });

  it('reads a workbook whose 填报说明 sheet comes before the table’s sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('填报说明');
    for (const line of instructions) notes.addRow([line]);
    const sheet = workbook.addWorksheet('自评表');
    for (const row of table) sheet.addRow(row);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const document = analyseDocument(await importFile({ fileName: '自评表.xlsx', bytes }));
    expect([document.kind, document.unit, document.project, document.totals.score]).toEqual(['self-evaluation', '青禾县公路养护中心', '乡村道路养护', '99.5']);
    expect(document.goals.flatMap((goal) => goal.indicators)).toHaveLength(4);
  });
});
