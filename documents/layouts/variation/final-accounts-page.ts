/**
 * A table published inside a unit's 部门决算 page (county sites 2019–2024 publish the 部门整体支出绩效
 * 自评表 and the 项目 tables in the 决算's 预算绩效情况说明 or as its 附件): the page's 目录, 概况, a
 * 决算表 of its own and its 说明 above the table, and the 名词解释 part below it. Invented text; the
 * 决算 figures are the page's, none of them the table's. A report (报告 in its first lines, or a results notice's
 * 结果公示 title) is left as it is: it is the page, not a table inside one; so is a CSV file (a sheet's cells, not a page).
 */
const above = `青山县公安局2023年度部门决算

目录
第一部分 青山县公安局概况
一、部门职责
二、机构设置
第二部分 2023年度部门决算表
一、收入支出决算总表
第三部分 2023年度部门决算情况说明
第四部分 名词解释

第一部分 青山县公安局概况
一、部门职责
负责全县社会治安管理，预防、制止和侦查违法犯罪活动。
二、机构设置
本部门内设机构12个，下属单位2个。

第二部分 2023年度部门决算表
收入支出决算总表
单位：万元
\t项目
\t本年收入合计
\t本年支出合计

\t一般公共预算财政拨款收入
\t9,876.54
\t基本支出
\t7,123.45

\t政府性基金预算财政拨款收入
\t120.00
\t项目支出
\t2,873.09

第三部分 2023年度部门决算情况说明
一、收入支出决算总体情况说明
2023年度收入总计9,996.54万元，支出总计9,996.54万元。与2022年度相比，收入支出总计各增加312.11万元，增长3.2%。
二、三公经费支出情况说明
2023年度“三公”经费支出决算为45.60万元，完成预算的91.2%。
十三、预算绩效情况说明
（一）预算绩效管理工作开展情况。根据预算绩效管理要求，本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目8个，资金2,873.09万元，占一般公共预算项目支出总额的100%。
（二）部门整体支出绩效自评情况。自评得分95分，自评结果为优。
（三）项目支出绩效自评情况见下表。

`;

const below = `
第四部分 名词解释
一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。
二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
`;

/** A 决算 page's own heading ("青川县档案馆2023年度部门决算", traditional 部門決算 too): such a text is a page already. */
const FINAL_ACCOUNTS_HEADING = /(?:19|20)\d{2}年度?(?:部门|部門|单位|單位)?(?:决算|決算)$/;

/**
 * A table that a page can hold: not a report (报告 in its first lines), not a CSV file (a sheet's
 * cells), not a 决算 page itself (no page holds a second 决算 page's 目录 and heading above its own).
 */
function isTableText(text: string): boolean {
  // Another edit may have padded the lines (U+3000) or written digits full-width: the shapes are looked for in NFKC, trimmed.
  const head = text.split('\n').map((line) => line.normalize('NFKC').trim()).filter((line) => line !== '').slice(0, 12);
  if (head.some((line) => /报告|報告/.test(line))) return false;
  // A results notice (…绩效评价结果公示 / 公告 / 通报, a report of its own kind: docs/layouts.md "Sixteenth study") is a
  // page too, with its site's frame and its 公示期: no 决算 page carries another page's notice inside it.
  if (head.some((line) => /结果(?:公示|公告|公开|通报)|結果(?:公示|公告|公開|通報)/.test(line))) return false;
  if (head.some((line) => FINAL_ACCOUNTS_HEADING.test(line.replace(/\s/g, '')))) return false;
  return head.filter((line) => /^[",]|,,/.test(line)).length <= head.length / 2;
}

export function withinFinalAccountsPage(text: string): string {
  if (!isTableText(text)) return text;
  return `${above}${text.trimEnd()}\n${below}`;
}

/** The unit's 自评报告 text published under its table on the same page (invented; its figures are not the table's). */
const reportBelow = `
部门整体支出绩效自评报告
一、部门基本情况
本单位主要负责辖区内相关业务的组织实施，内设股室5个，年末实有人员36人。
二、部门整体支出管理及使用情况
年初预算批复数为512.30万元，调整预算数为538.90万元，全年执行数为530.12万元，执行率98.37%。
三、存在的问题及原因分析
部分项目资金拨付进度偏慢，绩效目标设置不够细化。
四、下一步改进措施
加快资金拨付进度，细化量化绩效目标。
`;

export function withReportBelow(text: string): string {
  if (!isTableText(text)) return text;
  return `${text.trimEnd()}\n${reportBelow}`;
}
