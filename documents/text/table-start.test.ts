/**
 * A table inside a longer page (a 部门决算 page's 预算绩效情况说明): read from its own title on,
 * the page's text above and its next part below left out and said so, lines named as in the whole text.
 */
import { describe, expect, it } from 'vitest';
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { readText } from './read-text.ts';
import { findPagePartBelow, findTableStart, shiftSourceLines } from './table-start.ts';

const selfEvaluation = [
  '部门整体支出绩效自评表',
  '（2023年度）',
  '部门（单位）名称\t松岭县公安局',
  '预算执行情况（10分）\t年初预算数\t调整后预算数\t执行数\t执行率\t权重\t得分',
  '部门预算总额\t3210.00\t3380.40\t3314.60\t98.05%\t10\t9.81',
  '绩效指标（90分）\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分',
  '\t产出指标\t数量指标\t接处警情数\t≥3000起\t3265起\t45\t45',
  '\t效益指标\t社会效益指标\t群众安全感指数\t≥95%\t96.1%\t35\t35',
  '\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t10\t10',
  '合计\t\t\t\t\t\t100\t99.81',
];

/** Ten lines of a 决算 page's own text: its title, 目录 and 说明, none of them the table's. */
const pageAbove = [
  '松岭县公安局2023年度部门决算',
  '目录',
  '第一部分 部门概况',
  '第二部分 2023年度部门决算表',
  '第三部分 2023年度部门决算情况说明',
  '第一部分 部门概况',
  '本部门内设机构9个，下属单位1个。',
  '收入支出决算总表',
  '一般公共预算财政拨款收入\t4,102.33\t基本支出\t3,010.20',
  '2023年度收入总计4,102.33万元，支出总计4,102.33万元。',
  '',
];
const pageBelow = ['', '第四部分 名词解释', '一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。', '二、基本支出：指保障机构正常运转的支出。'];

function indicatorLines(document: PerformanceDocument | null): Array<[string, number | undefined]> {
  return document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.name, indicator.line]) : [];
}

describe('a table under a 决算 page’s text', () => {
  const alone = readText(selfEvaluation.join('\n'));
  const inPage = readText([...pageAbove, ...selfEvaluation, ...pageBelow].join('\n'));

  it('reads the unit, year, budget and indicators the table alone reads', () => {
    expect(inPage?.kind).toBe('self-evaluation');
    expect(inPage?.unit).toBe('松岭县公安局');
    expect(inPage?.year).toBe(alone?.year);
    expect(inPage?.budget).toEqual(alone?.budget);
    expect(indicatorLines(inPage).map(([name]) => name)).toEqual(['接处警情数', '群众安全感指数', '群众满意度']);
  });

  it('names the lines of the whole text and says what was left out above and below', () => {
    expect(indicatorLines(inPage).map(([, line]) => line)).toEqual(indicatorLines(alone).map(([, line]) => (line ?? 0) + pageAbove.length));
    const codes = inPage?.findings.map((finding) => [finding.code, finding.line]);
    expect(codes).toContainEqual(['text-above-table', pageAbove.length + 1]);
    expect(codes).toContainEqual(['text-below-table', pageAbove.length + selfEvaluation.length + 2]);
    expect(alone?.findings.map((finding) => finding.code)).not.toContain('text-above-table');
  });
});

