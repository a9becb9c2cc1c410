import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { MAX_LINES_PER_ROW } from '../grid/detectors/wrapped-tabs.ts';
import { joinBrokenLabelRows } from './broken-label-rows.ts';
import { readText } from './read-text.ts';
import { breakCell } from '../../test-support/break-cell.ts';

/** An own project self-evaluation (names and numbers made up), every row tab-separated. */
const document = [
  '项目支出绩效自评表',
  '（2025年度）',
  '项目名称\t山塘水库除险加固',
  '主管部门\t桐庐岭县水利局\t实施单位\t桐庐岭县水库管理所',
  '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '年度资金总额\t480.00\t520.00\t507.00\t10\t97.50%\t9.75',
  '其中：当年财政拨款\t480.00\t520.00\t507.00\t—\t—\t—',
  '上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t加固小型水库座数\t≥6座\t6座\t30\t30\t',
  '\t质量指标\t工程验收合格率\t=100%\t100%\t20\t20\t',
  '效益指标\t社会效益指标\t下游受益人口\t≥12000人\t12600人\t30\t30\t',
  '满意度指标\t服务对象满意度指标\t库区群众满意度\t≥90%\t88%\t10\t8\t部分群众对施工期间道路占用有意见',
  '总分\t\t\t\t\t100\t97.75\t',
];

/** The indicator header's line. */
const HEADER_LINE = 8;

/** The model without source line numbers (a broken row moves the lines below it). */
function withoutLines(read: PerformanceDocument | null): unknown {
  return JSON.parse(JSON.stringify(read, (key, value: unknown) => (key === 'line' ? undefined : value)));
}

