import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../core/model.ts';
import { mergeValueTokens } from './detectors/run-together.ts';
import { splitLinesWithSources } from '../text/normalize.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { rateGrid, recoverGrid } from './recover-grid.ts';
import { createTextRow } from './grid.ts';

/** The same target table (own names and numbers) written in each layout extraction produces. */
const rows = [
  ['产出指标', '数量指标', '巡逻次数', '≥100次'],
  ['', '', '培训人次', '≥500人次'],
  ['', '质量指标', '案件办结率', '≥95%'],
  ['效益指标', '社会效益指标', '治安环境持续好转', '≥12个月'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];
const header = ['一级指标', '二级指标', '三级指标', '指标值'];
const expected = [
  '产出指标/数量指标/巡逻次数/≥100次',
  '产出指标/数量指标/培训人次/≥500人次',
  '产出指标/质量指标/案件办结率/≥95%',
  '效益指标/社会效益指标/治安环境持续好转/≥12个月',
  '满意度指标/服务对象满意度指标/群众满意度/≥90%',
];
/** A fixed-width line: each cell padded to 24 display columns (a CJK character is two). */
function padColumns(cells: readonly string[]): string {
  return cells.map((cell) => cell + ' '.repeat(Math.max(2, 24 - Array.from(cell).reduce((width, character) => width + (/[\u2e80-\uffff]/.test(character) ? 2 : 1), 0)))).join('').trimEnd();
}
const title = ['2024年部门整体支出绩效目标表', '单位名称：某县文化馆'];

const layouts: Record<string, { detector: string; lines: string[] }> = {
  tabs: { detector: 'tabs', lines: [...title, header.join('\t'), ...rows.map((row) => row.join('\t'))] },
  pipes: {
    detector: 'pipes',
    lines: [...title, `| ${header.join(' | ')} |`, '|---|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)],
  },
  'space-runs': { detector: 'space-runs', lines: [...title, padColumns(header), ...rows.map(padColumns)] },
  blocks: {
    detector: 'blocks',
    lines: [...title, '', ...header.map((cell) => `\t${cell}`), '', ...rows.flatMap((row) => [...row.map((cell) => `\t${cell}`), ''])],
  },
  'one-per-line': { detector: 'one-per-line', lines: [...title, ...header, ...rows.flatMap((row) => row.filter((cell) => cell !== ''))] },
  'run-together rows': {
    detector: 'run-together',
    lines: [...title, header.join(' '), ...rows.map((row) => row.filter((cell) => cell !== '').join(' '))],
  },
  'run-together table on one line': {
    detector: 'run-together',
    lines: [...title, `${header.join(' ')} ${rows.flatMap((row) => row.filter((cell) => cell !== '')).join(' ')}`],
  },
  'whole document on one line without separators': {
    detector: 'spaceless-stream',
    lines: [`${title.join('')}${header.join('')}${rows.flat().join('')}`],
  },
  'published list': {
    detector: 'published-list',
    lines: [
      ...title,
      '【产出指标-数量指标】 指标1:巡逻次数(≥100次) 指标2:培训人次(≥500人次)',
      '【产出指标-质量指标】 指标1:案件办结率(≥95%)',
      '【效益指标-社会效益指标】 指标1:治安环境持续好转(≥12个月)',
      '【满意度指标-服务对象满意度指标】 指标1:群众满意度(≥90%)',
    ],
  },
};

function describeIndicators(indicators: readonly Indicator[]): string[] {
  return indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? ''].join('/'));
}

describe('recoverGrid reads the same table in every layout', () => {
  it.each(Object.entries(layouts))('%s', (_, layout) => {
    const recovered = recoverGrid(layout.lines);
    expect(recovered.regions.map((region) => region.detector)).toEqual([layout.detector]);
    const read = readIndicatorGrid(recovered.grid);
    expect(describeIndicators(read.goals.flatMap((goal) => goal.indicators))).toEqual(expected);
    expect(read.findings).toEqual([]);
  });
});

