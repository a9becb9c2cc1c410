import { describe, expect, it } from 'vitest';
import { importFile } from '../import-file.ts';
import type { PerformanceDocument } from '../../core/model.ts';
import { analyseDocument } from '../../core/analyse.ts';

const TITLE = '青禾县农业农村局2023年度项目支出绩效自评报告';

async function read(lines: readonly string[], title = TITLE): Promise<PerformanceDocument> {
  const text = [title, ...lines].join('\n');
  return importFile({ bytes: Buffer.from(text, 'utf8'), fileName: 'report.txt' });
}

/** Each project as "name: figure=value …", the figures the report states for it. */
function describeProjects(document: PerformanceDocument): string[] {
  return (document.report?.projects ?? []).map((project) => {
    const figures = (['initial', 'adjusted', 'executed', 'executionRate', 'score', 'grade'] as const)
      .filter((field) => project[field] != null)
      .map((field) => `${field}=${project[field]}`);
    return [project.name, ...figures].join(' ');
  });
}

const partsReport = [
  '一、基本情况',
  '本次共对2个项目开展了绩效自评，年初预算合计130万元。',
  '二、各项目自评情况',
  '（一）耕地质量提升项目',
  '年初预算数为50万元，全年执行数48万元，预算执行率96%。自评得分92分，等级为优。',
  '（二）农机购置补贴资金',
  '年初预算数为80万元，全年执行数为60万元，执行率75%。',
  '自评得分78分，评价等级为“中”。',
  '三、存在的问题',
  '个别项目支付进度偏慢。',
];

describe('a report over several projects, one part each', () => {
  it('lists each project with the figures its own part states', async () => {
    const document = await read(partsReport);
    expect(describeProjects(document)).toEqual([
      '耕地质量提升项目 initial=50 executed=48 executionRate=96 score=92 grade=优',
      '农机购置补贴资金 initial=80 executed=60 executionRate=75 score=78 grade=中',
    ]);
  });

  it('keeps the whole’s figures from outside the parts, never a project’s', async () => {
    const document = await read(partsReport);
    expect(document.budget.initial).toBe('130');
    expect(document.budget.executed ?? null).toBeNull();
    expect(document.totals.score ?? null).toBeNull();
    expect(document.totals.grade ?? null).toBeNull();
  });

  it('says the projects were read one by one', async () => {
    const document = await read(partsReport);
    const notice = document.findings.find((finding) => finding.code === 'several-projects-in-report');
    expect(notice).toMatchObject({ severity: 'info', path: 'report.projects', line: 5 });
    expect(notice?.message).toContain('2个项目');
  });

  it('checks each project’s stated rate against its own figures', async () => {
    const document = await read([
      '一、绩效自评情况',
      '1.水毁道路修复项目：全年预算数40万元，全年执行数30万元，执行率80%。',
      '2.村庄保洁经费：全年预算数20万元，全年执行数19万元，执行率95%。',
      '二、存在的问题',
      '无。',
    ]);
    expect(describeProjects(document)).toEqual([
      '水毁道路修复项目 adjusted=40 executed=30 executionRate=80',
      '村庄保洁经费 adjusted=20 executed=19 executionRate=95',
    ]);
    const mismatch = analyseDocument(document).findings.filter((finding) => finding.code === 'stated-rate-mismatch');
    expect(mismatch.map((finding) => finding.path)).toEqual(['report.projects.0.executionRate']);
    expect(mismatch[0]?.message).toMatch(/^“水毁道路修复项目”的预算执行率（执行数\/全年预算数）填报为80%，按所列金额计算应为75%/);
  });

  it.each([
    ['parts that name no project (项目决策, 项目资金)', ['（一）项目决策情况', '立项依据充分。', '（二）项目资金情况', '年初预算数为50万元，全年执行数48万元。']],
    ['a single project part', ['（一）耕地质量提升项目', '年初预算数为50万元，全年执行数48万元。', '（二）存在的问题', '无。']],
    [
      'project parts without a figure (a list of the work done)',
      ['（一）耕地质量提升项目', '完成土壤改良。', '（二）高标准农田建设项目', '完成田间道路。', '年初预算数为50万元，全年执行数48万元。'],
    ],
  ])('reads no projects from %s', async (_case, body) => {
    const document = await read(['一、基本情况', ...body, '二、存在的问题', '无。']);
    expect(document.report?.projects).toBeUndefined();
  });

  it('reads a single project report’s figures as before', async () => {
    const document = await read(
      ['一、基本情况', '（一）项目资金情况', '年初预算数为50万元，全年执行数48万元，执行率96%。', '（二）项目实施情况', '自评得分92分，等级为优。'],
      '青禾县农业技术推广站2023年度耕地质量提升项目支出绩效自评报告',
    );
    expect(document.report?.projects).toBeUndefined();
    expect([document.budget.initial, document.budget.executed, document.totals.score]).toEqual(['50', '48', '92']);
  });
});

