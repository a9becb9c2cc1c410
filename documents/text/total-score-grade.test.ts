import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

const table = (totalsLabel: string): string =>
  [
    '2023年度项目绩效自评表',
    '| 项目名称 | 示范项目 | 项目主管部门 | 示范县教育局 |',
    '| 项目实施单位 | 示范县第一中学 |',
    '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 | 扣分原因 |',
    '| 产出指标 | 数量指标 | 培训教师人数 | ≥80人 | 85人 | 90 | 90 | |',
    `| ${totalsLabel} | | | | | 100 | 98 | |`,
    '| 自评等级 | 优 |',
  ].join('\n');

describe('the 总分 row and the grade of a web page table', () => {
  it.each(['自评总得分', '总得分', '总分'])('reads "%s" as the 总分 row, not as an indicator', (label) => {
    const document = readText(table(label));
    expect(document?.totals).toMatchObject({ weight: '100', score: '98' });
    expect(document?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['培训教师人数']);
  });

  it('reads the grade from its own cells between pipes', () => {
    expect(readText(table('总分'))?.totals.grade).toBe('优');
  });
});

describe('a total score stated beside the head’s labels', () => {
  const sheet = (headCell: string, totalRow: string | null): string =>
    [
      '示范市财政预算支出项目绩效目标自评表',
      `项目名称\t村级道路养护项目\t项目主管单位\t示范市交通运输局\t${headCell}`,
      '项目实施单位\t示范市公路所',
      '一级指标\t二级指标\t三级指标\t年初指标值\t年终完成值\t自评分',
      '产出指标\t数量指标\t养护里程\t260公里\t260公里\t40',
      ...(totalRow === null ? [] : [totalRow]),
    ].join('\n');

  it.each([
    ['自评总分：96', '96'],
    ['自评总分:95.5分', '95.5'],
    ['自评总分：', null],
    ['自评总分：120', null],
    ['评价总分 88', '88'],
  ])('reads "%s" as the score %s where no 总分 row states one', (cell, score) => {
    expect(readText(sheet(cell, null))?.totals.score ?? null).toBe(score);
  });

  it('keeps the 总分 row’s score before the head’s', () => {
    expect(readText(sheet('自评总分：96', '总分\t\t\t\t\t94'))?.totals.score).toBe('94');
  });
});
