import { describe, expect, it } from 'vitest';
import { joinTabLedRows } from './tab-led-rows.ts';

describe('joinTabLedRows: docx2txt cells on tab-led lines put back into tab rows', () => {
  const dump = [
    '项目支出绩效目标表',
    '',
    '\t项目名称',
    '\t河湾公园步道修缮',
    '',
    '\t年度资金总额',
    '（万元）',
    '\t86.40',
    '\t',
    '',
    '\t一级指标',
    '\t二级指标',
    '\t三级指标',
    '\t指标值',
    '',
    '\t产出指标',
    '\t数量指标',
    '\t修缮步道长度',
    '\t≥3公里',
    '',
  ];

  it('writes each row on its first line, its cells between tabs, a second paragraph joined to its cell', () => {
    const joined = joinTabLedRows(dump);
    expect(joined).toHaveLength(dump.length);
    expect(joined[2]).toBe('项目名称\t河湾公园步道修缮');
    expect(joined[5]).toBe('年度资金总额（万元）\t86.40\t');
    expect(joined[6]).toBe('');
    expect(joined[15]).toBe('产出指标\t数量指标\t修缮步道长度\t≥3公里');
    expect(joined[0]).toBe('项目支出绩效目标表');
  });

  it('leaves a tab dump with several cells per line as it is', () => {
    const rows = ['一级指标\t二级指标\t三级指标\t指标值', '\t数量指标\t长度\t3', '产出指标\t质量指标\t合格率\t100%', '\t时效指标\t完成时间\t12月'];
    expect(joinTabLedRows(rows)).toEqual(rows);
  });

  it('leaves a text with too few tab-led rows as it is', () => {
    const lines = ['标题', '\t单位名称', '\t某县档案馆', '', '正文一段。'];
    expect(joinTabLedRows(lines)).toEqual(lines);
  });

  it('leaves a text with a cell broken over an empty line to the block reader (sample 000)', () => {
    const lines = ['\t目标一', '\t“反恐特警中队', '', '人员经费”运行经费', '\t不超过预算数', '', '\t产出指标', '\t数量指标', '', '\t效益指标', '\t社会效益指标', ''];
    expect(joinTabLedRows(lines)).toEqual(lines);
  });
});