describe('a summary table of the projects', () => {
  it.each([
    {
      layout: 'amounts in 万元, a score and a grade column',
      table: [
        '项目名称\t预算金额（万元）\t实际支出（万元）\t执行率\t自评得分\t评价等级',
        '耕地质量提升项目\t50\t48\t96%\t92\t优',
        '农机购置补贴资金\t80\t60\t75%\t78\t中',
        '合计\t130\t108\t83.08%\t\t',
      ],
      projects: [
        '耕地质量提升项目 adjusted=50 executed=48 executionRate=96 score=92 grade=优',
        '农机购置补贴资金 adjusted=80 executed=60 executionRate=75 score=78 grade=中',
      ],
    },
    {
      layout: 'amounts in 元 stated above, a judgement column written 优秀/一般',
      table: [
        '单位：元',
        '| 序号 | 项目名称 | 年初预算数 | 全年执行数 | 成效评价 |',
        '| 1 | 乡村振兴示范村建设项目 | 1,200,000 | 1,150,000 | 优秀 |',
        '| 2 | 农村人居环境整治专项 | 350,000 | 300,500 | 一般 |',
      ],
      projects: [
        '乡村振兴示范村建设项目 initial=120 executed=115 grade=优',
        '农村人居环境整治专项 initial=35 executed=30.05 grade=中',
      ],
    },
  ])('reads each row: $layout', async ({ table, projects }) => {
    const document = await read(['一、基本情况', '本局对以下项目开展了绩效自评。', ...table, '二、存在的问题', '无。']);
    expect(describeProjects(document)).toEqual(projects);
    expect(document.findings.find((finding) => finding.code === 'several-projects-in-report')?.severity).toBe('info');
  });

  it('reads no projects from a table of sub-projects with no figure column', async () => {
    const document = await read([
      '一、基本情况',
      '项目名称\t实施地点\t建设内容',
      '东片灌渠项目\t东村\t渠道2公里',
      '西片灌渠项目\t西村\t渠道3公里',
      '二、存在的问题',
      '无。',
    ]);
    expect(document.report?.projects).toBeUndefined();
  });
});

