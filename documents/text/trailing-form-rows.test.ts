import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

/**
 * The form's closing rows under an indicator table ("说明 | 无", "备注：无", "其他说明 | …"): they end the
 * table in every shape, and are no indicator (docs/layouts.md "Reading leftovers (2026-12-06, branch readers-32)").
 */
const TOP_ALIGNED = [
  '绩效指标      一级指标    二级指标    三级指标            年度指标值    实际完成值',
  '              产出指标    数量指标    改造农村户用厕      ≥450户        462户',
  '                                      所数量',
  '                          时效指标    改造工程完工时      2024年10月    2024年9月',
  '                                      间                底前',
  '              效益指标    社会效益指  农户卫生习惯改      有效提升      明显提升',
  '                          标          善情况',
  '              满意度指标  服务对象满  受益农户满意度      ≥90%          95%',
  '                          意度指标',
];
const TABS = [
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值',
  '产出指标\t数量指标\t改造农村户用厕所数量\t≥450户\t462户',
  '\t时效指标\t改造工程完工时间\t2024年10月底前\t2024年9月',
  '效益指标\t社会效益指标\t农户卫生习惯改善情况\t有效提升\t明显提升',
  '满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%\t95%',
];
const EXPECTED = [
  ['产出指标', '数量指标', '改造农村户用厕所数量', '≥450户'],
  ['产出指标', '时效指标', '改造工程完工时间', '2024年10月底前'],
  ['效益指标', '社会效益指标', '农户卫生习惯改善情况', '有效提升'],
  ['满意度指标', '服务对象满意度指标', '受益农户满意度', '≥90%'],
];

function indicatorsOf(table: readonly string[], trailing: readonly string[]): string[][] {
  const document = readText(['项目支出绩效自评表', '项目名称          乡村道路提升工程', ...table, ...trailing].join('\n'));
  return (document?.goals ?? [])
    .flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1 ?? '', indicator.level2 ?? '', indicator.name, indicator.target?.text ?? '']);
}

describe('the form’s closing rows after an indicator table', () => {
  const topAligned: Array<{ name: string; trailing: string[] }> = [
    { name: '说明 beside 无', trailing: ['说明          无'] },
    { name: '备注：无 in one cell', trailing: ['备注：无'] },
    { name: '备注 beside 无', trailing: ['备注          无'] },
    { name: '其他说明 beside a sentence', trailing: ['其他说明      本表指标值以年初批复为准。'] },
    { name: '说明 alone (its cell empty)', trailing: ['说明'] },
    { name: '说明 beside a sentence wrapped at the top of its cell', trailing: ['说明          指标完成值以县交通运输局验收', '              结果为准。'] },
    { name: '其他需要说明的情况 beside 无', trailing: ['其他需要说明的情况    无'] },
    { name: '补充说明：无', trailing: ['补充说明：无'] },
  ];
  for (const { name, trailing } of topAligned) {
    it(`ends a top-aligned fixed-width table: ${name}`, () => {
      expect(indicatorsOf(TOP_ALIGNED, trailing)).toEqual(EXPECTED);
    });
    it(`ends a table of tab rows: ${name}`, () => {
      expect(indicatorsOf(TABS, trailing.map((line) => line.trim().replace(/\s{2,}/g, '\t')))).toEqual(EXPECTED);
    });
  }

  it('keeps an indicator whose name only opens with such a word', () => {
    const table = [...TABS.slice(0, 2), '\t\t说明书发放份数\t≥500份\t520份', ...TABS.slice(2)];
    expect(indicatorsOf(table, [])).toContainEqual(['产出指标', '数量指标', '说明书发放份数', '≥500份']);
  });
});