describe('findTableStart', () => {
  const table = selfEvaluation;
  it.each([
    ['a page of text above the title', [...pageAbove, ...table], pageAbove.length],
    ['a line naming the table right above its title (附件：…)', [...pageAbove, '附件：部门整体支出绩效自评表', '', '附件2', ...table], pageAbove.length + 3],
    ['a title broken after its year', [...pageAbove, '松岭县公安局2023年度', ...table.slice(0)], pageAbove.length],
    ['a title between pipes', [...pageAbove, '| 部门整体支出绩效自评表 | ||||', ...table.slice(1)], pageAbove.length],
    [
      'a review form’s title with its spaced, stamped labels under it',
      [...pageAbove, '绩效目标评审申报表', '（适用2024年全部预算项目）', '项 目 名 称：城区路灯维护', '项目单位（印章）：松岭县城市管理局'],
      pageAbove.length,
    ],
  ])('finds the title under %s', (_, lines, start) => {
    expect(findTableStart(lines)?.line).toBe(start);
  });

  // A score sheet whose only unit is a bare 单位 row, its header words broken inside their cells (a PDF's
  // "一级 指标"): the title is the table's, not the page's (which names another unit).
  it.each([
    ['broken inside their cells', '序号 | 一级 指标 | 二级 指标 | 三级 指标 | 指标分值 | 自评得分 |'],
    ['spread out', '序 号\t一 级 指 标\t二 级 指 标\t三 级 指 标\t分 值\t得 分'],
  ])('finds the title over a bare 单位 row and header words %s', (_, header) => {
    const lines = [...pageAbove, '2023年度部门整体支出绩效评价自评表', '单位 | 柘溪县统计局 |||||', header, '1 | 规划 (15分) | 基础信息 (4分) | 基础信息完整性 | 4 | 4 |'];
    expect(findTableStart(lines)?.line).toBe(pageAbove.length);
    expect(findPagePartBelow([...lines.slice(pageAbove.length), ...pageBelow])?.line).toBe(5);
  });

  it.each([
    ['a table at the top of the page', table],
    ['a short head above the title (附件2, 填报单位)', ['附件2', '填报单位：（盖章）', ...table]],
    ['a report with the table attached', ['松岭县公安局2023年度部门整体支出绩效自评报告', ...pageAbove.slice(1), '附件：', ...table]],
    ['a header row naming 绩效目标 after the unit block', ['2023年度部门整体绩效自评表', ...Array.from({ length: 9 }, (_, index) => `第${index + 1}格`), '全年（调整）绩效目标', '指标名称']],
    ['an indicator table before any title (a second table further down)', [...table, ...pageAbove, ...table]],
  ])('reads from the top for %s', (_, lines) => {
    expect(findTableStart(lines)).toBeNull();
  });
});

describe('a table run together on one line under a 决算 page’s text', () => {
  const runTogether =
    '2023年度城北排水管网疏浚项目绩效自评表单位名称:松岭县排水服务中心 项目名称城北排水管网疏浚主管部门松岭县住房和城乡建设局' +
    '预算执行情况(万元)预算数(A)执行数(B)执行率(B/A)得分年度财政资金总额64.0060.8095%9.5' +
    '一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标数量指标疏浚管网长度≥30公里32公里40总分89.5';
  const titleAfterNotice = `现已完成2023年项目绩效自评。附件:2023年松岭县项目支出绩效自评表（2023年度）项目名称城北排水管网疏浚主管部门${'松岭县住房和城乡建设局'.repeat(4)}`;

  it.each([
    ['a title at the line’s start', runTogether],
    ['a title after a notice’s sentence in the same line', titleAfterNotice],
    ['a title glued to the indicator header', `2023年度项目支出绩效自评表一级指标二级指标三级指标${'指标值'.repeat(30)}`],
  ])('starts the table at the line for %s', (_, line) => {
    expect(findTableStart([...pageAbove, line])?.line).toBe(pageAbove.length);
  });

  it.each([
    ['a sentence naming the table below it', `（三）项目支出绩效自评情况见下表。${'本部门对8个项目开展自评，'.repeat(6)}项目名称略。`],
    ['a paragraph naming the table kind without a label after it', `本部门按要求填报项目支出绩效自评表，${'自评得分95分，结果为优。'.repeat(6)}`],
    ['a 决算 table run together (no table kind)', `收入支出决算总表项目名称本年收入合计本年支出合计${'一般公共预算财政拨款收入4102.33'.repeat(4)}`],
  ])('does not start a table at %s', (_, line) => {
    expect(findTableStart([...pageAbove, line, ...selfEvaluation])?.line).toBe(pageAbove.length + 1);
  });

  it('reads the run-together table under the page as it reads alone', () => {
    const alone = readText(runTogether);
    const inPage = readText([...pageAbove, runTogether, ...pageBelow].join('\n'));
    expect(alone?.unit).toBe('松岭县排水服务中心');
    expect(inPage?.unit).toBe(alone?.unit);
    expect(inPage?.year).toBe(2023);
    expect(inPage?.project).toBe(alone?.project);
    expect(indicatorLines(inPage).map(([name]) => name)).toEqual(indicatorLines(alone).map(([name]) => name));
    expect(inPage?.findings.map((finding) => finding.code)).toContain('text-above-table');
  });
});

