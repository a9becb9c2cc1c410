import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.ts';
import { splitLines } from './normalize.ts';
import { readTitle } from './title.ts';

/** Title wordings seen in published documents, written with invented names. */
const titles = [
  ['示范县公安局2024年度项目支出绩效自评报告', 'evaluation-report', 'project', '示范县公安局', 2024],
  ['示范县教育局2023年度部门整体支出绩效评价报告', 'evaluation-report', 'department', '示范县教育局', 2023],
  ['示范州数据中心2024年度项目支出绩效单位自评报告', 'evaluation-report', 'project', '示范州数据中心', 2024],
  [
    '关于示范县卫健委2022年度整体支出绩效自评情况的报告',
    'evaluation-report',
    'department',
    '示范县卫健委',
    2022,
  ],
  ['2024年度示范县文化馆部门整体支出绩效自评报告', 'evaluation-report', 'department', '示范县文化馆', 2024],
  [
    '示范县市场监督管理局关于2022年度部门整体支出绩效自评情况的报告',
    'evaluation-report',
    'department',
    '示范县市场监督管理局',
    2022,
  ],
  // Results of several evaluations published as a list (a township's 专项债券 projects, 2024).
  ['示范镇人民政府2023年度地方政府专项债券项目资金绩效评价结果公示', 'evaluation-report', 'project', '示范镇人民政府', 2023],
  ['示范县财政局关于2023年度重点绩效评价结果的公告', 'evaluation-report', 'department', '示范县财政局', 2023],
  ['部门整体支出绩效自评表', 'self-evaluation', 'department', null, null],
  ['示范区民政局部门整体支出绩效自评表（2023年度）', 'self-evaluation', 'department', '示范区民政局', 2023],
  ['项目支出绩效自评表', 'self-evaluation', 'project', null, null],
  ['部门预算项目支出绩效自评表(2023年度)', 'self-evaluation', 'project', null, 2023],
  ['示范县2024年度部门预算项目支出绩效自评表', 'self-evaluation', 'project', '示范县', 2024],
  ['绩效自评表', 'self-evaluation', 'department', null, null],
  ['2022年度项目绩效自评结果表', 'self-evaluation', 'project', null, 2022],
  ['部門整體支出績效自評表', 'self-evaluation', 'department', null, null],
  ['項目支出績效目標表（2025年度）', 'target-table', 'project', null, 2025],
  ['2023年部门整体支出绩效目标表', 'target-table', 'department', null, 2023],
  ['部门(单位)整体绩效目标表', 'target-table', 'department', null, null],
  ['部门（单位）整体绩效目标表', 'target-table', 'department', null, null],
  ['项目绩效目标和指标', 'target-table', 'project', null, null],
  ['财政支出项目绩效目标申报表（2024年度）', 'target-table', 'project', null, 2024],
  ['绩效目标申报表', 'target-table', 'department', null, null],
  // A city's review form (适用2017年全部预算项目): 评审 between 目标 and 申报表.
  ['绩效目标评审申报表', 'target-table', 'department', null, null],
  ['示范市2025年市直部门预算项目支出绩效目标表', 'target-table', 'project', '示范市', 2025],
  ['附件2：2024年示范县水利局项目支出绩效目标表', 'target-table', 'project', '示范县水利局', 2024],
  ['2024年部门整体支出绩效目标批复表', 'approval-table', 'department', null, 2024],
  ['示范县农业农村局2023年项目绩效目标批复表', 'approval-table', 'project', '示范县农业农村局', 2023],
  // The plan names no unit; it funds projects.
  ['2024年中央预算内投资计划绩效目标表', 'target-table', 'project', null, 2024],
  // Targets revised mid-year.
  ['2024年度项目支出绩效目标调整申请表', 'target-table', 'project', null, 2024],
  ['示范县文化馆2024年度项目绩效目标调整表', 'target-table', 'project', '示范县文化馆', 2024],
  // Targets declared for approval (审批表, a Chongqing township), and a fund's region table naming no unit.
  ['示范镇2024年项目支出绩效目标审批表', 'target-table', 'project', '示范镇', 2024],
  ['动物防疫等补助经费区域绩效目标表', 'target-table', 'project', null, null],
  // A medium-term table's range of years: the first is the budget year.
  ['项目支出中期绩效目标表（2025—2027年）', 'target-table', 'project', null, 2025],
  ['示范县图书馆2025年至2027年项目支出绩效目标表', 'target-table', 'project', '示范县图书馆', 2025],
  // A notice of the targets set, its indicators in sentences (a Ningxia township's and 农业农村局's, twenty-second study).
  ['关于示范镇设施农业草莓种植项目绩效目标设定的公示', 'target-table', 'project', '示范镇设施农业草莓种植', null],
  ['示范县2025年养殖技术培训项目绩效目标设定', 'target-table', 'project', '示范县', 2025],
] as const;

