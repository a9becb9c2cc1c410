import { describe, expect, it } from 'vitest';
import { columnWidths, layOutWrappedSection } from '../layouts/render/wrapped-layout.ts';
import { withLayoutWrappedCells } from '../layouts/variation/converter-edits.ts';
import { joinLayoutWrappedRows } from './layout-wrapped-rows.ts';
import { readText } from './read-text.ts';
import { splitLinesWithSources } from './normalize.ts';

const HEADER = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
/** The level columns merged down over their rows, as a Word table has them. */
const MERGED = new Set([1, 2]);
const LEVELS = new Set([1, 2]);

/** The rows as pdftotext -layout writes a Word table's PDF (render/wrapped-layout.ts), then joined back. */
function roundTrip(rows: string[][]): string[][] {
  const lines = layOutWrappedSection({ rows: [HEADER, ...rows], mergedColumns: MERGED, levelColumns: LEVELS, headerRows: 1 });
  return joinLayoutWrappedRows(lines)
    .filter((line) => line.includes('\t'))
    .slice(1)
    .map((line) => line.split('\t'));
}

const row = (...cells: string[]): string[] => [...cells, ...Array<string>(HEADER.length - cells.length).fill('')];

describe('rows of a PDF table in layout mode whose cells wrapped and centred', () => {
  const cases: Array<{ name: string; rows: string[][] }> = [
    {
      name: 'a two-line reason beside one-line cells (its lines above and below the figures)',
      rows: [
        row('', '产出指标', '数量指标', '更新路灯盏数', '≥120盏', '126盏', '20', '20'),
        row('', '', '', '维修破损路面面积', '≥3000平方米', '2860平方米', '10', '9', '雨季施工推迟两周，部分路段下年优先安排完成'),
      ],
    },
    {
      name: 'a 一级 merged over three rows and a 二级 over two (their lines between the rows)',
      rows: [
        row('', '产出指标', '数量指标', '更新路灯盏数', '≥120盏', '126盏', '20', '20'),
        row('', '', '', '新建候车亭个数', '≥8个', '8个', '10', '10'),
        row('', '', '质量指标', '路面维修验收合格率', '=100%', '100%', '10', '10'),
      ],
    },
    {
      name: 'a long name and a 二级 that wrap (社会效益指 / 标), a level over one row',
      rows: [
        row('', '效益指标', '社会效益指标', '沿街商户夜间营业时长增加比例', '≥15%', '18%', '15', '15'),
        row('', '满意度指标', '服务对象满意度指标', '沿线居民满意度', '≥90%', '93%', '15', '14', '个别路段照明不足'),
      ],
    },
    {
      name: 'a qualitative value and a three-line name beside a two-line reason',
      rows: [
        row('', '效益指标', '可持续影响指标', '路灯智能控制系统长效运维管理机制建立情况', '健全', '基本健全', '10', '8', '运维合同年底才签订，下年度起执行'),
        row('', '', '', '设施完好率', '≥95%', '97%', '10', '10'),
      ],
    },
  ];
  for (const { name, rows } of cases) {
    it(`reads back each row's cells: ${name}`, () => {
      expect(roundTrip(rows)).toEqual(rows);
    });
  }

  it('keeps every line of the text (rows on their figures’ lines, the rest blanked)', () => {
    const lines = layOutWrappedSection({ rows: [HEADER, ...(cases[1] as { rows: string[][] }).rows], mergedColumns: MERGED, levelColumns: LEVELS, headerRows: 1 });
    expect(joinLayoutWrappedRows(lines)).toHaveLength(lines.length);
  });

  it('reads a LibreOffice-shaped table: a level between its rows, a 二级 over two, a total under a band column', () => {
    const text = [
      '项目支出绩效自评表',
      '绩效指标  一级指标    二级指标    三级指标            年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施',
      '                                  更新路灯盏数        ≥120盏      126盏       20    20',
      '                      数量指标',
      '                                  新建候车亭个数      ≥8个        8个         10    10',
      '          产出指标',
      '                                                                                          雨季施工推迟，',
      '                      质量指标    路面维修验收合格率  =100%       96%         20    18',
      '                                                                                          下年复验。',
      '                     服务对象满',
      '          满意度指标              沿线居民满意度      ≥90%        93%         10    10',
      '                      意度指标',
      '总分                                                                          60    58',
    ];
    const rows = joinLayoutWrappedRows(text).filter((line) => line.includes('\t')).map((line) => line.split('\t'));
    expect(rows.slice(1)).toEqual([
      ['', '产出指标', '数量指标', '更新路灯盏数', '≥120盏', '126盏', '20', '20', ''],
      ['', '', '', '新建候车亭个数', '≥8个', '8个', '10', '10', ''],
      ['', '', '质量指标', '路面维修验收合格率', '=100%', '96%', '20', '18', '雨季施工推迟，下年复验。'],
      ['', '满意度指标', '服务对象满意度指标', '沿线居民满意度', '≥90%', '93%', '10', '10', ''],
      ['总分', '', '', '', '', '', '60', '58', ''],
    ]);
  });

  it('leaves a top-aligned table to the fixed-width readers (every cell starts on its row’s first line)', () => {
    const text = [
      '一级指标  二级指标    三级指标          年度指标值  实际完成值  分值  得分',
      '产出指标  数量指标    更新路灯盏数      ≥120盏      126盏       20    20',
      '                      新建城区候车亭个  ≥8个        8个         10    10',
      '                      数',
      '效益指标  社会效益指  沿线商户营业时长  ≥15%        18%         15    15',
      '          标',
    ];
    expect(joinLayoutWrappedRows(text)).toEqual(text);
  });

  it('joins a wrapped label and goal above the header on their rows, and leaves a text without a wrapped table as it is', () => {
    const text = [
      '项目名称          城区道路照明提升改造',
      '                  完成城区主干道路灯更新和',
      '年度总体目标      破损路面维修，改善夜间出',
      '                  行条件。',
      ...layOutWrappedSection({ rows: [HEADER, ...(cases[0] as { rows: string[][] }).rows], mergedColumns: MERGED, levelColumns: LEVELS, headerRows: 1 }),
    ];
    const joined = joinLayoutWrappedRows(text);
    expect(joined[2]).toBe('年度总体目标\t完成城区主干道路灯更新和破损路面维修，改善夜间出行条件。');
    expect([joined[1], joined[3]]).toEqual(['', '']);
    expect(joinLayoutWrappedRows(text.slice(0, 4))).toEqual(text.slice(0, 4));
  });

  it('ends a table under the form’s own label (绩效指标 at the top of its cell) at the form’s next row in that column', () => {
    // Top-aligned cells; 说明 opens the form's next row, no cell of the table's (a 指标类别 column would be one).
    const table = [
      '绩效指标      一级指标    二级指标    三级指标            年度指标值    实际完成值',
      '              产出指标    数量指标    新建乡村道路里      ≥12公里       12.5公里',
      '                                      程',
      '                                      安装太阳能路灯      ≥80盏         82盏',
      '                          质量指标    道路验收合格率      =100%         100%',
      '              满意度指标  服务对象满  沿线群众满意度      ≥90%          93%',
      '                          意度指标',
    ];
    const indicatorsOf = (lines: string[]) =>
      (readText(['项目支出绩效自评表', '项目名称          乡村道路提升工程', ...lines].join('\n'))?.goals ?? [])
        .flatMap((goal) => goal.indicators)
        .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? null]);
    const expected = [
      ['产出指标', '数量指标', '新建乡村道路里程', '≥12公里'],
      ['产出指标', '数量指标', '安装太阳能路灯', '≥80盏'],
      ['产出指标', '质量指标', '道路验收合格率', '=100%'],
      ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%'],
    ];
    expect(indicatorsOf(table)).toEqual(expected);
    expect(indicatorsOf([...table, '说明          无'])).toEqual(expected);
    expect(indicatorsOf([...table, '项目支出绩效目标表', '项目名称      河道保洁'])).toEqual(expected);
  });

  it('centres a row on its figure’s two lines when the figure’s unit wrapped under it (the name half a line down)', () => {
    // A two-line value ("≥150 万" / "亩") makes its row two lines tall: a one-line name centred there stands on a
    // line of its own between the value's, and the 二级 merged over two such rows half a line lower than the rows count.
    const lines = [
      '项目支出绩效目标表',
      '项目名称          林地管护补助',
      '年度绩效指标      一级指标                  二级指标                三级指标                指标值',
      '                                                                                            ≥150 万',
      '                                                                    林地巡护面积',
      '                                                                                            亩',
      '                                            数量指标',
      '                                                                    护林员补助发放人        ≥2400',
      '                  产出指标                                          数                      人',
      '                                            质量指标                补助发放准确率          =100%',
      '                                                                    补助发放完成时',
      '                                            时效指标                                        11 月底前',
      '                                                                    间',
      '                  满意度指标                服务对象满意度指标      护林员满意度            ≥90%',
    ];
    const indicators = (readText(lines.join('\n'))?.goals ?? []).flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['产出指标', '数量指标', '林地巡护面积', '≥150 万亩'],
      ['产出指标', '数量指标', '护林员补助发放人数', '≥2400人'],
      ['产出指标', '质量指标', '补助发放准确率', '=100%'],
      ['产出指标', '时效指标', '补助发放完成时间', '11 月底前'],
      ['满意度指标', '服务对象满意度指标', '护林员满意度', '≥90%'],
    ]);
  });

  it('reads top-aligned goal tables one under another, each under its goal’s line, after a block that wrapped', () => {
    // pdftotext's places drift a column right after a long cell (社会效益指标 row on); the second table's rows above
    // its header start under the first table, and 目标二's line is no row of the first.
    const lines = [
      '2024 年部门整体支出绩效目标表',
      '            部门名称                    石溪县水利局',
      '            年度预算申请（万元）        资金总额：2140.00',
      '        部门职能                        负责全县水资源管理、水利工程建设与运行维护、',
      '                                        防汛抗旱日常工作。',
      '        整体绩效目标                    保障防洪安全，提升农村供水保障水平。',
      '        目标一                          做好水利工程运行维护和防汛物资储备。',
      '        一级指标                        二级指标            三级指标                指标值',
      '        产出指标                        数量指标            小型水库巡查次数        ≥48 次',
      '                                                            防汛物资储备批次        ≥3 批',
      '                                        质量指标            水利工程维修验收合格率  =100%',
      '        效益指标                        社会效益指标          农村供水工程受益人口比      ≥95%',
      '                                                              例',
      '        满意度指标                      服务对象满意度指      群众满意度                  ≥90%',
      '                                        标',
      '        目标二                          推进水土流失综合治理。',
      '        一级指标                        二级指标            三级指标                      指标值',
      '        产出指标                        数量指标            治理水土流失面积              ≥12 平方公里',
      '        效益指标                        生态效益指标        土壤侵蚀量减少                下降 5%',
      '        满意度指标                      服务对象满意度指    治理区群众满意度              ≥92%',
      '                                        标',
      '        财政部门审核意见',
    ];
    const goals = readText(lines.join('\n'))?.goals ?? [];
    expect(goals.map((goal) => [goal.name, ...goal.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text].join('|'))])).toEqual([
      [
        '目标一：做好水利工程运行维护和防汛物资储备。',
        '产出指标|数量指标|小型水库巡查次数|≥48 次',
        '产出指标|数量指标|防汛物资储备批次|≥3 批',
        '产出指标|质量指标|水利工程维修验收合格率|=100%',
        '效益指标|社会效益指标|农村供水工程受益人口比例|≥95%',
        '满意度指标|服务对象满意度指标|群众满意度|≥90%',
      ],
      ['目标二：推进水土流失综合治理。', '产出指标|数量指标|治理水土流失面积|≥12 平方公里', '效益指标|生态效益指标|土壤侵蚀量减少|下降 5%', '满意度指标|服务对象满意度指标|治理区群众满意度|≥92%'],
    ]);
  });

  it('gives a 一级 centred over four rows its last row when pdftotext rounded its line down and the row’s 二级 is one of its own', () => {
    const lines = [
      '项目支出绩效自评表',
      '项目名称          河道清淤疏浚',
      ' 一级指标    二级指标   三级指标            年度指标值  实际完成值  分值  得分   偏差原因分析',
      '             数量指标   清淤河道长度        ≥18公里     18.4公里    20    20',
      '             质量指标   清淤工程验收合格率  =100%       100%        10    10',
      ' 产出指标                                                                        部分河段受汛期影响停',
      '             时效指标   清淤完成率          ≥95%        90%         10    9.47',
      '                                                                                 工',
      '             成本指标   每公里清淤成本      ≤12万元     11.6万元    10    10',
      '            经济效益指',
      '                        沿岸农田灌溉增效    ≥8%         9%          15    15',
      '                标',
      ' 效益指标',
      '            可持续影响',
      '                        河道长效管护落实率  =100%       100%        15    15',
      '               指标',
      '            服务对象满',
      '满意度指标              沿岸群众满意度      ≥90%        94%         10    10',
      '             意度指标',
    ];
    const indicators = (readText(lines.join('\n'))?.goals ?? []).flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name])).toEqual([
      ['产出指标', '数量指标', '清淤河道长度'],
      ['产出指标', '质量指标', '清淤工程验收合格率'],
      ['产出指标', '时效指标', '清淤完成率'],
      ['产出指标', '成本指标', '每公里清淤成本'],
      ['效益指标', '经济效益指标', '沿岸农田灌溉增效'],
      ['效益指标', '可持续影响指标', '河道长效管护落实率'],
      ['满意度指标', '服务对象满意度指标', '沿岸群众满意度'],
    ]);
  });

  it('splits a header word into the sub-columns the line under it names, so a tick stays out of the next column', () => {
    // 偏差原因分析 over five reasons ticked √, then 完成目标可能性: cut at the header words' midpoints, the last two
    // reasons and their ticks fell into the likelihood's column.
    const lines = [
      '绩效指标   一级指标    二级指标   三级指标              年度指标值  1-6月实际完成值  全年预计完成值  偏差原因分析                                          完成目标可能性  备注',
      '                                                                                                     经费保障      制度保障  人员保障  硬件条件保障  其他',
      '                       数量指标   巡查河道里程          ≥300公里    160公里          300公里                                                               确定能',
      '           产出指标    质量指标   问题整改完成率        ≥95%        97%              97%                                                                   确定能',
      '                      社会效益指',
      '           效益指标               河道水质达标率        ≥85%        80%              86%                                               √                   有可能          雨季污染负荷偏高',
      '                          标',
    ];
    expect(joinLayoutWrappedRows(lines).filter((line) => line !== '').map((line) => line.split('\t'))).toEqual([
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '1-6月实际完成值', '全年预计完成值', '偏差原因分析', '', '', '', '', '完成目标可能性', '备注'],
      ['', '', '', '', '', '', '', '经费保障', '制度保障', '人员保障', '硬件条件保障', '其他', '', ''],
      ['', '产出指标', '数量指标', '巡查河道里程', '≥300公里', '160公里', '300公里', '', '', '', '', '', '确定能', ''],
      ['', '', '质量指标', '问题整改完成率', '≥95%', '97%', '97%', '', '', '', '', '', '确定能', ''],
      ['', '效益指标', '社会效益指标', '河道水质达标率', '≥85%', '80%', '86%', '', '', '', '√', '', '有可能', '雨季污染负荷偏高'],
    ]);
    // A page that puts a blank line after every line: the sub-column line is the first written under the header.
    const spaced = lines.flatMap((line) => [line, '']);
    expect(joinLayoutWrappedRows(spaced).filter((line) => line !== '').map((line) => line.split('\t'))[1]).toEqual([
      '', '', '', '', '', '', '', '经费保障', '制度保障', '人员保障', '硬件条件保障', '其他', '', '',
    ]);
  });

  it('reads the indicators of such a table through the text reader', () => {
    const lines = [
      '项目支出绩效自评表',
      '项目名称          城区道路照明提升改造',
      ...layOutWrappedSection({ rows: [HEADER, ...(cases[1] as { rows: string[][] }).rows, ...(cases[2] as { rows: string[][] }).rows], mergedColumns: MERGED, levelColumns: LEVELS, headerRows: 1 }),
    ];
    const document = readText(lines.join('\n'));
    const indicators = (document?.goals ?? []).flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name])).toEqual([
      ['产出指标', '数量指标', '更新路灯盏数'],
      ['产出指标', '数量指标', '新建候车亭个数'],
      ['产出指标', '质量指标', '路面维修验收合格率'],
      ['效益指标', '社会效益指标', '沿街商户夜间营业时长增加比例'],
      ['满意度指标', '服务对象满意度指标', '沿线居民满意度'],
    ]);
  });
});