describe('run-together self-evaluations', () => {
  it('cuts a whole table on one line at each 分值/得分 pair, deviation words kept', () => {
    const line =
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
      '产出指标(50分) 数量指标 场馆开放天数 ≥300天 310天 20 20 质量指标 展览合格率 ≥ 95 % 90% 30 28 个别展览延期 ' +
      '效益指标(30分) 社会效益指标 观众人次 ≥5万人次 6万人次 30 30 满意度指标(10分) 服务对象满意度指标 观众满意度 ≥90% 93% 10 10 总分 90 88';
    const read = readIndicatorGrid(recoverGrid(['项目支出绩效自评表', line]).grid);
    const indicators = read.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.weight, indicator.score])).toEqual([
      ['数量指标', '场馆开放天数', '≥300天', '310天', '20', '20'],
      ['质量指标', '展览合格率', '≥95%', '90%', '30', '28'],
      ['社会效益指标', '观众人次', '≥5万人次', '6万人次', '30', '30'],
      ['服务对象满意度指标', '观众满意度', '≥90%', '93%', '10', '10'],
    ]);
    expect(indicators[1]?.deviation).toBe('个别展览延期');
    expect(read.totals).toMatchObject({ weight: '90', score: '88' });
  });

  it.each([
    [['≥', '1', '场'], ['≥1场']],
    [['下降', '15%'], ['下降15%']],
    [['1', '场', '12'], ['1场', '12']],
    [['名称', '≥1场', '1场'], ['名称', '≥1场', '1场']],
  ])('puts value tokens %j back together as %j', (tokens, groups) => {
    expect(mergeValueTokens(tokens.map((text) => ({ text, line: 1 }))).map((token) => token.text)).toEqual(groups);
  });
});

describe('scoring competing readings', () => {
  it('keeps the text before the table as plain rows and says how sure each region is', () => {
    const recovered = recoverGrid(layouts.tabs?.lines ?? []);
    expect(recovered.regions[0]).toMatchObject({ firstLine: 3, lastLine: 8, fittingRows: 5, confidence: 1 });
    expect(recovered.grid.rows[0]?.cells[0]?.text).toBe('2024年部门整体支出绩效目标表');
  });

  // Lines outside every region keep their cells by tabs, else by a Markdown row's pipes (a score sheet whose rows fit
  // no region, read by the indicator table's own reading), else the line is one cell.
  it.each([
    ['项目权重\t评价内容\t分值', ['0:项目权重', '1:评价内容', '2:分值']],
    ['| 项目权重 | 评价内容 | 分值 |', ['0:项目权重', '1:评价内容', '2:分值']],
    ['\t组织机构\t2\t', ['1:组织机构', '2:2']],
    ['|  | 组织机构 | 2 |  |', ['1:组织机构', '2:2']],
    ['项目年度目标1：村道养护', ['0:项目年度目标1：村道养护']],
  ])('reads the plain line %j as cells %j', (line, cells) => {
    expect(recoverGrid([line]).grid.rows[0]?.cells.map((cell) => `${cell.column}:${cell.text.trim()}`)).toEqual(cells);
  });

  it('finds no region in prose', () => {
    expect(recoverGrid(['本单位全年完成各项工作任务，群众满意度较高。']).regions).toEqual([]);
  });

  // A broken header's first line read alone ("…⇥三级指标⇥年度" over "指标值⇥实际完成") puts 指标值 over the 一级
  // column: its rows must not outscore the joined header's (wrapped-tabs.test.ts, three neighbouring cells).
  it.each([
    ['产出指标（50分）', 0],
    ['质量指标', 0],
    ['≥300亩', 1],
    ['质量', 1],
  ])('rates a row whose value column holds %s as fitting %i times', (value, fitting) => {
    const grid = { rows: [createTextRow(['年度指标值', '实际完成值', '三级指标'], { line: 1 }), createTextRow([value, '', '种苗成活率'], { line: 2 })] };
    expect(rateGrid(grid).fittingRows).toBe(fitting);
  });

  // The name-value table's rows (三级指标及指标值, no value column): a header repeated after a page break opens a
  // second region, which is kept only when its rows fit.
  it.each([
    ['缴存人数≥42人', 1],
    ['资金结余率（计算方法为：结余数/预算数）≤5%', 1],
    ['缴存人数', 0],
  ])('rates a row without a value column whose name cell is %s as fitting %i times', (name, fitting) => {
    const grid = { rows: [createTextRow(['一级指标', '二级指标', '三级指标及指标值', '分值', '得分'], { line: 1 }), createTextRow(['产出指标', '数量指标', name, '20', '20'], { line: 2 })] };
    expect(rateGrid(grid).fittingRows).toBe(fitting);
  });
});