describe('label rows and the funds block broken by a line break inside a cell', () => {
  const whole = readText(document.join('\n'));

  it('reads the unbroken document (what the broken ones are held to)', () => {
    expect(whole).toMatchObject({ kind: 'self-evaluation', project: '山塘水库除险加固', supervisor: '桐庐岭县水利局', unit: '桐庐岭县水库管理所' });
    expect(whole?.budget).toMatchObject({ initial: '480.00', adjusted: '520.00', executed: '507.00' });
  });

  it('joins a value whose rest stands alone on the next line, keeping the line count', () => {
    const lines = breakCell(document, 2, 1, 4);
    expect(lines[3]).toBe('除险加固');
    const joined = joinBrokenLabelRows(lines);
    expect(joined).toHaveLength(lines.length);
    expect(joined.slice(2, 4)).toEqual(['项目名称\t山塘水库除险加固', '']);
    expect(withoutLines(readText(lines.join('\n')))).toEqual(withoutLines(whole));
  });

  it('joins a value whose rest opens a line that goes on with another label', () => {
    const lines = breakCell(document, 3, 1, 4);
    expect(lines[4]).toBe('水利局\t实施单位\t桐庐岭县水库管理所');
    expect(withoutLines(readText(lines.join('\n')))).toEqual(withoutLines(whole));
  });

  it('joins the funds header and rows broken in their first cells', () => {
    const lines = breakCell(breakCell(document, 5, 0, 3), 4, 0, 4);
    expect(lines.slice(4, 8)).toEqual(['项目资金', '（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '年度资', '金总额\t480.00\t520.00\t507.00\t10\t97.50%\t9.75']);
    expect(withoutLines(readText(lines.join('\n')))).toEqual(withoutLines(whole));
  });

  it('does not take a year note, a funds label, a column word or prose followed by prose for a value’s rest', () => {
    const head = ['项目名称\t山塘水库除险加固'];
    for (const next of [['（2025年度）', ''], ['项目资金（万元）', '年初预算数\t全年预算数'], ['偏差原因分析及改进', '一级指标\t二级指标'], ['该项目由县水利局组织实施', '工期八个月']]) {
      const lines = [...head, ...next];
      expect(joinBrokenLabelRows(lines)).toEqual(lines);
    }
    const funds = ['主管部门\t桐庐岭县水利局', '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数'];
    expect(joinBrokenLabelRows(funds)).toEqual(funds);
  });

  it('does not join funds rows that leave their last cells empty (an exported workbook’s rows)', () => {
    const lines = ['年度\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '\t其中：本年财政拨款\t\t\t50.00', '\t其中：上年结转资金\t\t\t5.50'];
    expect(joinBrokenLabelRows(lines)).toEqual(lines);
  });

  it('takes a row naming one column label twice for no header: the totals row of a block by sources and by nature', () => {
    // 合计 heads a column of the year's funds where sources stand as columns; here it is two totals' label.
    const lines = ['\t其他资金\t1.00', '\t合计\t\t合计', '部门职能职责概述\t（一）贯彻执行方针。', '整体绩效目标\t一是维护稳定。'];
    expect(joinBrokenLabelRows(lines)).toEqual(lines);
  });

  it('leaves lines from the indicator header on to the grid reader', () => {
    const lines = breakCell(document, 9, 2, 4);
    expect(joinBrokenLabelRows(lines).slice(8)).toEqual(lines.slice(8));
  });

  it('reads the same document whichever cells of any tab row are broken (one break per cell)', () => {
    const points = document.flatMap((text, line) =>
      text.includes('\t')
        ? text.split('\t').flatMap((cell, index) => [...cell].flatMap((_, at) => (at > 0 && /\p{Script=Han}/u.test(cell[at - 1] as string) && /\p{Script=Han}/u.test(cell[at] as string) ? [{ line, cell: index, at }] : [])))
        : [],
    );
    const breaks = fc
      .uniqueArray(fc.constantFrom(...points), { minLength: 1, maxLength: 6, selector: (point) => `${point.line}:${point.cell}` })
      // A header broken in three cells is left out: the plain tab reading of its pieces can count more
      // fitting rows than the joined one (recoverGrid ranks by fitting rows first). Rows may take three.
      .filter((chosen) => document.every((_, line) => chosen.filter((point) => point.line === line).length < (line === HEADER_LINE ? 3 : MAX_LINES_PER_ROW)));
    fc.assert(
      fc.property(breaks, (chosen) => {
        const sorted = [...chosen].sort((left, right) => right.line - left.line || right.cell - left.cell);
        let lines: string[] = [...document];
        for (const point of sorted) lines = breakCell(lines, point.line, point.cell, point.at);
        expect(withoutLines(readText(lines.join('\n')))).toEqual(withoutLines(whole));
      }),
      { numRuns: 150 },
    );
  });
});

describe('a label and its value in one cell, broken inside the value', () => {
  /** The same document with its label rows written "label：value" (one cell each). */
  const colonDocument = [
    document[0] as string,
    document[1] as string,
    '项目名称：山塘水库除险加固',
    '主管部门：桐庐岭县水利局\t实施单位：桐庐岭县水库管理所',
    ...document.slice(4),
  ];
  const whole = readText(colonDocument.join('\n'));
  /** Places after the colon of each label row's cells where a line may break (between two characters). */
  const points = [2, 3].flatMap((line) =>
    (colonDocument[line] as string).split('\t').flatMap((cell, index) => [...cell].flatMap((_, at) => (at > cell.indexOf('：') + 1 ? [{ line, cell: index, at }] : []))),
  );

  it('reads the unbroken colon form (what the broken ones are held to)', () => {
    expect(whole).toMatchObject({ project: '山塘水库除险加固', supervisor: '桐庐岭县水利局', unit: '桐庐岭县水库管理所' });
  });

  it('joins the value’s rest, alone on its line or before the next cell, keeping the line count', () => {
    const lines = breakCell(colonDocument, 3, 0, 10);
    expect(lines.slice(3, 5)).toEqual(['主管部门：桐庐岭县水', '利局\t实施单位：桐庐岭县水库管理所']);
    const joined = joinBrokenLabelRows(lines);
    expect(joined).toHaveLength(lines.length);
    expect(joined.slice(3, 5)).toEqual([colonDocument[3], '']);
  });

  it('reads the same whichever label value is broken, one break per cell', () => {
    const breaks = fc.uniqueArray(fc.constantFrom(...points), { minLength: 1, maxLength: 3, selector: (point) => `${point.line}:${point.cell}` });
    fc.assert(
      fc.property(breaks, (chosen) => {
        const sorted = [...chosen].sort((left, right) => right.line - left.line || right.cell - left.cell);
        let lines: string[] = [...colonDocument];
        for (const point of sorted) lines = breakCell(lines, point.line, point.cell, point.at);
        expect(withoutLines(readText(lines.join('\n')))).toEqual(withoutLines(whole));
      }),
      { numRuns: 60 },
    );
  });

  it('does not take a year note, a funds label or prose followed by prose for the value’s rest', () => {
    for (const next of [['（2025年度）', ''], ['项目资金（万元）', '年初预算数\t全年预算数'], ['该项目由县水利局组织实施', '工期八个月']]) {
      // The indicator header below makes the lines a table's (a text without tabs is left whole).
      const lines = ['项目名称：山塘水库除险加固', ...next, '', document[HEADER_LINE] as string];
      expect(joinBrokenLabelRows(lines)).toEqual(lines);
    }
  });
});

describe('the funds block above the 年度总体目标 block, its label’s empty cell dropped (a borderless PDF’s print)', () => {
  const lines = (fundsHeader: string) => [
    '东岭县项目支出绩效自评表',
    '项目名称\t乡村道路养护补助\t主管部门\t东岭县交通运输局',
    fundsHeader,
    '\t年度资金总额\t60.00\t60.00\t57.00\t95%',
    '年度总体目标\t年初设定目标\t年度总体目标完成情况',
    '完成全县乡村道路日常养护，路况良好\t全年养护道路310公里，路况良好率达到96%',
    '一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分',
    '产出指标\t数量指标\t养护道路里程\t50\t≥300公里\t310公里\t50',
    '满意度指标\t服务对象满意度指标\t沿线群众满意度\t50\t≥90%\t93%\t48',
  ];

  it.each([
    ['with the empty cell', '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率'],
    ['without it', '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率'],
  ])('reads the goal and the result apart from the funds (%s)', (_case, fundsHeader) => {
    const document = readText(lines(fundsHeader).join('\n'));
    expect([document?.overallGoal, document?.overallResult]).toEqual(['完成全县乡村道路日常养护，路况良好', '全年养护道路310公里，路况良好率达到96%']);
    expect(document?.budget).toMatchObject({ executed: '57.00' });
  });
});
