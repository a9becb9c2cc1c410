import { describe, expect, it } from 'vitest';
import { documentSchema, type Indicator, type PerformanceDocument } from '../../core/model.ts';
import { splitLines } from './normalize.ts';
import { readText } from './read-text.ts';
import { readProjectTargetTable, isProjectTable } from './project-table.ts';

/** Cells joined by tabs, one row per line, as extraction writes tables (sample 001's layout). */
function table(rows: string[][]): string {
  return rows.map((cells) => cells.join('\t')).join('\n');
}

const projectSelfEvaluation = table([
  ['项目支出绩效自评表'],
  ['（2023 年度）'],
  ['项目名称', '', '禁毒宣传教育专项', '', '', '', ''],
  ['主管部门', '', '某某县公安局', '', '实施单位', '某某县公安局禁毒大队', ''],
  [
    '项目资金 （万元）',
    '',
    '年初 预算数',
    '全年预算数 (A)',
    '全年执行数 (B)',
    '分值',
    '执行率 (B/A)',
    '得分',
  ],
  ['', '年度资金总额', '50.00', '60.0 0', '57.00', '10', '95 %', '9.5'],
  ['', '其中：本年财政拨款', '50.00', '55.00', '52.00', '—', '—', '—'],
  ['', '上年结转资金', '0', '5.00', '5.00', '—', '—', '—'],
  ['', '其他资金', '0', '0', '0', '—', '—', '—'],
  ['年度总体 目标', '预期目标', '', '', '实际完成情况', '', ''],
  [
    '',
    '开展禁毒宣传 进校园、进社区活动，提高群众 识毒防毒能力。',
    '',
    '',
    '全年开展宣传活动 14 场，',
    '',
    '',
  ],
  ['发放宣传资料 12000 份。'],
  [
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  ['', '产出指标（50分）', '数量指标', '指标1:宣传活动场次', '≥12场', '14场', '20', '20', ''],
  [
    '',
    '',
    '',
    '指标2:发放宣传 资料份数',
    '≥15000份',
    '12000份',
    '15',
    '12',
    '印刷经费 调减，下年 提前采购。',
  ],
  ['', '', '质量指标', '指标1:宣传覆盖学校比例', '100%', '100%', '15', '15', ''],
  ['', '效益指标（30分）', '社会效益指标', '指标1:群众识毒防毒 意识', '明显提高', '明显提高', '30', '27', ''],
  ['', '满意度指标（10分）', '服务对象满意度指标', '指标1:参与群众满意度', '≥90%', '93%', '10', '10', ''],
  ['总分', '', '', '', '', '', '100', '93.5', ''],
]);

const projectTargetTable = table([
  ['项目支出绩效目标表'],
  ['（2024年度）'],
  ['项目名称', '城区视频监控运维'],
  ['主管部门', '某某县公安局', '实施单位', '某某县公安局科技信息化大队'],
  ['项目资金 （万元）', '年度资金总额', '120.00'],
  ['', '其中：财政拨款', '100.00'],
  ['', '上年结转资金', '20.00'],
  ['', '其他资金', '0'],
  ['年度总体目标', '完成城区 386 个视频监控点位的日常运维，设备完好率不低于 95%。'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
  ['', '产出指标', '数量指标', '指标1:运维点位数', '≥386个'],
  ['', '', '', '指标2:巡检次数', '≥12 次/年'],
  ['', '', '质量指标', '指标1:设备完好率', '≥95%'],
  ['', '', '成本指标', '指标1:单点年运维成本', '≤3100元/个'],
  ['', '效益指标', '社会效益指标', '指标1:视频破案 贡献率', '逐步提高'],
  ['', '满意度指标', '服务对象满意度指标', '指标1:办案单位满意度', '≥90%'],
]);

function indicators(document: PerformanceDocument): Indicator[] {
  return document.goals.flatMap((goal) => goal.indicators);
}

describe('project self-evaluation in the common layout', () => {
  const document = readText(projectSelfEvaluation) as PerformanceDocument;

  it('is a project self-evaluation with project, supervisor and 实施单位 as unit', () => {
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document).toMatchObject({
      kind: 'self-evaluation',
      scope: 'project',
      year: 2023,
      project: '禁毒宣传教育专项',
      supervisor: '某某县公安局',
      unit: '某某县公安局禁毒大队',
    });
  });

  it('reads the funds row and splits the money into 本年财政拨款, 上年结转资金 and 其他资金', () => {
    expect(document.budget).toMatchObject({
      initial: '50.00',
      adjusted: '60.00',
      executed: '57.00',
      weight: '10',
      executionRate: '95',
      score: '9.5',
      total: '60.00',
      bySource: { currentYear: '55.00', carriedOver: '5.00', other: '0' },
    });
  });

  it('joins 预期目标 and the 实际完成情况 continued on a line of its own', () => {
    expect(document.overallGoal).toBe('开展禁毒宣传进校园、进社区活动，提高群众识毒防毒能力。');
    expect(document.overallResult).toBe('全年开展宣传活动14场，发放宣传资料12000份。');
  });

  it('reads "指标1:名称" rows without the numbering, with values, weights, scores and deviation', () => {
    const rows = indicators(document).map((indicator) => [
      indicator.level1,
      indicator.level2,
      indicator.name,
      indicator.target?.text,
      indicator.actual?.text,
      indicator.weight,
      indicator.score,
      indicator.deviation,
    ]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', '宣传活动场次', '≥12场', '14场', '20', '20', null],
      [
        '产出指标',
        '数量指标',
        '发放宣传资料份数',
        '≥15000份',
        '12000份',
        '15',
        '12',
        '印刷经费调减，下年提前采购。',
      ],
      ['产出指标', '质量指标', '宣传覆盖学校比例', '100%', '100%', '15', '15', null],
      ['效益指标', '社会效益指标', '群众识毒防毒意识', '明显提高', '明显提高', '30', '27', null],
      ['满意度指标', '服务对象满意度指标', '参与群众满意度', '≥90%', '93%', '10', '10', null],
    ]);
  });

  it('reads the stated 总分', () => {
    expect(document.totals).toMatchObject({ weight: '100', score: '93.5' });
  });
});

