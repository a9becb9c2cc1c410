import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

describe('a monitoring budget header one per line closed by 备注 (pdftotext without -layout)', () => {
  it('reads each source row after a 备注 whose cells the rows leave empty', () => {
    const text = [
      '项目支出绩效目标执行监控表',
      '（2025年度）',
      '项目名称', '乡镇污水站运营补助',
      '项目资金（万元）',
      '年初预算数', '1-7月执行数', '1-7月执行率', '全年预计执行数', '备注',
      '年度资金总额', '88.00', '40.00', '45.45%', '86.00',
      '其中：财政拨款', '80.00', '36.00', '45.00%', '78.00',
      '一级指标', '二级指标', '三级指标', '年度指标值', '1-7月实际完成值', '完成目标可能性',
      '产出指标', '数量指标', '运营污水站数量', '≥9座', '9座', '确定能',
    ].join('\n');
    const document = readText(text);
    expect(document?.budget).toMatchObject({ initial: '88.00', executedToDate: '40.00', forecast: '86.00' });
  });
});