describe('a 序号 column before the levels (2026-12-06)', () => {
  const header = ['序号', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '分值'];
  const serialRows = [
    ['1', '目标1：完成全县农村道路养护', '产出指标', '数量指标', '养护道路里程', '≥120公里', '20'],
    ['2', '', '', '', '新建错车道个数', '≥8个', '10'],
    ['3', '', '', '质量指标', '路面养护合格率', '=100%', '10'],
    ['4', '', '效益指标', '社会效益指标', '群众出行时间缩短', '≥10%', '20'],
  ];
  // The goal and the levels merged down over their rows; 序号 numbers every row and is merged over none.
  const lines = layOutWrappedSection({ rows: [header, ...serialRows], mergedColumns: new Set([1, 2, 3]), levelColumns: new Set([2, 3]), headerRows: 1 });

  it('reads each row with its own number, the goal and the levels centred over their rows', () => {
    const joined = joinLayoutWrappedRows(lines)
      .filter((line) => line.includes('\t'))
      .slice(1)
      .map((line) => line.split('\t'));
    expect(joined.map((cells) => cells[0])).toEqual(['1', '2', '3', '4']);
    expect(joined.map((cells) => cells[4])).toEqual(serialRows.map((cells) => cells[4]));
    // The goal, centred over all four rows, starts left of its header word: still the goal's column, not 序号's.
    expect(joined.flatMap((cells) => (cells[1] ? [cells[1]] : []))).toEqual(['目标1：完成全县农村道路养护']);
  });

  it('reads the indicators with their levels and goal', () => {
    const goals = readText(['项目支出绩效目标表', ...lines].join('\n'))?.goals ?? [];
    const indicators = goals.flatMap((goal) => goal.indicators.map((indicator) => [goal.name, indicator.level1, indicator.level2, indicator.name]));
    expect(indicators).toEqual([
      ['目标1：完成全县农村道路养护', '产出指标', '数量指标', '养护道路里程'],
      ['目标1：完成全县农村道路养护', '产出指标', '数量指标', '新建错车道个数'],
      ['目标1：完成全县农村道路养护', '产出指标', '质量指标', '路面养护合格率'],
      ['目标1：完成全县农村道路养护', '效益指标', '社会效益指标', '群众出行时间缩短'],
    ]);
  });
});