describe('a 部门整体 report', () => {
  it('keeps its projects’ parts as its own text (one unit’s spending, no projects list)', async () => {
    const document = await read(partsReport, '青禾县农业农村局2023年度部门整体支出绩效自评报告');
    expect(document.report?.projects).toBeUndefined();
  });

  it('lists its 重点项目 each with its own indicator table, checked apart', async () => {
    const document = await read(tablesReport, '青禾县农业农村局2023年度部门整体支出绩效自评报告');
    expect(document.scope).toBe('department');
    expect(document.goals.map((goal) => [goal.project, goal.indicators.length])).toEqual([
      ['耕地质量提升项目', 3],
      ['农机购置补贴资金', 3],
    ]);
    const analysed = analyseDocument(document);
    expect(analysed.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

/** A project's part: its heading, a sentence, and its own indicator table (tab rows) with its 总分. */
function partWithTable(heading: string, sentence: string, rows: readonly string[], total: string): string[] {
  return [
    heading,
    sentence,
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    ...rows,
    `总分\t\t\t\t\t100\t${total}\t`,
  ];
}

const tablesReport = [
  '一、基本情况',
  '我局对2023年度实施的2个项目开展了绩效自评。',
  '二、各项目自评情况',
  ...partWithTable(
    '（一）耕地质量提升项目',
    '年初预算数为50万元，全年预算数为50万元，全年执行数48万元，预算执行率96%。自评得分96.6分。',
    [
      '预算执行率\t\t\t100%\t96%\t10\t9.6\t',
      '产出指标\t数量指标\t提升耕地面积\t≥1000亩\t1000亩\t50\t50\t',
      '效益指标\t经济效益指标\t亩均增收\t≥100元\t90元\t30\t27\t旱情',
      '满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t10\t10\t',
    ],
    '96.6',
  ),
  ...partWithTable(
    '（二）农机购置补贴资金',
    '年初预算数为80万元，全年预算数为80万元，全年执行数为80万元，执行率100%。',
    [
      '预算执行率\t\t\t100%\t100%\t10\t10\t',
      '产出指标\t数量指标\t补贴机具数量\t≥200台\t200台\t50\t50\t',
      '效益指标\t社会效益指标\t机械化率\t≥70%\t72%\t30\t30\t',
      '满意度指标\t服务对象满意度指标\t购机户满意度\t≥90%\t92%\t10\t10\t',
    ],
    '100',
  ),
  '三、存在的问题',
  '个别项目受旱情影响。',
  '四、改进措施',
  '加强灌溉管护。',
];

describe('a report over several projects, each part with its own indicator table', () => {
  it('keeps each table’s indicators with its project, and the report’s sections after the last table', async () => {
    const document = await read(tablesReport);
    expect(document.goals.map((goal) => [goal.project, goal.indicators.map((indicator) => indicator.name)])).toEqual([
      ['耕地质量提升项目', ['提升耕地面积', '亩均增收', '农户满意度']],
      ['农机购置补贴资金', ['补贴机具数量', '机械化率', '购机户满意度']],
    ]);
    expect(document.report?.sections.map((section) => section.title)).toEqual(['基本情况', '各项目自评情况', '存在的问题', '改进措施']);
    expect(document.findings.map((finding) => finding.code)).not.toContain('text-below-table');
    expect(document.findings.map((finding) => finding.code)).not.toContain('truncated-document');
    // A table's 总分 is its project's score when the part's sentences state none.
    expect(describeProjects(document)).toEqual([
      '耕地质量提升项目 initial=50 adjusted=50 executed=48 executionRate=96 score=96.6',
      '农机购置补贴资金 initial=80 adjusted=80 executed=80 executionRate=100 score=100',
    ]);
    // The report names no one project ("实施的2个项目" is none).
    expect(document.project).toBeNull();
  });

  it('checks each project’s table on its own: no weight sum of 180', async () => {
    const analysed = analyseDocument(await read(tablesReport));
    expect(analysed.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(analysed.report?.projects?.map((project) => project.suggestedScore)).toEqual(['96.6', '100']);
  });
});

/** Tab rows written one cell per line, empty cells leaving no line (pdftotext without -layout). */
const oneCellPerLine = (rows: readonly string[]): string[] => rows.flatMap((row) => row.split('\t').filter((cell) => cell.trim() !== ''));

/** The same with a blank line after each row (a PDF's text setting its rows apart). */
const oneCellPerLineSpaced = (rows: readonly string[]): string[] => rows.flatMap((row) => [...oneCellPerLine([row]), '']);

/** One cell per line with the levels numbered as the report's headings are (一、产出指标, （一）数量指标). */
const oneCellPerLineNumbered = (rows: readonly string[]): string[] => {
  let level1 = 0;
  const numerals = '一二三四五六七八九';
  return rows.flatMap((row) => {
    const [, first = '', second = '', ...rest] = row.split('\t');
    if (!row.startsWith('\t') || !first.endsWith('指标')) return oneCellPerLine([row]);
    level1 += 1;
    return oneCellPerLine([[`${numerals[level1 - 1]}、${first}`, `（一）${second}`, ...rest].join('\t')]);
  });
};

/** A project's part whose figures stand only in its table's 项目资金 block, under the table's title. */
function partWithFundsBlock(
  heading: string,
  funds: readonly [string, string, string, string, string],
  rows: readonly string[],
  writeRows = oneCellPerLine,
): string[] {
  const [initial, adjusted, executed, rate, score] = funds;
  return [
    heading,
    '1.项目概况。该项目按计划实施。',
    '2.自评结论。自评表如下：',
    ...writeRows([
      '项目支出绩效自评表',
      '（2023年度）',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      `\t年度资金总额\t${initial}\t${adjusted}\t${executed}\t10\t${rate}%\t${score}`,
      '年度总体目标\t预期目标\t\t实际完成情况',
      '\t完成年度建设任务。\t\t基本完成年度建设任务。',
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      ...rows,
    ]),
  ];
}

describe('a report over several projects written one cell per line, each table with its funds block', () => {
  const writeReport = (writeRows = oneCellPerLine): string[] => [
    '一、基本情况',
    '我局对2023年度实施的2个项目开展了绩效自评。',
    '二、各项目自评情况',
    ...partWithFundsBlock('（一）耕地质量提升项目', ['50', '50', '48', '96', '9.6'], [
      '\t产出指标\t数量指标\t提升耕地面积\t≥1000亩\t1000亩\t50\t50',
      '\t满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t40\t40',
    ], writeRows),
    ...partWithFundsBlock('（二）农机购置补贴资金', ['80', '70', '63', '90', '9'], [
      '\t产出指标\t数量指标\t补贴机具数量\t≥200台\t180台\t50\t45',
      '\t满意度指标\t服务对象满意度指标\t购机户满意度\t≥90%\t92%\t40\t40',
    ], writeRows),
    '三、存在的问题',
    '个别项目受旱情影响。',
  ];

  it.each([
    ['its rows one after another', oneCellPerLine],
    ['a blank line after each row, the head’s rows too', oneCellPerLineSpaced],
    ['its levels numbered as headings: 一、产出指标, （一）数量指标', oneCellPerLineNumbered],
  ])('reads each project’s figures from its own table’s head, its title to its indicators (%s)', async (_, writeRows) => {
    const document = await read(writeReport(writeRows));
    expect(describeProjects(document)).toEqual([
      '耕地质量提升项目 initial=50 adjusted=50 executed=48 executionRate=96',
      '农机购置补贴资金 initial=80 adjusted=70 executed=63 executionRate=90',
    ]);
    expect(document.goals.map((goal) => [goal.project, goal.indicators.map((indicator) => indicator.name)])).toEqual([
      ['耕地质量提升项目', ['提升耕地面积', '农户满意度']],
      ['农机购置补贴资金', ['补贴机具数量', '购机户满意度']],
    ]);
  });
});