describe('project target table (项目支出绩效目标表)', () => {
  const lines = splitLines(projectTargetTable);
  const document = readProjectTargetTable(lines);

  it('is what readText gives for the table, with the project funds and without the numbering', () => {
    const read = readText(projectTargetTable) as PerformanceDocument;
    expect(read.kind).toBe('target-table');
    expect(read.budget.bySource).toMatchObject({ currentYear: '100.00', carriedOver: '20.00' });
    expect(indicators(read).map((indicator) => indicator.name)).toEqual(indicators(document).map((indicator) => indicator.name));
  });

  it('is recognised as a project table', () => {
    expect(isProjectTable(lines)).toBe(true);
    expect(isProjectTable(splitLines(table([['部门整体支出绩效目标表'], ['部门名称', '某局']])))).toBe(false);
  });

  it('reads the header and the one-column funds', () => {
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document).toMatchObject({
      kind: 'target-table',
      scope: 'project',
      year: 2024,
      project: '城区视频监控运维',
      unit: '某某县公安局科技信息化大队',
      budget: { total: '120.00', bySource: { currentYear: '100.00', carriedOver: '20.00', other: '0' } },
    });
    expect(document.overallGoal).toBe('完成城区386个视频监控点位的日常运维，设备完好率不低于95%。');
  });

  it('reads name and 指标值 of every row, a 成本指标 二级 staying under the 一级 above it', () => {
    expect(
      indicators(document).map((indicator) => [
        indicator.level1,
        indicator.level2,
        indicator.name,
        indicator.target?.text,
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '运维点位数', '≥386个'],
      ['产出指标', '数量指标', '巡检次数', '≥12 次/年'],
      ['产出指标', '质量指标', '设备完好率', '≥95%'],
      ['产出指标', '成本指标', '单点年运维成本', '≤3100元/个'],
      ['效益指标', '社会效益指标', '视频破案贡献率', '逐步提高'],
      ['满意度指标', '服务对象满意度指标', '办案单位满意度', '≥90%'],
    ]);
    expect(indicators(document)[0]).not.toHaveProperty('weight');
  });

  it('keeps a numbered row that has no 指标值 as its own indicator without a target', () => {
    const withGap = splitLines(`${projectTargetTable}\n${table([['', '', '', '指标2:回访满意度', '']])}`);
    const last = indicators(readProjectTargetTable(withGap)).at(-1);
    expect([last?.name, last?.target]).toEqual(['回访满意度', null]);
  });

  it('gives a partial document and a finding when the indicator header is missing', () => {
    const truncated = readProjectTargetTable(
      splitLines(projectTargetTable.split('\n').slice(0, 8).join('\n')),
    );
    expect(truncated.project).toBe('城区视频监控运维');
    expect(truncated.goals).toEqual([]);
    expect(truncated.findings.map((finding) => finding.code)).toEqual(['unparsed-line']);
  });
});