describe('a level cell a page break cut, its text on the page before (2026-12-06, readers-35)', () => {
  const levelsOf = (lines: readonly string[]): string[][] =>
    (readText(lines.join('\n'))?.goals ?? []).flatMap((goal) => goal.indicators.map((indicator) => [indicator.level1 ?? '', indicator.level2 ?? '', indicator.name]));

  it('leaves the next page’s first rows to a 一级 whose last 二级 went over the break, up to a 二级 of the next 一级', () => {
    // 过程 over five rows, two on page one (its text centred there); 组织实施 and 产出 centred over their rows on page two.
    const lines = [
      '项目支出绩效自评表',
      '一级指标      二级指标   三级指标            指标值     实际完成值  分值  得分',
      '                        到位资金核对率      =100%      100%        5     5',
      '过程（20分）  资金管理',
      '                        支出进度达标率      ≥90%       88%         5     4',
      '',
      '第 1 页 共 2 页',
      '',
      '                        报账凭证合规率      合规       合规        4     4',
      '                        内控制度健全性      健全       健全        3     3',
      '             组织实施',
      '                        台账更新及时性      及时       及时        3     3',
      '             数量指标   举办培训班次数      ≥12期      12期        15    15',
      '产出（40分）  质量指标  培训考核合格率      ≥95%       97%         15    15',
      '             时效指标   培训按期完成率      =100%      100%        10    10',
      '   合计                                                            55    54',
    ];
    expect(levelsOf(lines)).toEqual([
      ['过程', '资金管理', '到位资金核对率'],
      ['过程', '资金管理', '支出进度达标率'],
      ['过程', '资金管理', '报账凭证合规率'],
      ['过程', '组织实施', '内控制度健全性'],
      ['过程', '组织实施', '台账更新及时性'],
      ['产出指标', '数量指标', '举办培训班次数'],
      ['产出指标', '质量指标', '培训考核合格率'],
      ['产出指标', '时效指标', '培训按期完成率'],
    ]);
  });

  it('opens a two-line 一级 after a cut one at the row its lines stand around, not at the cut row above it', () => {
    // 产出指标40分 over four rows, three on page one; 效益指标30 / 分 around its one row's middle on page two, 满意度指标 under it.
    const lines = [
      '项目支出绩效自评表',
      '一级指标    二级指标    三级指标              指标值      完成值      分值',
      '           数量指标15',
      '                       村道养护里程          260公里     260公里     15',
      '               分',
      '产出指标40  质量指标12',
      '                       养护验收合格率        ≥95%        96%         12',
      '    分         分',
      '           时效指标8',
      '                       养护任务完成及时率    100%        100%        8',
      '               分',
      '',
      '第 1 页 共 2 页',
      '',
      '           成本指标5',
      '                       每公里养护成本        ≤0.9万元    0.88万元    5',
      '               分',
      '效益指标30  社会效益指',
      '                       群众出行条件改善      明显改善    明显改善    29',
      '    分        标30分',
      '           服务对象满',
      '满意度指标',
      '           意度指标15  沿线群众满意度        ≥90%        93%         15',
      '   15分',
      '               分',
    ];
    expect(levelsOf(lines).map(([level1, , name]) => [level1, name])).toEqual([
      ['产出指标', '村道养护里程'],
      ['产出指标', '养护验收合格率'],
      ['产出指标', '养护任务完成及时率'],
      ['产出指标', '每公里养护成本'],
      ['效益指标', '群众出行条件改善'],
      ['满意度指标', '沿线群众满意度'],
    ]);
  });
});

