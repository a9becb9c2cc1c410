import { describe, expect, it } from 'vitest';
import { joinBrokenWord, joinBrokenWordLines } from './broken-word-lines.ts';
import { readText } from './read-text.ts';
import { eachIndicator } from '../../core/model.ts';

describe('joinBrokenWord', () => {
  it('joins a column word broken in two whose first half is no word', () => {
    expect(joinBrokenWord('年初', '预算数')).toBe('年初预算数');
    expect(joinBrokenWord('年度', '指标值')).toBe('年度指标值');
    expect(joinBrokenWord('实际', '完成值')).toBe('实际完成值');
  });

  it('joins a level name broken before its 指标', () => {
    expect(joinBrokenWord('经济效益', '指标')).toBe('经济效益指标');
    expect(joinBrokenWord('满意度', '指标')).toBe('满意度指标');
    expect(joinBrokenWord('服务对象满意度', '指标')).toBe('服务对象满意度指标');
  });

  it('joins a level column word broken before its 指标, and a band word broken in two', () => {
    expect(joinBrokenWord('一级', '指标')).toBe('一级指标');
    expect(joinBrokenWord('三级', '指标')).toBe('三级指标');
    expect(joinBrokenWord('绩效', '指标')).toBe('绩效指标');
    expect(joinBrokenWord('自评', '得分')).toBe('自评得分');
    // A whole column word before a word of another column stays apart.
    expect(joinBrokenWord('得分', '指标')).toBeNull();
  });

  it.each([
    ['产出指标', '(40-50)分', '产出指标(40-50)分'],
    ['成本指标', '（0-20分）', '成本指标（0-20分）'],
    ['效益指标', '（30分）', '效益指标（30分）'],
    ['满意度指标', '(10)', '满意度指标(10)'],
  ])('joins the level %s and its weight note %s wrapped onto a line of their own', (first, second, joined) => {
    expect(joinBrokenWord(first, second)).toBe(joined);
  });

  it.each([
    ['a name', '项目建设成本', '(0-20)分'],
    ['a value', '≥88万元', '(10分)'],
    ['a level and a figure', '产出指标', '40-50'],
  ])('joins no weight note to %s', (_, first, second) => {
    expect(joinBrokenWord(first, second)).toBeNull();
  });

  it('joins a funds row label broken in two', () => {
    expect(joinBrokenWord('一般公共', '预算')).toBe('一般公共预算');
  });

  it('joins a monitoring table\'s funds column broken after its window', () => {
    expect(joinBrokenWord('1-6月', '执行数')).toBe('1-6月执行数');
    expect(joinBrokenWord('全年预计', '执行数')).toBe('全年预计执行数');
  });

  it('never joins a note, a block word or a whole column word to the cell after it', () => {
    expect(joinBrokenWord('项目资金（万元）', '年初预算数')).toBeNull();
    expect(joinBrokenWord('(万元', '年初预算数')).toBeNull();
    expect(joinBrokenWord('年度', '年初预算数')).toBeNull();
    expect(joinBrokenWord('全年预计执行数', '年度资金总额')).toBeNull();
  });

  it('leaves two whole cells apart', () => {
    expect(joinBrokenWord('分值', '得分')).toBeNull();
    expect(joinBrokenWord('数量指标', '改造楼层数')).toBeNull();
    expect(joinBrokenWord('56.8', '10')).toBeNull();
    // A 偏差原因 cell and the 偏差原因分析 label under the table: the loose 原因 wording makes no word of them.
    expect(joinBrokenWord('调查安排在下半年', '偏差原因分析')).toBeNull();
    expect(joinBrokenWord('产出指标\t数量指标', '指标')).toBeNull();
  });
});

describe('joinBrokenWordLines', () => {
  it('joins across a blank line and keeps the line count', () => {
    const lines = ['项目资金', '', '年初', '', '预算数', '', '全年', '', '执行数'];
    const joined = joinBrokenWordLines(lines);
    expect(joined).toHaveLength(lines.length);
    expect(joined.filter((line) => line !== '')).toEqual(['项目资金', '年初预算数', '全年执行数']);
  });

  it('joins the same words across any number of blank lines (a dump can double them)', () => {
    const words = ['项目资金', '年初', '预算数', '全年', '执行数'];
    for (const gap of [1, 2, 3]) {
      const lines = words.flatMap((word) => [word, ...Array<string>(gap).fill('')]);
      expect(joinBrokenWordLines(lines).filter((line) => line !== ''), `gap ${gap}`).toEqual(['项目资金', '年初预算数', '全年执行数']);
    }
  });
});

