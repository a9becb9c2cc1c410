import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.ts';
import { readReportHeader } from './report-header.ts';

const metadata = ['文件名称: | |||', '统一登记号: | |||', '索引号: | 发文编号: | ||', '公开目录: | 公开责任部门: | ||', '发文日期: | 公开形式: | ||', '生效日期 : | 有效期: |'];
const report = [
  ...metadata,
  '示范县水利局小型水库除险加固资金',
  '绩效评价报告',
  '某某湘评字(2023)第0001号',
  '受示范县财政局委托，我所对示范县水利局2022年度小型水库除险加固资金实施绩效评价。',
  '一、基本情况',
  '二、绩效评价工作开展情况',
  '三、综合评价情况及评价结论',
];

describe('a third-party report under an empty metadata form, its title without a year', () => {
  it('finds the title below the empty labels and reads an evaluation report', () => {
    expect(detectKind(report)?.kind).toBe('evaluation-report');
  });

  it('splits the title into the unit and the project after it', () => {
    expect(readReportHeader(report, 'project')).toMatchObject({ unit: '示范县水利局', project: '小型水库除险加固资金', year: 2022 });
  });

  it('keeps a title whose project names no unit before it as the project', () => {
    const lines = ['农村饮水安全资金', '绩效评价报告', '一、基本情况'];
    expect(readReportHeader(lines, 'project')).toMatchObject({ project: '农村饮水安全资金' });
  });
});
