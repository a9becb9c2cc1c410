/**
 * The import review journey (issue 8 item 9): an .xlsx whose 得分 column the reader does not know
 * ("考核分") → review screen → the column assigned → the 得分 total changes → saved with a named
 * layout → a second file of the same layout reads right with no help; a file naming another unit
 * is flagged and saved only on an explicit choice; an old .xls and a saved web page are read there; a report over
 * several projects, each with its own 自评表, shows each project's table on the review screen and once imported.
 * Screenshots at desktop and 390 px; axe on the screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { findSoffice, hasSofficeComponent } from '../documents/legacy-office/convert-legacy-office.ts';
import { ownTables } from '../documents/pdf/own-tables-testing.ts';
import { buildTableLayout } from '../documents/print/build-layout.ts';
import { renderTableHtml } from '../documents/print/render-html.ts';
import { buildReviewFixtureXlsx, type ReviewFixtureOptions } from '../test-support/import-review-fixtures.ts';
import { build as buildProjectsReportDocx } from '../documents/layouts/fixtures/project-self-eval-report-projects-own-tables-docx/build.ts';
import { expect, test, clickInDialog, openAs, saveScreenshot } from './support.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function uploadFromWorkspace(page: Page, name: string, options: ReviewFixtureOptions) {
  await page.goto('/documents');
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: xlsxType, buffer: await buildReviewFixtureXlsx(options) });
  await expect(page.getByRole('heading', { name: '导入核对' })).toBeVisible();
  // A worker thread's first read loads exceljs and the readers (tens of seconds on a busy machine).
  await expect(page.getByTestId('score-total')).toBeVisible({ timeout: 120_000 });
}

/** The 识别结果 panel's 指标数 (the cell after its label). */
function indicatorCount(page: Page) {
  return page.locator('.ant-descriptions-item-label', { hasText: '指标数' }).locator('xpath=following-sibling::*[1]');
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a wrongly read column is fixed once, saved as a named layout, and the next file reads right by itself', async ({ browser }, testInfo) => {
  const page = await openAs(browser, 'police-filler');
  await uploadFromWorkspace(page, '警务室自评表.xlsx', { project: '社区警务室建设（核对）' });
  const scoreTotal = page.getByTestId('score-total');
  await expect(scoreTotal).toHaveText('—');

  // antd draws the chosen value over its search input: click through it.
  await page.getByRole('combobox', { name: '第7列栏目：考核分' }).click({ force: true });
  await page.locator('.ant-select-dropdown:visible').getByTitle('得分', { exact: true }).click();
  await expect(scoreTotal).toHaveText('82');
  // Where the header is and how much of it was understood, never the layout's hash.
  await expect(page.getByText(/^指标表表头在原表第 \d+(–\d+)? 行（浅蓝色），共 \d+ 栏，已认出 \d+ 栏/)).toBeVisible();
  await expect(page.getByText('版式特征')).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'import-review-desktop');
  await expectNoSeriousAxeViolations(page);

  await page.getByText('保存栏目对应为命名版式').click();
  await page.getByLabel('版式名称').fill('公安局自评表（考核分）');
  await page.getByRole('button', { name: '确认导入为草稿' }).click();
  await expect(page.getByText(/已生成草稿.*已保存命名版式“公安局自评表（考核分）”/)).toBeVisible();

  await uploadFromWorkspace(page, '第二份自评表.xlsx', { project: '视频监控升级（核对）', scores: [30, 30, 20, 10] });
  await expect(page.getByText('已按命名版式“公安局自评表（考核分）”读取栏目（本单位）')).toBeVisible();
  await expect(scoreTotal).toHaveText('90');
  await page.getByRole('button', { name: '确认导入为草稿' }).click();
  await expect(page.getByText(/已生成草稿：2025年 示范县公安局/)).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('heading', { name: '导入核对' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, testInfo, 'import-review-390');
});