describe('a table whose first page did not wrap and whose next page did (2026-12-06, readers-35)', () => {
  // Page one's cells all fit their columns (产出指标 on its middle row's line); page two, under the repeated header, wrapped.
  const lines = [
    '项目支出绩效自评表',
    ' 一级指标    二级指标   三级指标          年度指标值  实际完成值  分值  得分',
    '             数量指标   新建村级书屋个数  ≥12个       12个        20    20',
    ' 产出指标    质量指标   书屋验收合格率    =100%       100%        15    15',
    '             时效指标   按期开放率        ≥95%        100%        15    15',
    '',
    '- 1 -',
    '',
    ' 一级指标    二级指标   三级指标          年度指标值  实际完成值  分值  得分',
    '            社会效益指',
    ' 效益指标               年度借阅人次      ≥5000人次   5420人次    30    30',
    '                标',
    '            服务对象满',
    '满意度指标              村民满意度        ≥90%        94%         10    9',
    '             意度指标',
    '   总分                                                           90    89',
  ];

  it('joins page one’s rows as well, so the table is tab rows throughout', () => {
    const rows = joinLayoutWrappedRows(lines).filter((line) => line.includes('\t')).map((line) => line.split('\t').slice(0, 4));
    expect(rows).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值'],
      ['产出指标', '数量指标', '新建村级书屋个数', '≥12个'],
      ['', '质量指标', '书屋验收合格率', '=100%'],
      ['', '时效指标', '按期开放率', '≥95%'],
      ['一级指标', '二级指标', '三级指标', '年度指标值'],
      ['效益指标', '社会效益指标', '年度借阅人次', '≥5000人次'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%'],
      ['总分', '', '', ''],
    ]);
  });

  it('reads the table as one', () => {
    const indicators = (readText(lines.join('\n'))?.goals ?? []).flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight])).toEqual([
      ['产出指标', '数量指标', '新建村级书屋个数', '20'],
      ['产出指标', '质量指标', '书屋验收合格率', '15'],
      ['产出指标', '时效指标', '按期开放率', '15'],
      ['效益指标', '社会效益指标', '年度借阅人次', '30'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '10'],
    ]);
  });

  it('leaves a table alone that no wrapped page continues', () => {
    const pageOne = lines.slice(0, 5);
    expect(joinLayoutWrappedRows(pageOne)).toEqual(pageOne);
  });
});