describe('rateGrid: a score sheet of parts over items (no value and no 二级 column)', () => {
  it.each([
    [['项目决策2分', '立项依据', '2', '2'], 1],
    [['', '过程监控', '8', '7'], 1],
    [['', '过程监控', '', ''], 0],
  ])('rates the row %j as fitting %i times', (cells, fitting) => {
    const grid = { rows: [createTextRow(['项目权重', '评价内容', '分值', '自评分'], { line: 1 }), createTextRow(cells as string[], { line: 2 })] };
    expect(rateGrid(grid).fittingRows).toBe(fitting);
  });
});

describe('one cell per line: 成本指标 as a 二级 under 产出指标', () => {
  it('takes 成本指标 followed by a 三级 for the 二级, and followed by a 二级 for the 一级', () => {
    const lines = [
      '项目支出绩效目标表',
      ...header,
      '产出指标', '数量指标', '巡逻次数', '≥100次',
      '成本指标', '巡逻车辆油耗', '≤12万元',
      '成本指标', '经济成本指标', '单次巡逻成本', '≤300元',
      '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%',
    ];
    const read = readIndicatorGrid(recoverGrid(lines).grid);
    expect(describeIndicators(read.goals.flatMap((goal) => goal.indicators))).toEqual([
      '产出指标/数量指标/巡逻次数/≥100次',
      '产出指标/成本指标/巡逻车辆油耗/≤12万元',
      '成本指标/经济成本指标/单次巡逻成本/≤300元',
      '满意度指标/服务对象满意度指标/群众满意度/≥90%',
    ]);
  });
});

describe('a whole document on one line with single spaces', () => {
  it('finds the header inside the line, keeps the words before it as text, and places empty 二级 groups and 成本指标', () => {
    const line =
      'admin 12.00 False 附件: 项目支出绩效自评表 (2024年度) 项目名称 社区巡逻 实施单位 某县公安局 ' +
      '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
      '产出指标(50分) 数量指标 巡逻次数 ≥100次 120次 30 30 成本指标 巡逻经费 ≤20万元 19.5 20 20 ' +
      '效益指标(30分) 社会效益指标 发案下降率 ≥5% 6% 30 30 经济效益指标 满意度指标(10分) 满意度指标 群众满意度 ≥90% 95% 10 10 总分 90 90';
    const read = readIndicatorGrid(recoverGrid([line]).grid);
    expect(describeIndicators(read.goals.flatMap((goal) => goal.indicators))).toEqual([
      '产出指标/数量指标/巡逻次数/≥100次',
      '产出指标/成本指标/巡逻经费/≤20万元',
      '效益指标/社会效益指标/发案下降率/≥5%',
      '满意度指标/满意度指标/群众满意度/≥90%',
    ]);
  });
});