test('a file naming another unit is flagged and saved only on an explicit choice', async ({ browser }, testInfo) => {
  const page = await openAs(browser, 'police-filler');
  await uploadFromWorkspace(page, '交通局自评表.xlsx', { unit: '示范县交通运输局', project: '道路养护（核对）' });
  await expect(page.getByText('文件所列单位为“示范县交通运输局”，与“示范县公安局”不同')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: '确认导入为草稿' }).click();
  const dialog = page.getByRole('dialog', { name: '文件所列单位与导入单位不同' });
  await expect(dialog).toBeVisible();
  await saveScreenshot(page, testInfo, 'import-review-unit-mismatch');
  // antd spaces two-character CJK button labels ("取 消").
  await page.getByRole('button', { name: /^取\s?消$/ }).click();
  await expect(page.getByText(/已生成草稿/)).toHaveCount(0);

  await page.getByRole('button', { name: '确认导入为草稿' }).click();
  await clickInDialog(page, /按“示范县公安局”保存并注明/);
  await expect(page.getByText(/已生成草稿：2025年 示范县公安局/)).toBeVisible();
});

test('an old .xls (through LibreOffice) and a saved web page are read on the review screen', async ({ browser }, testInfo) => {
  const soffice = findSoffice();
  test.skip(!soffice || !hasSofficeComponent(soffice, 'calc'), 'LibreOffice Calc is not installed: old .xls files cannot be converted here');
  const page = await openAs(browser, 'police-filler');
  await page.goto('/documents');
  const xls = readFileSync(path.join(import.meta.dirname, '../documents/legacy-office/fixtures/own-dept-target-table.xls'));
  await page.locator('input[type=file]').setInputFiles({ name: '水利局目标表.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
  await expect(page.getByRole('heading', { name: '导入核对' })).toBeVisible();
  // LibreOffice's start in the worker: tens of seconds on a busy machine.
  await expect(page.getByText('文件所列单位为“示范县水利局”，与“示范县公安局”不同')).toBeVisible({ timeout: 120_000 });
  await expect(indicatorCount(page)).toHaveText('10');
  await saveScreenshot(page, testInfo, 'import-review-old-xls');

  // Another table as a site shows it, saved from the browser.
  const table = ownTables.find((each) => each.name === 'project-self-evaluation')!;
  const html = renderTableHtml(buildTableLayout(table.build())!);
  await page.locator('input[type=file]').setInputFiles({ name: '供水站自评表.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByText('文件所列单位为“示范县农村供水管理站”，与“示范县公安局”不同')).toBeVisible({ timeout: 120_000 });
  await expect(indicatorCount(page)).toHaveText('6');
});

test('every table of a file holding several is saved as its own draft in one go, and a refused one can be reviewed alone', async ({ browser }, testInfo) => {
  const page = await openAs(browser, 'police-filler');
  const table = (project: string, unit: string) => [
    '项目支出绩效自评表（2025年度）',
    `项目名称\t${project}`,
    `主管部门\t${unit}\t实施单位\t${unit}`,
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
    '产出指标\t数量指标\t巡逻次数\t≥10次\t12次\t90\t90',
    '总分\t\t\t\t\t100\t99',
  ];
  const text = [...table('社区巡防（批量）', '示范县公安局'), ...table('交通疏导（批量）', '示范县公安局'), ...table('道路养护（批量）', '示范县交通运输局')].join('\n');
  // A text file is stored at once as its first table's draft; its other tables go on to the review screen.
  await page.goto('/documents');
  await page.locator('input[type=file]').setInputFiles({ name: '三个项目.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByText('此文件有多张表，上面只导入了第一张')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: '导入其余各表' }).click();
  await expect(page.getByRole('heading', { name: '导入核对' })).toBeVisible();
  await expect(page.getByText('此文件有 3 张表，正在核对第 1 张')).toBeVisible({ timeout: 120_000 });

  // One request uploads the file once and saves the three tables.
  const saveRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/import-review/save')) saveRequests.push(new URL(request.url()).pathname);
  });
  await page.getByRole('button', { name: '全部 3 张导入为草稿' }).click();
  await expect(page.getByRole('dialog', { name: '将此文件的 3 张表各导入为一份草稿？' })).toBeVisible();
  await clickInDialog(page, '导入 3 张');
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 张，未导入 2 张。' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/第 1 张：未导入：本单位2025年已有项目“社区巡防（批量）”的绩效自评表/)).toBeVisible();
  await expect(page.getByText('第 2 张：已生成草稿：2025年 绩效自评表“交通疏导（批量）”')).toBeVisible();
  await expect(page.getByText(/第 3 张：未导入：.*示范县交通运输局/)).toBeVisible();
  expect(saveRequests).toEqual(['/api/import-review/save-tables']);
  await saveScreenshot(page, testInfo, 'import-review-save-all-tables');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByText('全部导入为草稿', { exact: true }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, testInfo, 'import-review-save-all-tables-phone');
  await page.setViewportSize({ width: 1440, height: 900 });

  // The table refused for its unit opens alone on the review screen.
  await page.getByRole('button', { name: '核对此表' }).nth(1).click();
  await expect(page.getByText('此文件有 3 张表，正在核对第 3 张')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('文件所列单位为“示范县交通运输局”，与“示范县公安局”不同', { exact: true })).toBeVisible();

  // Run again from here: the tables not saved yet are chosen (the second is left out), the unit this
  // table names is confirmed in the dialog, so it is saved as the owner's; a draft already made is not
  // made twice.
  await page.getByRole('button', { name: '全部 3 张导入为草稿' }).click();
  const dialog = page.getByRole('dialog', { name: '将此文件的 3 张表各导入为一份草稿？' });
  await expect(dialog.getByText(/文件所列单位为“示范县交通运输局”，与“示范县公安局”不同/)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: '第 2 张（第 7 行起）' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: '第 3 张（第 13 行起）' })).toBeChecked();
  await clickInDialog(page, '导入 2 张');
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 张，未导入 1 张。' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/第 1 张：未导入：.*已有/)).toBeVisible();
  await expect(page.getByText('第 3 张：已生成草稿：2025年 绩效自评表“道路养护（批量）”')).toBeVisible();
  await page.getByRole('button', { name: '打开草稿' }).click();
  await expect(page.getByRole('heading', { name: /道路养护（批量）/ })).toBeVisible();
});

test('a report over several projects, each with its own 自评表, shows each project’s indicators on the review screen and once imported', async ({ browser }, testInfo) => {
  const page = await openAs(browser, 'justice-filler');
  const report = await buildProjectsReportDocx();
  await page.goto('/documents/import-review');
  await page.locator('input[type=file]').setInputFiles({
    name: '两个项目的自评报告.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: report.bytes,
  });
  await expect(page.getByRole('button', { name: '确认导入为草稿' })).toBeEnabled({ timeout: 120_000 });
  // The review screen shows each project's indicators apart already, as the document view does.
  const reviewed = page.getByRole('region', { name: '公共文化场馆免费开放补助资金 绩效指标表' });
  await expect(page.getByText(/^公共文化场馆免费开放补助资金：自评表（\d+ 个指标）$/)).toBeVisible();
  await expect(reviewed.locator('tr', { hasText: '举办公益展览场次' })).toContainText('≥24场');
  await expect(page.getByRole('region', { name: '非物质文化遗产保护专项 绩效指标表' }).getByText('非遗项目记录数量')).toBeVisible();
  await expect(reviewed.getByText('非遗项目记录数量')).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'import-review-report-projects');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('list', { name: '公共文化场馆免费开放补助资金 绩效指标表' })).toContainText('实际完成值：20场');
  await saveScreenshot(page, testInfo, 'import-review-report-projects-phone');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: '确认导入为草稿' }).click();
  await clickInDialog(page, /按“示范县司法局”保存并注明/);
  await page.getByRole('button', { name: '打开草稿' }).click({ timeout: 120_000 });
  await expect(page.getByText('报告分别评价的项目（2 个）')).toBeVisible({ timeout: 60_000 });

  const first = page.getByRole('region', { name: '公共文化场馆免费开放补助资金 绩效指标表' });
  await expect(first.getByRole('columnheader')).toHaveText(['序号', '一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']);
  await expect(first.locator('tr', { hasText: '举办公益展览场次' }).locator('td')).toHaveText(['2', '举办公益展览场次', '≥24场', '20场', '15', '12.5']);
  await expect(page.getByRole('region', { name: '非物质文化遗产保护专项 绩效指标表' }).getByText('非遗项目记录数量')).toBeVisible();
  // Such a report exports its projects' tables as .xlsx too.
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeVisible();
  await saveScreenshot(page, testInfo, 'report-project-tables');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('list', { name: '公共文化场馆免费开放补助资金 绩效指标表' })).toContainText('实际完成值：20场');
  await saveScreenshot(page, testInfo, 'report-project-tables-phone');
  await expectNoSeriousAxeViolations(page);
});
