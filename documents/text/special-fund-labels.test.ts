import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

/** An own county 专项资金绩效目标自评表 head (names and numbers made up). */
const text = [
  '2024年度县级专项资金绩效目标自评表',
  '专项资金名称\t山塘清淤补助\t负责人及电话\t周平 0734-5550001',
  '县级主管部门\t桐山县水利局\t实施单位\t桐山县水利工程服务站',
  '项目资金（万元）\t\t全年预算数（A）\t全年执行数（B）\t执行率（B/A）',
  '\t年度资金总额\t40.00\t38.00\t95%',
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值\t未完成原因和改进措施',
  '\t产出指标\t数量指标\t清淤山塘座数\t≥12座\t12座\t',
].join('\n');

describe('the labels of a county 专项资金 self-evaluation', () => {
  it('reads 专项资金名称 as the project and 县级主管部门 as the supervisor', () => {
    expect(readText(text)).toMatchObject({ project: '山塘清淤补助', supervisor: '桐山县水利局', unit: '桐山县水利工程服务站' });
  });
});