describe('a target table on one line with single spaces', () => {
  it('ends a row at its qualitative 指标值 before the next name, and drops each goal\'s repeated header', () => {
    const line =
      '2024年部门整体支出绩效目标表 部门名称 某县文化馆 年度预算申请（万元） 资金总额 120.5 ' +
      '目标一 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 展览场次 ≥12场 质量指标 展品完好 达到预期 开放天数 ≥300天 ' +
      '目标二 一级指标 二级指标 三级指标 指标值 效益指标 社会效益指标 公共服务水平 有效提升 制度建设 健全 满意度指标 服务对象满意度指标 观众满意度 ≥90%';
    const read = readIndicatorGrid(recoverGrid([line]).grid);
    expect(read.goals.map((goal) => [goal.name, describeIndicators(goal.indicators)])).toEqual([
      ['目标一', ['产出指标/数量指标/展览场次/≥12场', '产出指标/质量指标/展品完好/达到预期', '产出指标/质量指标/开放天数/≥300天']],
      ['目标二', ['效益指标/社会效益指标/公共服务水平/有效提升', '效益指标/社会效益指标/制度建设/健全', '满意度指标/服务对象满意度指标/观众满意度/≥90%']],
    ]);
  });
});

describe('a self-evaluation on one line with single spaces and no 分值/得分', () => {
  it('ends a row at the last of its side-by-side values, the words after them its 偏差原因', () => {
    const line =
      '项目支出绩效自评表 (2024年度) 项目名称 技能培训 实施单位 某县人社局 一级指标 二级指标 三级指标 年度指标值 实际完成值 偏差原因分析及改进措施 ' +
      '产出指标 数量指标 培训人次 ≥100人次 120人次 质量指标 培训合格率 ≥95% 98% 效益指标 社会效益指标 就业率 ≥60% 55% 企业用工减少 ' +
      '满意度指标 服务对象满意度指标 学员满意度 ≥90% 93%';
    const read = readIndicatorGrid(recoverGrid([line]).grid);
    const indicators = read.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.actual?.text])).toEqual([
      ['培训人次', '≥100人次', '120人次'],
      ['培训合格率', '≥95%', '98%'],
      ['就业率', '≥60%', '55%'],
      ['学员满意度', '≥90%', '93%'],
    ]);
    expect(indicators[2]?.deviation).toBe('企业用工减少');
  });

  it('takes a lone value written as a bound for the target, the 实际完成值 left empty', () => {
    const line =
      '项目支出绩效自评表 (2024年度) 项目名称 技能培训 一级指标 二级指标 三级指标 年度指标值 实际完成值 偏差原因分析及改进措施 ' +
      '产出指标 数量指标 培训人次 ≥100人次 时效指标 完成时间 2024年12月底前 按期完成 满意度指标 服务对象满意度指标 学员满意度 ≥90% 93%';
    const read = readIndicatorGrid(recoverGrid([line]).grid);
    expect(read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text, indicator.actual?.text ?? null])).toEqual([
      ['培训人次', '≥100人次', null],
      ['完成时间', '2024年12月底前', '按期完成'],
      ['学员满意度', '≥90%', '93%'],
    ]);
  });
});

describe('single spaces, no 分值/得分: dates as a 时效 row’s values', () => {
  const header = '一级指标 二级指标 三级指标 指标值 全年实际值 未完成原因分析';
  const rowLines = [
    '产出指标 时效指标 河道完工时间 2024年10月前 2024年9月',
    '水库完工时间 2024年11月前 2025年3月 汛期停工三个月',
    '资金下达时间 2024年6月前 2024年5月',
    '满意度指标 服务对象满意度指标 群众满意度 ≥90% 94%',
  ];
  it.each([
    ['a row per line', [header, ...rowLines]],
    ['the table on one line', [`${header} ${rowLines.join(' ')}`]],
  ])('ends each row at its dates, the words after them its reason: %s', (_, lines) => {
    const indicators = readIndicatorGrid(recoverGrid(['2024年度中央对地方转移支付区域绩效自评表', ...lines]).grid).goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.actual?.text, indicator.deviation ?? ''])).toEqual([
      ['河道完工时间', '2024年10月前', '2024年9月', ''],
      ['水库完工时间', '2024年11月前', '2025年3月', '汛期停工三个月'],
      ['资金下达时间', '2024年6月前', '2024年5月', ''],
      ['群众满意度', '≥90%', '94%', ''],
    ]);
  });
});