describe('a page’s form feed (2026-12-06, readers-35)', () => {
  // pdftotext opens page two with a form feed, here on the repeated header; 产出指标 was cut by the break.
  const text = [
    '项目支出绩效自评表',
    ' 一级指标    二级指标   三级指标          年度指标值  实际完成值  分值  得分',
    '             数量指标   新建村级书屋个数  ≥12个       12个        20    20',
    ' 产出指标',
    '             质量指标   书屋验收合格率    =100%       100%        15    15',
    '\f 一级指标    二级指标   三级指标          年度指标值  实际完成值  分值  得分',
    '             时效指标   按期开放率        ≥95%        100%        15    15',
    '            社会效益指',
    ' 效益指标               年度借阅人次      ≥5000人次   5420人次    30    30',
    '                标',
    '   总分                                                           80    80',
  ].join('\n');

  it('never reaches the reader: normalising blanks it and names the page start, and the table goes on under its repeated header', () => {
    const { lines, pageStarts } = splitLinesWithSources(text);
    expect(lines.some((line) => line.includes('\f'))).toBe(false);
    expect(pageStarts).toEqual([5]);
    expect(joinLayoutWrappedRows(lines, pageStarts).filter((line) => line.includes('\t')).slice(3, 6).map((line) => line.split('\t').slice(0, 3))).toEqual([
      ['一级指标', '二级指标', '三级指标'],
      ['', '时效指标', '按期开放率'],
      ['效益指标', '社会效益指标', '年度借阅人次'],
    ]);
    const indicators = (readText(text)?.goals ?? []).flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.name])).toEqual([
      ['产出指标', '新建村级书屋个数'],
      ['产出指标', '书屋验收合格率'],
      ['产出指标', '按期开放率'],
      ['效益指标', '年度借阅人次'],
    ]);
  });
});

