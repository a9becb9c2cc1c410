import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

describe('主管部门及代码 in a project target table', () => {
  it('reads the supervisor after the label, without its code, not the label words', () => {
    const document = readText(
      [
        '项目支出绩效目标表',
        '（2024年度）',
        '项目名称\t示范项目',
        '主管部门及代码\t[208]示范县水利局\t实施单位\t示范县供水站',
        '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
        '\t产出指标\t数量指标\t维修供水工程处数\t≥10处',
      ].join('\n'),
    );
    expect(document?.supervisor).toBe('示范县水利局');
  });
});
