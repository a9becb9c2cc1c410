import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

// The same monitoring table with single spaces between its cells and with none at all (a document site's text).
const cells = [
  '2024年1-6月项目支出绩效监控表',
  '项目名称', '河口镇污水管网维护', '主管部门', '河口县住房和城乡建设局', '实施单位', '河口县市政服务中心',
  '资金（万元）', '年初预算数', '调整后预算数', '1-6月执行数', '执行率', '全年预计执行数',
  '年度资金总额', '80.00', '80.00', '35.50', '44.38%', '80.00',
  '一级指标', '二级指标', '三级指标', '年度指标值', '1-6月实际完成值', '完成目标可能性', '偏差原因及改进措施',
  '产出指标', '数量指标', '管网疏通长度', '≥12公里', '7公里', '确定能',
  '时效指标', '疏通完成时间', '2024年10月底前', '2024年6月', '有可能', '汛期作业受限，错峰施工',
  '满意度指标', '服务对象满意度指标', '沿街商户满意度', '≥90%', '88%', '有可能',
];

function read(text: string) {
  const document = readText(text);
  const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.level2, indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text, indicator.monitoring?.likelihood]);
  return { document, rows };
}

describe('a monitoring table run together with no separator at all', () => {
  it.each([
    ['single spaces', cells.join(' ')],
    ['no separator', cells.join('')],
    ['no separator, a site frame above', `《某表.docx》由会员分享，可在线阅读，更多相关《某表.docx》请在某文库上搜索。\n1、${cells.join('')}`],
  ])('reads the header, the funds and the rows (%s)', (_shape, text) => {
    const { document, rows } = read(text);
    expect(document).toMatchObject({ kind: 'monitoring', year: 2024, project: '河口镇污水管网维护', unit: '河口县市政服务中心', supervisor: '河口县住房和城乡建设局' });
    expect(document?.budget).toMatchObject({ initial: '80.00', executedToDate: '35.50', forecast: '80.00' });
    expect(rows).toEqual([
      ['数量指标', '管网疏通长度', '≥12公里', '7公里', 'certain'],
      ['时效指标', '疏通完成时间', '2024年10月底前', '2024年6月', 'possible'],
      ['服务对象满意度指标', '沿街商户满意度', '≥90%', '88%', 'possible'],
    ]);
  });
});
