import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';
import { projectOfNoticeTitle, readProseTargets } from './target-notice.ts';

describe('projectOfNoticeTitle', () => {
  it.each([
    ['关于示范镇设施农业草莓种植项目绩效目标设定的公示', '示范镇设施农业草莓种植项目'],
    ['示范县2025年养殖技术培训项目绩效目标设定', '示范县2025年养殖技术培训项目'],
    // Words not ending in 项目 name no project; another title wording is none.
    ['关于示范县2025年衔接资金绩效目标设定的公示', null],
    ['示范县2025年养殖技术培训项目绩效目标表', null],
  ])('%s → %s', (title, project) => {
    expect(projectOfNoticeTitle(title)).toBe(project);
  });
});

/** An invented notice of a project's targets, its indicators in sentences under level headings. */
const notice = [
  '关于示范镇设施农业草莓种植项目绩效目标设定的公示',
  '根据《关于下达2024年衔接推进乡村振兴补助资金预算指标的通知》精神，安排衔接推进乡村振兴补助资金36万元，实施示范镇设施农业草莓种植项目，项目负责人王一。项目总体绩效目标是：增加特色产业产值50万元，带动脱贫户增收。现将绩效目标设定如下：',
  '一、产出指标',
  '数量指标：草莓种植数量（≥**株）>=12000株；质量指标：种植成活率（≥**%）>=90%。',
  '二、效益指标',
  '经济效益指标：特色产业产值（≥**万元）≥50万元。',
  '三、满意度指标',
  '服务对象满意度指标，受益群众满意度（≥**%）≥95%。',
  '示范镇人民政府',
  '2024年3月8日',
];

describe('a target notice in prose (readText)', () => {
  it('reads its indicators, unit, project, money and overall goal', () => {
    const document = readText(notice.join('\n'));
    expect(document).toMatchObject({
      kind: 'target-table',
      scope: 'project',
      unit: '示范镇人民政府',
      year: 2024,
      project: '示范镇设施农业草莓种植项目',
      overallGoal: '增加特色产业产值50万元，带动脱贫户增收。',
    });
    expect(Number(document?.budget.total)).toBe(36);
    const indicators = document?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.line])).toEqual([
      // The parser writes one sign for ">=" (core/indicator-value).
      ['产出指标', '数量指标', '草莓种植数量', '≥12000株', 4],
      ['产出指标', '质量指标', '种植成活率', '≥90%', 4],
      ['效益指标', '经济效益指标', '特色产业产值', '≥50万元', 6],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥95%', 8],
    ]);
  });

  it('keeps a target table’s own indicators: sentences are read only when no table gives any', () => {
    const document = readText(['示范镇2024年项目绩效目标表', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t草莓种植数量\t≥9000株'].join('\n'));
    if (document === null) throw new Error('the table is read');
    readProseTargets(document, notice);
    expect(document.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text])).toEqual([['草莓种植数量', '≥9000株']]);
    expect(document.project).not.toBe('示范镇设施农业草莓种植项目');
  });
});
