import { describe, expect, it } from 'vitest';
import { withinFinalAccountsPage, withReportBelow } from './final-accounts-page.ts';

const table = ['项目支出绩效自评表', '项目名称\t乡村道路养护', '一级指标\t二级指标\t三级指标\t指标值'].join('\n');

describe('the 决算 page edits (a table inside a 部门决算 page, a report below a table)', () => {
  it('set a table inside the page, between its 说明 and its 名词解释', () => {
    const edited = withinFinalAccountsPage(table);
    expect(edited.indexOf('第三部分')).toBeLessThan(edited.indexOf('项目支出绩效自评表'));
    expect(edited.indexOf('项目支出绩效自评表')).toBeLessThan(edited.indexOf('第四部分 名词解释\n一、'));
    expect(withReportBelow(table)).toContain('部门整体支出绩效自评报告');
  });

  it.each([
    ['a report', '青禾县水利局2023年度部门整体支出绩效自评报告\n一、部门基本情况'],
    ['a results notice', '发布机构: 石岭镇\n石岭镇2023年度专项债券项目资金绩效评价结果公示\n序号\n项目名称\n评价得分'],
    ['a results notice in traditional script', '石嶺鎮2023年度項目績效評價結果公告\n序號\t項目名稱\t評價得分'],
    ['a 决算 page', '青川县档案馆2023年度部门决算\n目录'],
  ])('leave %s as it is (a page of its own)', (_case, text) => {
    expect(withinFinalAccountsPage(text)).toBe(text);
    expect(withReportBelow(text)).toBe(text);
  });
});