describe('a 预算执行率 row above the indicators, its label over the label columns (2026-12-06, readers-36)', () => {
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const rateRow = ['预算执行率', '', '', '=100%', '96%', '10', '9.6'];
  const indicatorRows = [
    ['产出指标', '数量指标', '巡查河道堤防长度合计', '≥64公里', '64公里', '30', '30'],
    ['', '', '设置水位监测点个数', '≥12个', '12个', '10', '10'],
    ['', '质量指标', '巡查记录完整率', '=100%', '100%', '20', '20'],
    ['效益指标', '社会效益指标', '汛期堤防险情处置及时率', '≥95%', '97%', '20', '20'],
    ['满意度指标', '服务对象满意度指标', '沿河村民满意度', '≥90%', '92%', '10', '9'],
  ];
  const levelsOf = (lines: readonly string[]): string[][] =>
    (readText(['项目支出绩效自评表', ...lines].join('\n'))?.goals ?? []).flatMap((goal) =>
      goal.indicators.map((indicator) => [indicator.level1 ?? '', indicator.level2 ?? '', indicator.name]),
    );
  const expected = [
    ['产出指标', '数量指标', '巡查河道堤防长度合计'],
    ['产出指标', '数量指标', '设置水位监测点个数'],
    ['产出指标', '质量指标', '巡查记录完整率'],
    ['效益指标', '社会效益指标', '汛期堤防险情处置及时率'],
    ['满意度指标', '服务对象满意度指标', '沿河村民满意度'],
  ];

  it('keeps the rate row its own when a 序号 numbers it (the row number beside it is no label)', () => {
    const rows = [rateRow, ...indicatorRows].map((cells, place) => [String(place + 1), ...cells]);
    const lines = layOutWrappedSection({ rows: [['序号', ...header], ...rows], mergedColumns: new Set([1, 2]), levelColumns: new Set([1, 2]), headerRows: 1 });
    expect(levelsOf(lines)).toEqual(expected);
  });

  it('keeps it its own when every row writes its levels (the 一级 two lines below it is the next row’s, no line of its cell)', () => {
    // Each row's 一级 and 二级 written again in it (a table whose levels are not merged).
    const repeated = indicatorRows.map((cells, place) => {
      const above = indicatorRows.slice(0, place + 1);
      const level1 = above.findLast((other) => other[0] !== '')?.[0] ?? '';
      const level2 = above.findLast((other) => other[1] !== '')?.[1] ?? '';
      return [level1, level2, ...cells.slice(2)];
    });
    const lines = layOutWrappedSection({ rows: [header, rateRow, ...repeated], mergedColumns: new Set([0, 1]), levelColumns: new Set([0, 1]), headerRows: 1 });
    expect(levelsOf(lines)).toEqual(expected);
  });
});

describe('a 二级 left empty over the first 一级s’ rows (2026-12-06, readers-36)', () => {
  const header = ['一级指标', '二级指标', '指标内容', '指标值'];
  const rows = [
    ['产出（工作量）指标（数量、质量、成本方面的指标）', '', '1.修缮古籍册数', '≥800册'],
    ['', '', '2.修复质量合格率', '≥98%'],
    ['效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标）', '', '1.古籍数字化利用率', '≥50%'],
    ['满意度指标', '服务对象满意度指标', '1.读者满意度', '≥90%'],
  ];
  const lines = layOutWrappedSection({ rows: [header, ...rows], mergedColumns: new Set([0, 1]), levelColumns: new Set([0, 1]), headerRows: 1 });

  it('opens the only 二级 at the row it is centred on, not at the first row, and every 一级 keeps its own rows', () => {
    const joined = joinLayoutWrappedRows(lines)
      .filter((line) => line.includes('\t'))
      .slice(1)
      .map((line) => line.split('\t'));
    expect(joined.map((cells) => cells.slice(0, 3))).toEqual([
      ['产出（工作量）指标（数量、质量、成本方面的指标）', '', '1.修缮古籍册数'],
      ['', '', '2.修复质量合格率'],
      ['效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标）', '', '1.古籍数字化利用率'],
      ['满意度指标', '服务对象满意度指标', '1.读者满意度'],
    ]);
  });
});

describe('a header whose last word wrapped around its line of column words (2026-12-06, readers-38)', () => {
  // The column narrower than its header word (a Word table fit to the page): "偏差原因分析及改进措" above the header's
  // line, "施" below it, and the first row's reason wrapped right under it.
  const rows = [
    row('', '产出指标', '数量指标', '补贴机具数量', '≥300台', '260台', '30', '26', '部分农户推迟购机，下年提前摸底'),
    row('', '', '时效指标', '补贴资金兑付及时率', '≥95%', '96%', '20', '20'),
    row('', '满意度指标', '服务对象满意度指标', '购机农户满意度', '≥90%', '91%', '10', '10'),
  ];
  const section = { rows: [HEADER, ...rows], mergedColumns: MERGED, levelColumns: LEVELS, headerRows: 1 };
  const widths = [...columnWidths(section, HEADER.length).slice(0, -1), 20];
  const lines = layOutWrappedSection(section, widths);

  it('reads the header’s word whole and every row its own levels', () => {
    expect(lines.some((line) => line.trim() === '施')).toBe(true);
    const joined = joinLayoutWrappedRows(lines).filter((line) => line.includes('\t'));
    expect(joined[0]?.split('\t').at(-1)).toBe('偏差原因分析及改进措施');
    expect(joined.slice(1).map((line) => line.split('\t'))).toEqual(rows);
  });
});