describe('a whole 决算 page run together with its table in one line', () => {
  const runTogether =
    '2023年度城北排水管网疏浚项目绩效自评表单位名称:松岭县排水服务中心 项目名称城北排水管网疏浚主管部门松岭县住房和城乡建设局' +
    '预算执行情况(万元)预算数(A)执行数(B)执行率(B/A)得分年度财政资金总额64.0060.8095%9.5' +
    '一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标数量指标疏浚管网长度≥30公里32公里40总分89.5';
  /** The page's 说明 names the 部门整体 self-evaluation, then the project table follows in the same line. */
  const explanation = '十三、预算绩效情况说明 （一）部门整体支出绩效自评情况。自评得分93分，结果为优。（二）项目支出绩效自评情况见下表。';
  const definitions = '第四部分 名词解释 一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。二、基本支出：指保障机构正常运转的支出。';
  const page = [...pageAbove.filter((line) => line.trim() !== ''), explanation, runTogether, definitions].join(' ');

  it('starts the table after the page’s last sentence before the title', () => {
    const start = findTableStart([page]);
    expect(start?.line).toBe(0);
    expect(page.slice(0, start?.column)).toMatch(/见下表。$/);
  });

  it('ends the table at the page’s next part in the same line', () => {
    const fromTable = page.slice(page.indexOf(runTogether));
    expect(findPagePartBelow([fromTable])).toEqual({ line: 0, column: fromTable.indexOf('第四部分') });
  });

  it('reads the table as it reads alone: its scope, not the 说明’s 部门整体, and no 名词解释 as an indicator', () => {
    const alone = readText(runTogether);
    const inPage = readText(page);
    expect(alone?.scope).toBe('project');
    expect(inPage?.scope).toBe(alone?.scope);
    expect(inPage?.unit).toBe(alone?.unit);
    expect(inPage?.project).toBe(alone?.project);
    expect(inPage?.budget).toEqual(alone?.budget);
    expect(indicatorLines(inPage).map(([name]) => name)).toEqual(indicatorLines(alone).map(([name]) => name));
    const codes = inPage?.findings.map((finding) => [finding.code, finding.line]);
    expect(codes).toContainEqual(['text-above-table', 1]);
    expect(codes).toContainEqual(['text-below-table', 1]);
  });

  it.each([
    ['a site’s metadata before the title, no sentence in it', `zw01 3 2023-03-02 12.00 False False False 附件: ${runTogether}`],
    ['a short notice before the title', `现已完成自评。${runTogether}`],
  ])('reads from the line’s start for %s', (_, line) => {
    expect(findTableStart([line])).toBeNull();
  });
});

describe('findPagePartBelow', () => {
  it('ends the table at the page’s next part, not at a 第N部分 of its 目录 above the table', () => {
    expect(findPagePartBelow([...selfEvaluation, ...pageBelow])?.line).toBe(selfEvaluation.length + 1);
    expect(findPagePartBelow(['第四部分 名词解释', ...selfEvaluation])).toBeNull();
    expect(findPagePartBelow(['绩效指标：', '【产出指标-数量指标】 指标1:接处警情数(≥3000起)', '名词解释'])?.line).toBe(2);
  });
});