describe('readTitle and detectKind on title wordings', () => {
  it.each(titles)('reads %j as %s (%s), unit %s, year %s', (title, kind, scope, unit, year) => {
    const lines = splitLines(`${title}\n`);
    expect(readTitle(lines)).toMatchObject({ kind, unit, year });
    expect(detectKind(lines)).toEqual({ kind, scope });
  });
});

describe('detectKind by the body when the title is unknown', () => {
  it('reads a table titled in an unknown way by its columns', () => {
    const text =
      '示范县文旅局年度绩效情况一览\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t10\t10';
    expect(detectKind(splitLines(text))).toEqual({ kind: 'self-evaluation', scope: 'department' });
  });

  it('takes a target-table title over a table with actual values and scores for a self-evaluation', () => {
    const text = '项目绩效目标完成情况表\n三级指标\t年度指标值\t实际完成值\t分值\t得分';
    expect(detectKind(splitLines(text))?.kind).toBe('self-evaluation');
  });

  it('reads a report without a kind in its title by its numbered headings', () => {
    const text = '示范县档案馆工作情况\n一、部门基本情况\n略。\n二、存在的问题\n略。\n三、改进措施\n略。';
    expect(detectKind(splitLines(text))?.kind).toBe('evaluation-report');
  });
});

describe('readTitle after a covering notice', () => {
  it('takes no sentence of the notice for the title, and does not count it as a line before it', () => {
    const lines = splitLines(
      [
        '桐财建指〔2024〕12号',
        '现下达你县2024年预算860万元，专项用于乡村冷链设施建设，请按规定专款专用。',
        '请你单位做好绩效监控，确保年度绩效目标如期实现，年度结束后及时将项目绩效自评报告报我局备案。',
        '请于年底前，将资金使用情况和项目进度，报送我局经济建设科。',
        '特此通知，请认真执行，及时反馈执行中的问题。',
        '桐江市财政局',
        '2024年5月6日',
        '附件',
        '2024年乡村冷链设施建设',
        '项目绩效目标表',
      ].join('\n'),
    );
    expect(readTitle(lines)).toMatchObject({ kind: 'target-table', year: 2024 });
  });
});

describe('a notice’s heading as the title', () => {
  it.each([
    ['a notice of the targets set is the document', ['关于示范镇草莓种植项目绩效目标设定的公示', '根据…精神，安排资金20万元。'], '关于示范镇草莓种植项目绩效目标设定的公示'],
    ['a covering notice is not', ['关于公开2023年度部门整体支出绩效自评结果的公告', '部门整体支出绩效自评表'], '部门整体支出绩效自评表'],
    ['a site’s label cell before the title goes', ['索 引 号 | 640399/2024-00052 | 发文时间 | 2024-04-12 |', '标 题: | 示范县2025年养殖技术培训项目绩效目标设定 |'], '示范县2025年养殖技术培训项目绩效目标设定'],
  ])('%s', (_case, lines, title) => {
    expect(readTitle(lines).text).toBe(title);
  });
});