describe('a header wrapped over three lines that writes no 二级, rows with single spaces (Chongqing county 专项转移支付自评表)', () => {
  const lines = [
    '绩 效 指 标  一级 指标 ',
    '三级指标  年度指标值  全年完成值  未完成原因和',
    '改进措施 ',
    '产 出 指 标  数量指标 指标1：新建机耕道 1.8km 1.8km',
    '指标2：修建蓄水池 6口 6口',
    '效 益 指 标  社会效益指标 灌溉条件改善 明显改善 明显改善',
    '经济效益指标 种植成本 降低种植成本 降低种植成本',
  ];
  // As readText gives them: the letter-spaced 一级 of the rows joined by normalize.ts.
  const rows = () =>
    readIndicatorGrid(recoverGrid(splitLinesWithSources(lines.join('\n')).lines).grid)
      .goals.flatMap((goal) => goal.indicators)
      .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text]);

  it('reads the header from its three lines, puts the 二级 column back and takes a text written twice as target and result', () => {
    expect(rows()).toEqual([
      ['产出指标', '数量指标', '新建机耕道', '1.8km', '1.8km'],
      ['产出指标', '数量指标', '修建蓄水池', '6口', '6口'],
      ['效益指标', '社会效益指标', '灌溉条件改善', '明显改善', '明显改善'],
      ['效益指标', '经济效益指标', '种植成本', '降低种植成本', '降低种植成本'],
    ]);
  });

  it('reads no header from a first line of header words whose next lines are rows', () => {
    const read = readIndicatorGrid(recoverGrid(['绩效指标 一级指标', '产出指标 数量指标 新建机耕道 1.8km 1.8km']).grid);
    expect(read.hasTable).toBe(false);
  });
});

describe('an older 申报表 on one line with single spaces', () => {
  const line =
    '鹤岭市部门预算项目支出绩效目标申报表 ( 2024年度) 编制单位(盖章):鹤岭市排水处 项目名称 管网清淤 ' +
    '绩效 指标 指标名称 上年度 实际水平 本年度 计划水平 指标内容/计算公式 二级指标 三级指标 ' +
    '目标完成程度 1.清淤长度 96公里 ≥113公里 实际清淤长度 2.检测里程 52公里 ≥60公里 实际检测里程 ' +
    '项目实施效益 1.内涝点数量 2处 ≤1处 积水点位数 2.群众满意度 88% ≥90% 满意人数/调查人数';

  it('reads the two header rows written one after the other, the broken words joined, 本年度计划水平 as the target; a word before a name numbered 1 is its 二级, before a later number the row above’s 指标内容', () => {
    const read = readIndicatorGrid(recoverGrid([line]).grid);
    expect(read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['目标完成程度', '清淤长度', '≥113公里'],
      ['目标完成程度', '检测里程', '≥60公里'],
      ['项目实施效益', '内涝点数量', '≤1处'],
      ['项目实施效益', '群众满意度', '≥90%'],
    ]);
  });

});

describe('one cell per line with columns left empty', () => {
  it('skips an empty 调整指标值 and the empty 计量单位 of a 定性 row when the typed cells after them fit', () => {
    const lines = [
      '部门整体绩效自评表',
      '指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数（%）', '指标权重（分）', '指标得分（分）', '是否核心指标',
      '图书借阅人次', '人次', '定量指标', '5000人次', '5600人次', '100%', '40', '40', '是',
      '服务规范性', '定性指标', '规范', '规范', '100%', '60', '60', '否',
    ];
    const read = readIndicatorGrid(recoverGrid(lines).grid);
    const indicators = read.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.actual?.text, indicator.weight, indicator.score])).toEqual([
      ['图书借阅人次', '5000人次', '5600人次', '40', '40'],
      ['服务规范性', '规范', '规范', '60', '60'],
    ]);
  });
});
