/** Issue 11 journey: finance reads the 评价结果通报, downloads it, decides a 结果应用, publishes; the public reads it. */
import type { Browser } from '@playwright/test';
import { chooseOption, confirmInPopover, expect, test, demoPassword, saveScreenshot } from './support.ts';

/** As support.ts openAs, with room for the cold first load of a run on a shared machine (as in phone.spec.ts). */
async function openAsFinance(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.getByLabel('用户名').fill('finance', { timeout: 60_000 });
  await page.getByLabel('密码').fill(demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: /^您好/ })).toBeVisible({ timeout: 60_000 });
  return page;
}

test('finance publishes the results notice and the public reads it', async ({ browser }, testInfo) => {
  const finance = await openAsFinance(browser);
  await finance.getByRole('menuitem', { name: '评价结果' }).click();
  await expect(finance.getByRole('heading', { name: '评价结果通报', exact: true })).toBeVisible({ timeout: 60_000 });
  await chooseOption(finance, '年度', '2024年度');
  await expect(finance.getByRole('heading', { name: '关于2024年度预算绩效自评结果的通报' })).toBeVisible();
  const notice = finance.locator('.results-notice');
  await expect(notice.getByRole('row').filter({ hasText: '示范县公安局' }).first()).toBeVisible();
  await saveScreenshot(finance, testInfo, '01-results-notice');

  const download = finance.waitForEvent('download');
  await finance.getByRole('button', { name: '下载 Word' }).click();
  expect((await download).suggestedFilename()).toBe('2024年度绩效评价结果通报.docx');

  await finance.getByRole('button', { name: /^调整示范县公安局/ }).first().click();
  const dialog = finance.getByRole('dialog');
  await expect(dialog.getByText('预算安排建议')).toBeVisible();
  // The select's own box, not a forced click that could land on the mask while the dialog zooms in.
  await dialog.locator('.ant-select').first().click();
  await finance.locator('.ant-select-dropdown:visible').getByTitle('压减预算', { exact: true }).click();
  await dialog.getByRole('spinbutton', { name: /调整幅度/ }).fill('-10');
  await dialog.getByLabel('说明').fill('执行进度偏慢，下一年度压减');
  await saveScreenshot(finance, testInfo, '02-application-dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(finance.getByRole('cell', { name: '执行进度偏慢，下一年度压减' })).toBeVisible();
  await expect(finance.getByText('已确定').first()).toBeVisible();

  await finance.getByRole('button', { name: '发布' }).click();
  await confirmInPopover(finance, finance.getByRole('tooltip').getByRole('button', { name: '发布' }), finance.getByText(/^已于 .* 发布/));
  await saveScreenshot(finance, testInfo, '03-published');

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await context.newPage();
  await visitor.goto('/public/results/2024');
  await expect(visitor.getByRole('heading', { name: '关于2024年度预算绩效自评结果的通报' })).toBeVisible({ timeout: 60_000 });
  await expect(visitor.getByText('示范县公安局').first()).toBeVisible();
  await saveScreenshot(visitor, testInfo, '04-public-notice-phone');
  await context.close();
});