describe('a table with its unit’s 自评报告 printed under it', () => {
  const reportBelow = ['', '部门整体支出绩效自评报告', '一、部门基本情况', '本局内设股室6个。', '二、存在的问题及原因分析', '个别项目拨付偏慢。'];

  it('reads the table’s indicators only and ends it at the report’s title', () => {
    const document = readText([...selfEvaluation, ...reportBelow].join('\n'));
    expect(document?.kind).toBe('self-evaluation');
    expect(indicatorLines(document).map(([name]) => name)).toEqual(['接处警情数', '群众安全感指数', '群众满意度']);
    expect(document?.findings.map((finding) => [finding.code, finding.line])).toContainEqual(['text-below-table', selfEvaluation.length + 2]);
  });

  it('reads a report whose table sits between its sections whole', () => {
    const report = ['松岭县公安局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '本局内设股室6个。', ...selfEvaluation, '三、存在的问题及原因分析', '个别项目拨付偏慢。'];
    expect(findPagePartBelow(report)).toBeNull();
    expect(readText(report.join('\n'))?.kind).toBe('evaluation-report');
  });
});

describe('shiftSourceLines', () => {
  it('moves every line number, in fields and in messages', () => {
    const document = readText(selfEvaluation.join('\n'))!;
    document.findings.push({ severity: 'warning', code: 'shifted-row', message: '第7行比表头多出单元格，第7行可能错位', path: '', line: 7 });
    shiftSourceLines(document, 40);
    expect(document.findings.at(-1)).toMatchObject({ line: 47, message: '第47行比表头多出单元格，第47行可能错位' });
    expect(indicatorLines(document)[0]?.[1]).toBe(47);
  });
});

describe('a table run together on one line whose title states its total score before its head (twentieth study)', () => {
  const table = '示范推广项目绩效目标自评表(2023年度)项目总得分96分项目名称示范推广项目项目实施单位/项目负责人某中心/某人市县主管部门某局资金情况(万元)年度总体目标一是推广良种;二是建设示范田绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(40分)数量指标指标1良种推广面积406000亩6000亩40效益指标(40分)社会效益指标指标1带动种植户数40≥500户520户40满意度指标(20分)服务对象满意度指标指标1种植户满意度20≥90%94%20总分10096';

  it('starts at the title, past the score it states', () => {
    expect(findTableStart([...pageAbove, table])).toEqual({ line: pageAbove.length, column: 0 });
  });

  it('reads the table as when alone', () => {
    const document = readText([...pageAbove, table, ...pageBelow].join('\n'));
    expect(document).toMatchObject({ kind: 'self-evaluation', scope: 'project', project: '示范推广项目', unit: '某中心', supervisor: '某局' });
    expect(indicatorLines(document).map(([name]) => name)).toEqual(['良种推广面积', '带动种植户数', '种植户满意度']);
  });
});

describe('a system’s table whose first row is its title, no 表 in it, inside a 决算 page (2026-12-07, readers-40)', () => {
  // Its 部门名称 stands third in a row of label pairs; a section row (| 年度绩效目标 |) inside the table is no title.
  const table = [
    '| 部门整体绩效目标 | ||||||',
    '| 基本信息 | ||||||',
    '| 部门编码: | 311 | 部门名称: | 松岭县档案馆 | 联系人: | 程远 |',
    '| 联系电话: | 0798-5550456 | |||||',
    '| 部门职能职责概述 | 负责全县档案收集保管和利用服务。 | |||||',
    '| 年度绩效目标 | ||||||',
    '| 年度绩效总目标 | 保障档案馆正常运转，完成馆藏档案数字化任务。 | |||||',
    '| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 |',
    '| 产出指标 | 数量指标 | 档案数字化页数(万页) | ≥ | 120 | 万页 | 依据年度工作计划测算 |',
    '| 质量指标 | 数字化验收合格率(%) | ≥ | 98 | % | 依据年度工作计划测算 |',
    '| 效益指标 | 社会效益指标 | 档案查阅服务人次 | ≥ | 3000 | 人次 | 依据年度工作计划测算 |',
    '| 满意度指标 | 服务对象满意度指标 | 查档群众满意度(%) | ≥ | 90 | % | 依据年度工作计划测算 |',
  ];
  const alone = readText(table.join('\n'));
  const inPage = readText([...pageAbove, ...table, ...pageBelow].join('\n'));

  it('starts the table at its title row, not at a section row inside it', () => {
    expect(findTableStart([...pageAbove, ...table])?.line).toBe(pageAbove.length);
  });

  it('reads the table’s unit and its indicators only, as it reads alone', () => {
    expect(alone?.unit).toBe('松岭县档案馆');
    expect(inPage?.unit).toBe('松岭县档案馆');
    expect(indicatorLines(inPage).map(([name]) => name)).toEqual(indicatorLines(alone).map(([name]) => name));
    expect(indicatorLines(inPage)).toHaveLength(4);
  });
});
