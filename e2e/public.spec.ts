/** Issue 4 journey: the public page shows a published document without login, with downloads. */
import { expectAccessible } from './accessibility.ts';
import { expect, test, saveScreenshot } from './support.ts';

test('the public page shows a published document without login', async ({ browser }, testInfo) => {
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/public');
  // The first page of a run loads its chunks cold; on a shared machine that can pass 15 s (as in phone.spec.ts).
  await expect(visitor.getByRole('heading', { name: '已公开的绩效目标、自评结果和评价报告' })).toBeVisible({ timeout: 60_000 });
  await expect(visitor.getByLabel('用户名')).toHaveCount(0);
  const row = visitor.getByRole('row').filter({ hasText: '示范县公安局' }).filter({ hasText: '绩效自评表' });
  await expect(row).toHaveCount(1);
  await saveScreenshot(visitor, testInfo, '01-public-list');

  await row.getByRole('link', { name: '绩效自评表' }).click();
  await expect(visitor.getByRole('heading', { name: '部门整体支出绩效自评表' })).toBeVisible();
  const sheet = visitor.getByRole('article', { name: '部门整体支出绩效自评表' });
  await expect(sheet.getByRole('cell', { name: '示范县公安局' })).toBeVisible();
  await expect(sheet.getByRole('cell', { name: '偏差原因分析及改进措施' })).toBeVisible();
  await saveScreenshot(visitor, testInfo, '02-public-document');

  const download = visitor.waitForEvent('download');
  await visitor.getByRole('button', { name: '导出 Word' }).click();
  expect((await download).suggestedFilename()).toBe('2024年示范县公安局部门整体支出绩效自评表.docx');
  await context.close();
});

test('an unpublished document is not shown to the public', async ({ browser }) => {
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/public/not-a-published-document');
  await expect(visitor.getByText('无法打开该文档')).toBeVisible();
  await expect(visitor.getByRole('link', { name: '← 返回公开目录' })).toBeVisible();
  await expectAccessible(visitor, 'public-not-found');
  await context.close();
});

test('the login page passes axe', async ({ browser }, testInfo) => {
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/');
  await expect(visitor.getByLabel('用户名')).toBeVisible();
  await saveScreenshot(visitor, testInfo, '00-login');
  await context.close();
});