describe('a 二级 centred over a row of a name on two lines and a row of one (2026-12-06, readers-38)', () => {
  // 数量指标 spans four lines (the name's two around its figures, the next row's one): centred between two, pdftotext
  // writes it on the lower, and its mirror runs onto 质量指标's row.
  const header = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施'];
  const line = (...cells: string[]): string[] => [...cells, ...Array<string>(header.length - cells.length).fill('')];
  const rows = [
    line('', '产出指标（50分）', '数量指标', '县乡公路日常养护里程及桥梁涵洞日常清理', '≥420公里', '428公里'),
    line('', '', '', '桥涵清淤疏通处数', '≥60处', '64处'),
    line('', '', '质量指标', '养护路段优良路率', '≥85%', '86%'),
    line('', '', '时效指标', '路面病害处置及时率', '≥95%', '93%'),
    line('', '', '成本指标', '每公里养护成本', '≤6200元', '6030元'),
    line('', '满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '94%'),
  ];
  const lines = layOutWrappedSection({ rows: [header, ...rows], mergedColumns: MERGED, levelColumns: LEVELS, headerRows: 1 });

  it('ends the 二级 with the row before the next 二级, each row its own 二级', () => {
    const joined = joinLayoutWrappedRows(lines).filter((text) => text.includes('\t')).slice(1);
    expect(joined.map((text) => text.split('\t'))).toEqual(rows);
  });
});

describe('a name column parted into 二级指标 / 三级指标 by the header’s second row (2026-12-07, readers-39)', () => {
  // A 申报表's indicators: 指标名称 over two sub-columns whose words stand one gap apart under it, the 二级 merged
  // down over its rows and wrapped in its narrow column.
  const header = ['绩效指标', '指标名称', '', '上年度实际水平', '本年度计划水平', '指标内容/计算公式'];
  const subHeader = ['', '二级指标', '三级指标', '', '', ''];
  const rows = [
    ['', '目标完成程度', '1.设备维护保养台次', '1180台次', '≥1300台次', '全年维护保养台次合计'],
    ['', '', '2.大型设备完好率', '96%', '≥97%', '完好设备数/设备总数'],
    ['', '', '3.故障响应时间', '4小时', '≤2小时', '报修至到场的平均时间'],
    ['', '项目实施效益', '1.设备停机天数', '15天', '≤10天', '全年因故障停机天数'],
    ['', '', '2.临床科室满意度', '90%', '≥92%', '满意科室数/调查科室数'],
  ];
  const lines = layOutWrappedSection({ rows: [header, subHeader, ...rows], mergedColumns: new Set([1]), levelColumns: new Set([1]), headerRows: 2 });

  it('keeps each 二级 in its own column, over the rows it is centred on', () => {
    const joined = joinLayoutWrappedRows(lines).filter((text) => text.includes('\t'));
    expect(joined.slice(1).map((text) => text.split('\t'))).toEqual([subHeader, ...rows]);
  });

  it('reads each indicator with its 二级 and its plan as the target', () => {
    const text = ['松岭市部门预算项目支出绩效目标申报表', '（2024年度）', ...lines].join('\n');
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text])).toEqual(
      rows.map((cells, index) => [rows.slice(0, index + 1).findLast((row) => row[1] !== '')?.[1], (cells[2] ?? '').replace(/^\d\./, ''), cells[4]]),
    );
  });
});

describe('levels written once at their run’s first row, no merge (2026-12-07, readers-39)', () => {
  // A spreadsheet whose 一级 / 二级 cells are left empty below their first row: each level stands on its own row's line, and
  // centred over rows it would put 质量指标 under 效益指标.
  const rows = [
    row('', '产出指标', '数量指标', '救助对象覆盖人数', '≥1500人', '1532人', '15', '15'),
    row('', '', '', '临时救助办理件数', '≥300件', '316件', '10', '10'),
    row('', '', '质量指标', '救助资金发放准确率', '=100%', '100%', '15', '15'),
    row('', '', '时效指标', '救助金按月发放率', '=100%', '100%', '10', '10'),
    row('', '效益指标', '社会效益指标', '困难群众基本生活保障率', '≥95%', '96%', '20', '19', '个别对象信息更新滞后，下年加强动态核查'),
    row('', '', '可持续影响指标', '救助信息系统规范化录入率', '≥90%', '93%', '10', '10'),
    row('', '满意度指标', '服务对象满意度指标', '救助对象满意度', '≥95%', '97%', '10', '10'),
  ];
  const lines = layOutWrappedSection({ rows: [HEADER, ...rows], mergedColumns: new Set(), levelColumns: LEVELS, headerRows: 1 });

  it('keeps each level on its own row', () => {
    const joined = joinLayoutWrappedRows(lines).filter((text) => text.includes('\t')).slice(1);
    expect(joined.map((text) => text.split('\t'))).toEqual(rows);
  });
});

describe('levels written once over a page break (2026-12-07, readers-40)', () => {
  // The break cuts 产出指标's rows in two: read as merged cells no 二级 falls under another 一级, but 质量指标 (on its own row's
  // line) would open a row early, its span running past 产出指标's first-page span. Merged cells nest: that reading is wrong.
  const rows = [
    row('', '产出指标', '数量指标', '抚恤补助发放人数', '≥2300人', '2346人', '15', '15'),
    row('', '', '', '就业培训人数', '≥400人', '412人', '10', '10'),
    row('', '', '质量指标', '补助资金发放准确率', '=100%', '100%', '10', '10'),
    row('', '', '时效指标', '抚恤金按月发放率', '=100%', '100%', '10', '10'),
    row('', '', '成本指标', '人均培训成本', '≤3000元', '2860元', '5', '5'),
    row('', '效益指标', '社会效益指标', '培训后就业率', '≥70%', '66%', '20', '18.86', '部分学员选择自主创业，下年加强就业推荐'),
    row('', '满意度指标', '服务对象满意度指标', '优抚对象满意度', '≥95%', '97%', '10', '10'),
  ];
  const laidOut = layOutWrappedSection({ rows: [HEADER, ...rows], mergedColumns: new Set(), levelColumns: LEVELS, headerRows: 1 });
  const breakAfter = laidOut.findIndex((line) => line.includes('抚恤金按月发放率'));
  const lines = [...laidOut.slice(0, breakAfter + 1), '', '第 1 页 共 2 页', '', ...laidOut.slice(breakAfter + 1)];

  it('keeps each level on its own row', () => {
    const joined = joinLayoutWrappedRows(lines).filter((text) => text.includes('\t')).slice(1);
    expect(joined.map((text) => text.split('\t'))).toEqual(rows);
  });
});

