import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

describe('a monitoring table one cell per line whose budget row has no label', () => {
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
});
