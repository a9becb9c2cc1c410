import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

describe('budget amounts written as label and amount above the indicators', () => {
  it('reads a label alone on its line with its unit note, the amount on the next line (cells one per line)', () => {
    const document = readText(
      [
        '2025年中央预算内投资计划绩效目标表',
        '专项名称', '城镇污水管网建设专项',
        '下达地方或单位', '示范县人民政府',
        '下达中央预算内投资（万元）', '1360',
        '总体目标', '新建污水管网，提高污水收集率。',
        '绩效指标', '一级指标', '二级指标', '三级指标', '指标值',
        '实施效果指标', '产出指标', '新建污水管网长度', '≥12公里',
      ].join('\n'),
    );
    expect(document?.budget.total).toBe('1360');
  });
});

describe('a part of the money under a label no source slot holds, read as label and amount (twenty-fourth study)', () => {
  // Our own form run together on one line (a Gansu 省级部门预算项目支出绩效目标表's head), the parts varied.
  const form = (parts: string): string =>
    `省级部门预算项目支出绩效目标表(2024年度)*一级项目名称示范专项资金二级项目名称示范站点设备购置项目主管部门示范市农业农村局项目总投资50万元${parts}预算申报数50万元资金性质一般公共预算年度绩效目标完成设备购置一级指标二级指标三级指标指标目标值产出指标数量指标购置设备数量=20台`;
  const codes = (text: string): string[] => readText(text)?.findings.map((finding) => finding.code) ?? [];
  it.each([
    ['an unslotted part with an amount: reported, the sum not compared', '中央补助安排0省级财政安排30万元其他资金20万元', ['budget-part-unplaced'], ['budget-sum-mismatch']],
    ['two unslotted parts: reported', '中央补助安排10万元省级财政安排20万元其他资金20万元', ['budget-part-unplaced'], ['budget-sum-mismatch']],
    ['unslotted parts of 0: nothing unplaced, the sources are the whole', '中央补助安排0省级财政安排0其他资金50万元', [], ['budget-part-unplaced', 'budget-sum-mismatch']],
    ['no unslotted part, the sources short of the total: the mismatch stays', '其他资金20万元', ['budget-sum-mismatch'], ['budget-part-unplaced']],
  ])('%s', (_case, parts, present: string[], absent: string[]) => {
    const found = codes(form(parts));
    for (const code of present) expect(found).toContain(code);
    for (const code of absent) expect(found).not.toContain(code);
  });

  it('names the part once, its longest wording ("中央补助安排", not "中央补助" inside it)', () => {
    const finding = readText(form('中央补助安排30万元其他资金20万元'))?.findings.find((item) => item.code === 'budget-part-unplaced');
    expect(finding?.message).toContain('“中央补助安排”');
    expect(finding?.message).not.toContain('“中央补助”');
  });
});
