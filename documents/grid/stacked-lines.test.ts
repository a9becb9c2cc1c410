import { describe, expect, it } from 'vitest';
import { joinStackedLines, stripCellTerminators } from './stacked-lines.ts';

describe('joinStackedLines', () => {
  it('joins a level written a character per line with its weight note, keeping the line count', () => {
    const lines = ['效', '益', '指', '标', '(40分)', '经济效益指标  指标1:年增收金额 ≥20万元 22万元 20 20', '指标2:带动就业人数 ≥30人 35人 20 20'];
    const joined = joinStackedLines(lines);
    expect(joined).toHaveLength(lines.length);
    expect(joined.slice(0, 4)).toEqual(['', '', '', '']);
    expect(joined[4]).toBe('效益指标(40分)');
    expect(joined[5]).toBe('经济效益指标  年增收金额 ≥20万元 22万元 20 20');
    expect(joined[6]).toBe('带动就业人数 ≥30人 35人 20 20');
  });

  it('joins a 二级 broken over two lines and blanks empty numbered placeholders', () => {
    const joined = joinStackedLines(['生态效益', '指标', '指标1:绿化覆盖率 ≥40% 42% 10 10', '指标2:', '……']);
    expect(joined).toEqual(['', '生态效益指标', '绿化覆盖率 ≥40% 42% 10 10', '', '']);
  });

  it('blanks a Markdown pipe row whose one filled cell is an empty placeholder, and keeps pipe rows with content', () => {
    const lines = ['| 产出指标 | 数量指标 | 修缮校舍间数 | ≥12间 |', '|  |  | 指标3： |  |', '|  | 质量指标 | 验收合格率 | =100% |'];
    expect(joinStackedLines(lines)).toEqual([lines[0], '', lines[2]]);
  });

  it('takes the numbering off a name written right after it, with no colon, in the numbered layout', () => {
    const joined = joinStackedLines(['数量指标', '指标1改造楼层数', '6', '指标2', '……', '质量指标', '指标1消防验收合格率']);
    expect(joined).toEqual(['数量指标', '改造楼层数', '6', '', '', '质量指标', '消防验收合格率']);
  });

  it('takes the numbering off a row whose first cell is "指标1" and whose name is the next cell, apart by spaces', () => {
    const lines = ['数量', '指标', ' 指标1  改造楼层数 按图纸改造 6层 6层 15 15', ' 指标2  加装电梯部数 ≥2部 2部 15 15', '满意度指标 指标3 名称 说明'];
    expect(joinStackedLines(lines)).toEqual(['', '数量指标', ' 改造楼层数 按图纸改造 6层 6层 15 15', ' 加装电梯部数 ≥2部 2部 15 15', '满意度指标 指标3 名称 说明']);
  });

  it('leaves a text without numbered names as it is', () => {
    const lines = ['产', '出', '指', '标', '数量指标 培训人数 ≥100人'];
    expect(joinStackedLines(lines)).toEqual(lines);
  });
});

describe('stripCellTerminators', () => {
  it('reads cells closed by " |" as cells one per line, an empty cell as the empty-cell line', () => {
    const lines = ['一级指标 |', '二级指标 |', '三级指标 |', '指标值 |', ' |', '产出指标 |', '数量指标 |', '培训人数 |', '100 |', ' |'];
    expect(stripCellTerminators(lines)).toEqual(['一级指标', '二级指标', '三级指标', '指标值', '|', '产出指标', '数量指标', '培训人数', '100', '|']);
  });

  it('leaves Markdown tables alone', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `| 指标${index} | ${index} |`);
    expect(stripCellTerminators(lines)).toEqual(lines);
  });
});