describe('what stands above a title', () => {
  const table = ['项目支出绩效自评表', '（2023年度）', '项目名称\t乡村道路养护', '实施单位\t示范县公路养护站'];

  it('takes no year from a cover’s date on the line above the title', () => {
    const title = readTitle(['示范县交通运输局', '2024年3月', ...table]);
    expect(title.text).toBe('项目支出绩效自评表');
    expect(title.year).toBeNull();
  });

  it('still joins a title broken after its year', () => {
    expect(readTitle(['示范县交通运输局2023年度', ...table]).year).toBe(2023);
  });

  it('takes neither title nor unit from a covering notice’s heading', () => {
    const notice = ['关于公开示范县2023年度项目支出绩效自评结果的公告', '现将我单位2023年度绩效自评结果予以公开。', ''];
    const title = readTitle([...notice, ...table]);
    expect(title.text).toBe('项目支出绩效自评表');
    expect(title.unit).toBeNull();
  });

  it('takes no unit from a site\'s metadata form above the title (索引号 / 发文日期 with their values, twenty-fourth study)', () => {
    const form = ['索 引 号: | 011300000/2022-00412 | 发文字号: | 无 | 发文日期: | 2022年10月18日 |', '主题分类:\t财政\t发布日期:\t2022年10月18日'];
    expect(readTitle([...form, ...table]).unit).toBeNull();
    expect(readTitle(['示范县交通运输局2023年度绩效公开', ...table]).unit).toBe('示范县交通运输局');
  });

  it('keeps a report titled 关于…的报告', () => {
    expect(readTitle(['关于示范县卫健委2022年度整体支出绩效自评情况的报告']).kind).toBe('evaluation-report');
  });
});

describe('a table without a title of its own inside a unit\'s budget publication', () => {
  it.each([
    [['示范县档案服务中心2023年度部门决算', '', '发布时间: 2024-09-03', '绩效指标'], '示范县档案服务中心'],
    [['首页 > 信息公开', '示范县水务局2024年部门预算公开', '绩效指标'], '示范县水务局'],
    [['示范县文化馆2023年度单位决算', '绩效指标'], '示范县文化馆'],
  ])('names the unit the publication heading names: %j', (lines, unit) => {
    expect(readTitle(lines).unit).toBe(unit);
  });

  it.each([
    [['2023年度部门决算', '绩效指标']],
    [['示范县档案服务中心2023年度工作总结', '绩效指标']],
  ])('names no unit from a heading without one or of another document: %j', (lines) => {
    expect(readTitle(lines).unit).toBeNull();
  });
});

describe('a whole document run together on one line below a site’s few lines', () => {
  const site = ['- 52.10 KB', '- 16页', '- 1、本文档共3页,可阅读全部内容。'];
  const body = '项目名称:乡村学校营养餐补助项目单位:示范县教育局评价时间:2022年7月1日至2022年8月15日二、绩效评价指标评分一级指标分值二级指标分值三级指标分值得分投入20项目立项14。';

  it.each([
    ['财政支出项目绩效评价报告评价类型:□实施过程评价√完成结果评价', 'evaluation-report'],
    ['项目支出绩效自评表项目名称', 'self-evaluation'],
  ])('takes the line opening with %s as the title line', (opening, kind) => {
    expect(readTitle([...site, `${opening}${body}`])).toMatchObject({ line: 4, kind });
  });

  it('takes a title naming its place, year and project before the kind words (35 characters)', () => {
    const opening = '青川市城西区2023年度社区居家养老服务补贴项目支出绩效评价评分表';
    expect(readTitle([...site, `${opening}${body}`])).toMatchObject({ line: 4, kind: 'self-evaluation' });
  });

  it('takes no sentence naming a kind after its clause for the title', () => {
    const title = readTitle([...site, `根据要求，现将本单位项目支出绩效自评报告公开如下。${body}`]);
    expect(title.line).not.toBe(4);
  });
});