/** An own Word table dumped one cell per line with blank lines between (names and numbers made up). */
const cells = [
  '项目支出绩效自评表', '2022年度)', '项目名称', '乡镇文化站设备更新', '主管部门', '桐江县文化旅游局', '实施单位', '桐江县文化馆',
  '项目资金', '(万元)', '年初', '预算数', '全年', '预算数', '全年', '执行数', '分值', '执行率', '得分',
  '年度资金总额', '40', '40', '38', '10', '95%', '9.5',
  '一级指标', '二级指标', '三级指标', '年度', '指标值', '实际', '完成值', '分值', '得分', '偏差原因分析及改进措施',
  '产出指标', '数量指标', '指标1更新站点数', '12', '12', '40', '40', ' ', '指标2', ' ', ' ', ' ', ' ', ' ', '……', ' ', ' ',
  '效益指标', '社会效益', '指标', '指标1群众文化活动场次', '≥60', '64', '30', '30', ' ',
  '满意度', '指标', '服务对象满意度指标', '指标1群众满意度', '≥90%', '93%', '20', '20', ' ',
  '总分', '100', '99.5',
];

describe('a self-evaluation whose header and level words are broken over cell lines', () => {
  it('reads the funds, the indicators and their levels whole', () => {
    const document = readText(cells.join('\n\n'));
    expect(document?.budget).toMatchObject({ initial: '40', adjusted: '40', executed: '38', executionRate: '95', score: '9.5' });
    const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', '更新站点数', '12', '12'],
      ['效益指标', '社会效益指标', '群众文化活动场次', '≥60', '64'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%'],
    ]);
  });

  it('reads the same with the blank lines between cells doubled', () => {
    const once = readText(cells.join('\n\n'));
    const twice = readText(cells.join('\n\n\n'));
    expect(twice?.budget).toEqual(once?.budget);
    const rows = (document: typeof once) => [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name]);
    expect(rows(twice)).toEqual(rows(once));
  });
});

describe('a 项目支出绩效目标审批表 as a page\'s text, its cells parted by single spaces', () => {
  const page = [
    '2024年某镇冷藏库建设项目支出绩效目标审批表',
    '(   2024年度)',
    '预算单位: 某县某镇人民政府',
    '金额单位:万元',
    '项目名称 2024年某镇冷藏库建设项目 项目分类 资产资源类--房屋类',
    '建设周期 2024年3月-2024年11月 业务主管部门 县农业农村委',
    '实施单位 某镇 项目负责人 某人 联系电话 13500000000',
    '年度主要目标     和成果 新建冷藏库一座,库容600立方米。',
    '项目总预算 88 财政资金预算分类 一般公共预算',
    '当年年度预算 88',
    '其中:财政资金 88 财政资金科目代码 21305',
    '其中:其它资金 0',
    '年度预算执行率 100% 分值 10分',
    '年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释',
    '成本指标(0-20)分 经济成本指标 项目建设成本 ≤88万元 10',
    '社会成本指标',
    '',
    '产出指标',
    '(40-50)分',
    '数量指标 新建冷藏库库容 ≥600立方米 15',
    '时效指标 项目完工时间 2024年11月底前 10',
    '满意度指标',
    '(0-10)分',
    '服务对象满意度指标 受益群众满意度 ≥95% 10',
  ];

  it('reads its head, its funds and each level with its weight range left out', () => {
    const document = readText(page.join('\n'));
    expect(document).toMatchObject({
      kind: 'target-table',
      scope: 'project',
      project: '2024年某镇冷藏库建设项目',
      supervisor: '县农业农村委',
      unit: '某镇',
      overallGoal: '新建冷藏库一座,库容600立方米。',
      budget: { total: '88', bySource: { currentYear: '88', other: '0' } },
    });
    const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.weight]);
    expect(rows).toEqual([
      ['成本指标', '经济成本指标', '项目建设成本', '≤88万元', '10'],
      ['产出指标', '数量指标', '新建冷藏库库容', '≥600立方米', '15'],
      ['产出指标', '时效指标', '项目完工时间', '2024年11月底前', '10'],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥95%', '10'],
    ]);
  });
});
