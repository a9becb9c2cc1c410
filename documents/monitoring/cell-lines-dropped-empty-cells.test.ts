import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

describe('a monitoring table one cell per line (pdftotext without -layout: empty cells leave no line)', () => {
  it('reads the amounts right under the budget headings as the total', () => {
    const text = [
      '2024年上半年项目绩效运行监控表',
      '单位：万元',
      '项目名称',
      '山塘清淤整治',
      '预算执行情况',
      '全年预算数',
      '上半年执行数',
      '上半年执行率',
      '预计全年执行数',
      '58.00',
      '21.75',
      '37.50%',
      '57.00',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度目标值',
      '上半年完成值',
      '完成目标可能性',
      '产出指标',
      '数量指标',
      '清淤山塘数量',
      '≥12座',
      '5座',
      '确定能',
    ].join('\n');
    const document = readText(text);
    expect(document?.budget).toMatchObject({ adjusted: '58.00', executedToDate: '21.75', forecast: '57.00' });
  });

  it('keeps a header word the vocabulary does not know (偏差情况) as a column between known ones', () => {
    const text = [
      '2024年上半年项目绩效运行监控表',
      '项目名称',
      '航标维护',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度目标值',
      '1-6月完成值',
      '偏差情况',
      '完成目标可能性',
      '产出指标',
      '数量指标',
      '航标维护数量',
      '≥160座',
      '70座',
      '轻度偏差',
      '有可能',
      '产出指标',
      '质量指标',
      '航标维护正常率',
      '≥98%',
      '98.5%',
      '无偏差',
      '确定能',
    ].join('\n');
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.monitoring?.likelihood])).toEqual([
      ['航标维护数量', '≥160座', 'possible'],
      ['航标维护正常率', '≥98%', 'certain'],
    ]);
  });
});