describe('a unit’s own row above its projects’, no indicator in it (2026-12-07, readers-40)', () => {
  // A disclosure table written flat: the unit's row (its name and its budget) has no figure in the value column that marks
  // the rows' middle lines; it is a row of its own all the same, not the first project's name and budget.
  const dump = [
    '项目支出绩效目标表',
    '单位名称：青岚县文化馆\t\t\t\t\t\t\t\t金额单位：万元',
    '单位名称（项目名称）\t预算金额\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位',
    '青岚县文化馆\t36.50\t\t\t\t\t\t\t',
    '  非遗展演活动经费\t36.50\t举办非遗展演活动24场，培训传承人60人次，扩大非遗项目的社会影响。\t产出指标\t数量指标\t展演活动场次\t≥\t24\t场',
    '\t\t\t产出指标\t数量指标\t传承人培训人次\t≥\t60\t人次',
    '\t\t\t产出指标\t质量指标\t活动安全事故数\t≤\t0\t起',
    '\t\t\t效益指标\t社会效益指标\t观众人次\t≥\t3\t万人次',
    '\t\t\t满意度指标\t服务对象满意度指标\t观众满意度\t≥\t90\t%',
  ].join('\n');

  it('reads the project and its budget, not the unit’s row joined into them', () => {
    const wrapped = withLayoutWrappedCells(dump);
    expect(wrapped).not.toContain('\t');
    const document = readText(wrapped);
    expect(document?.project).toBe('非遗展演活动经费');
    expect(document?.budget.total).toBe('36.50');
    expect(document?.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name))).toHaveLength(5);
  });
});

describe('a placeholder row, 指标1： and no figure (2026-12-07, readers-40)', () => {
  // A form keeps a row for an indicator the unit did not set: its 二级 is centred on it, and it is no line of the next row's name.
  const rows = [
    row('', '产出指标', '数量指标', '实验室改造间数', '≥6间', '6间', '20', '20'),
    row('', '', '质量指标', '设备验收合格率', '=100%', '100%', '20', '20'),
    row('', '效益指标', '经济效益指标', '指标1：'),
    row('', '', '社会效益指标', '学生科学实验操作考核通过率', '≥90%', '92%', '30', '28'),
    row('', '满意度指标', '服务对象满意度指标', '学生满意度', '≥90%', '91%', '10', '9'),
  ];

  it('keeps the placeholder row and each 二级 on its own row', () => {
    expect(roundTrip(rows)).toEqual(rows);
  });
});

describe('a goal of four lines centred on its row’s one line, a 序号 on each row (2026-12-07, readers-41)', () => {
  // The goal stands two lines above its row's line and two below; its last line, right under the one before, ends no
  // sentence there: it is the goal's, not the next row's (whose 序号 would make it a row of its own goal).
  const dump = [
    '项目支出绩效目标表',
    '序号\t单位名称（项目名称）\t预算金额\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位',
    '1\t非遗展演活动经费\t36.50\t举办非遗展演活动24场，培训非遗传承人60人次，扩大非遗项目的社会影响。\t产出指标\t数量指标\t展演活动场次\t≥\t24\t场',
    '2\t\t\t\t产出指标\t数量指标\t传承人培训人次\t≥\t60\t人次',
    '3\t\t\t\t产出指标\t质量指标\t活动安全事故数\t≤\t0\t起',
    '4\t\t\t\t满意度指标\t服务对象满意度指标\t观众满意度\t≥\t90\t%',
  ].join('\n');

  it('keeps the goal’s every line on its row, and each next row its own', () => {
    const wrapped = withLayoutWrappedCells(dump);
    expect(wrapped.split('\n').filter((line) => line.includes('非遗') || line.includes('响。')).length).toBeGreaterThan(2);
    const joined = joinLayoutWrappedRows(wrapped.split('\n')).filter((text) => text.includes('\t')).slice(1).map((text) => text.split('\t'));
    expect(joined.map((cells) => cells[3])).toEqual(['举办非遗展演活动24场，培训非遗传承人60人次，扩大非遗项目的社会影响。', '', '', '']);
    expect(joined.map((cells) => cells[6])).toEqual(['展演活动场次', '传承人培训人次', '活动安全事故数', '观众满意度']);
  });
});

describe('a header’s upper row past a blank line (核心职能 over the levels, every row padded; 2026-12-07, readers-41)', () => {
  // A blank line between every two rows (a web page's paragraphs, then printed) parts the header's rows too: the upper
  // row still widens the header by the 核心职能 column, so each function's label stays in its column.
  const dump = [
    '2024年部门整体支出绩效目标批复表',
    '核心职能\t年度绩效指标\t\t\t',
    '\t一级指标\t二级指标\t三级指标\t指标值',
    '职能1: 河湖管护\t产出指标\t数量指标\t河道巡查里程\t≥1200公里',
    '\t\t质量指标\t水质达标率\t≥92%',
    '\t效益指标\t生态效益指标\t河湖水面率\t≥8.5%',
    '\t满意度指标\t服务对象满意度指标\t沿河群众满意度\t≥90%',
    '职能2：农村供水\t产出指标\t数量指标\t新建供水站数量\t≥6个',
    '\t\t时效指标\t工程完工及时率\t≥95%',
    '\t满意度指标\t服务对象满意度指标\t用水户满意度\t≥88%',
  ].join('\n');
  const joinedRows = (text: string): string[][] =>
    joinLayoutWrappedRows(withLayoutWrappedCells(text).split('\n'))
      .filter((line) => line.includes('\t'))
      .map((line) => line.split('\t'));

  it('joins the rows as without the blank lines', () => {
    const padded = dump.split('\n').join('\n\n');
    expect(joinedRows(padded)).toEqual(joinedRows(dump));
    expect(joinedRows(padded).map((cells) => cells[0])).toContain('职能2：农村供水');
  });
});
