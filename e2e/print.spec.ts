/** Issue 4 journey: the print view of a document matches the official form (header block, indicators). */
import { confirmInPopover, expect, test, openAs, saveScreenshot } from './support.ts';

test('a print view shows the header block and indicators, and only the sheet on paper', async ({
  browser,
}, testInfo) => {
  const filler = await openAs(browser, 'police-filler');
  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  const published = filler.getByRole('row').filter({ hasText: '2024' }).filter({ hasText: '已公开' });
  await published.getByRole('link', { name: '绩效自评表' }).click();
  await expect(filler).toHaveURL(/\/documents\/[^/]+$/);
  // The document page may or may not offer a 打印 link yet; the print view has its own address.
  await filler.goto(`${new URL(filler.url()).pathname}/print`);

  const sheet = filler.getByRole('article', { name: '部门整体支出绩效自评表' });
  await expect(sheet.getByRole('heading', { name: '部门整体支出绩效自评表' })).toBeVisible();
  await expect(sheet.getByText('预算单位：（盖章）（2024 年度）')).toBeVisible();
  for (const label of [
    '预算部门名称',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '执行率',
    '一级指标',
    '二级指标',
    '三级指标',
    '总分',
  ]) {
    await expect(sheet.getByRole('cell', { name: label, exact: true })).toBeVisible();
  }
  await expect(sheet.getByRole('cell', { name: '侦破刑事案件数' })).toBeVisible();
  // 一级 and 二级 cells span the rows of their indicators, as in the official table.
  expect(
    Number(await sheet.getByRole('cell', { name: /^产出指标/ }).getAttribute('rowspan')),
  ).toBeGreaterThan(1);
  await expect(filler.getByRole('button', { name: '打印' })).toBeVisible();
  await saveScreenshot(filler, testInfo, '01-print-view');

  await filler.emulateMedia({ media: 'print' });
  await expect(filler.getByRole('button', { name: '打印' })).toBeHidden();
  await expect(filler.getByRole('menuitem', { name: '我的文档' })).toBeHidden();
  await expect(sheet).toBeVisible();
  await saveScreenshot(filler, testInfo, '02-print-media');
});

test('the finance overview shows who is behind and the charts', async ({ browser }, testInfo) => {
  const finance = await openAs(browser, 'finance');
  await finance.getByRole('menuitem', { name: '绩效总览' }).click();
  await expect(finance.getByRole('heading', { name: '绩效总览' })).toBeVisible();
  const unitRow = finance.getByRole('row').filter({ hasText: '示范县实验小学' });
  await expect(unitRow.getByText('未报送').first()).toBeVisible();
  await expect(unitRow.getByText(/滞后 \d 项/)).toBeVisible();
  await expect(finance.getByRole('img', { name: /^执行率分布：/ })).toBeVisible();
  await expect(finance.getByRole('img', { name: /^等级：/ }).locator('canvas')).toBeVisible();
  await saveScreenshot(finance, testInfo, '01-overview');

  const download = finance.waitForEvent('download');
  await finance.getByRole('button', { name: '下载汇总表' }).click();
  expect((await download).suggestedFilename()).toMatch(/^\d{4}年预算绩效汇总表\.xlsx$/);

  // 催报: the unit behind is reminded after a confirmation, and finds the message under its bell.
  await unitRow.getByRole('button', { name: '催报示范县实验小学' }).click();
  await confirmInPopover(finance, /^催\s?报$/, finance.getByText(/^已向示范县实验小学催报：请尽快提交/));
  const primary = await openAs(browser, 'primary-filler');
  await primary.goto('/notifications');
  await expect(primary.getByText(/^催报：\d{4}年度/).first()).toBeVisible();
});
