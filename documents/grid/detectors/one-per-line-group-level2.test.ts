import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

/** Cells one per line, empty cells leaving no line (pdftotext without -layout). */
function read(lines: readonly string[]) {
  const table = readIndicatorGrid(recoverTextGrid(lines).grid);
  return table.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.weight, indicator.score].join('|')));
}

describe('cells one per line in the framework of 决策 / 过程 / 产出 / 效益', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'];

  it('reads 绩效目标 under 决策 as the row’s 二级, not as a goal column’s heading opening a label row', () => {
    const rows = read([
      ...header,
      '决策（15分）', '项目立项', '立项依据充分性', '充分', '充分', '5', '5',
      '绩效目标', '目标设定明确性', '明确', '较明确', '5', '4',
      '资金投入', '预算测算合理性', '合理', '合理', '5', '5',
      '产出（50分）', '数量指标', '维修路灯盏数', '≥300盏', '320盏', '50', '50',
    ]);
    expect(rows).toEqual([
      '决策|项目立项|立项依据充分性|充分|5|5',
      '决策|绩效目标|目标设定明确性|明确|5|4',
      '决策|资金投入|预算测算合理性|合理|5|5',
      '产出指标|数量指标|维修路灯盏数|≥300盏|50|50',
    ]);
  });

  it('reads it so after its 一级 written again on the row (merged cells repeated in every row)', () => {
    const rows = read([
      ...header,
      '决策（15分）', '项目立项', '立项依据充分性', '充分', '充分', '5', '5',
      '决策（15分）', '绩效目标', '目标设定明确性', '明确', '较明确', '5', '4',
      '决策（15分）', '资金投入', '预算测算合理性', '合理', '合理', '5', '5',
    ]);
    expect(rows).toEqual(['决策|项目立项|立项依据充分性|充分|5|5', '决策|绩效目标|目标设定明确性|明确|5|4', '决策|资金投入|预算测算合理性|合理|5|5']);
  });

  it('reads it so after the row’s 序号 too', () => {
    const rows = read([
      '序号', ...header,
      '1', '决策（15分）', '项目立项', '立项依据充分性', '充分', '充分', '5', '5',
      '2', '绩效目标', '目标设定明确性', '明确', '较明确', '5', '4',
    ]);
    expect(rows).toEqual(['决策|项目立项|立项依据充分性|充分|5|5', '决策|绩效目标|目标设定明确性|明确|5|4']);
  });

  it('keeps 绩效目标 out of the levels under a 一级 whose group does not name it', () => {
    const rows = read([
      ...header,
      '产出指标', '数量指标', '维修路灯盏数', '≥300盏', '320盏', '50', '50',
      '绩效目标', '路灯亮灯率', '≥98%', '99%', '10', '10',
    ]);
    expect(rows[1]?.split('|')[1]).not.toBe('绩效目标');
  });

  it.each([
    ['the header written again', ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']],
    ['the header and a page number', ['- 1 -', '一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']],
  ])('keeps the framework over a page break, %s: 满意度 under 效果 on the next page is its 二级', (_, pageBreak) => {
    const rows = read([
      ...header,
      '规划（20分）', '目标设定', '绩效目标合理性', '合理', '合理', '10', '10',
      '执行（30分）', '预算执行', '预算执行率', '≥90%', '96%', '30', '30',
      ...pageBreak,
      '效果（50分）', '职责履行', '抽检任务完成率', '=100%', '100%', '40', '40',
      '满意度', '市场主体满意度', '≥90%', '93%', '10', '10',
    ]);
    expect(rows.at(-1)?.split('|').slice(1, 3)).toEqual(['满意度', '市场主体满意度']);
  });
});
