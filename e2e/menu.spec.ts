/**
 * Issue 10: every role's menu fits the header at 1024 and 1440 px (antd hides what does not fit
 * under a "···" that axe once found at contrast 1.01); settings pages sit under 设置, on a phone
 * in the drawer too, and the open page's entry is highlighted.
 */
import type { Page } from '@playwright/test';
import { expect, test, openAs, saveScreenshot } from './support.ts';

const widths = [1024, 1440];

/** antd's overflow item ("···") takes no room while every entry fits. */
async function expectMenuFits(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  const menu = page.getByRole('menu', { name: '主菜单' });
  await expect(menu).toBeVisible();
  // antd measures the entries after the resize (ResizeObserver): let it settle before looking.
  await page.waitForTimeout(1000);
  expect(await menu.locator('.ant-menu-overflow-item-rest').isVisible(), `menu overflows at ${width} px`).toBe(false);
}

for (const username of ['admin', 'finance', 'education-reviewer', 'police-filler']) {
  test(`${username}'s menu fits at ${widths.join(' and ')} px`, async ({ browser }) => {
    const page = await openAs(browser, username);
    for (const width of widths) await expectMenuFits(page, width);
    await page.context().close();
  });
}

test('the administrator reaches 评分规则 under 设置, highlighted there, and on a phone through the drawer', async ({ browser }, testInfo) => {
  test.setTimeout(600_000);
  const admin = await openAs(browser, 'admin');
  await admin.getByRole('menuitem', { name: '设置' }).hover();
  const ruleEntry = admin.getByRole('menuitem', { name: '评分规则' });
  await expect(ruleEntry).toBeVisible();
  await expect(admin.getByRole('menuitem', { name: '用户管理' })).toBeVisible();
  await saveScreenshot(admin, testInfo, '01-admin-settings-open');
  await ruleEntry.click();
  await expect(admin.getByRole('heading', { name: '评分规则包' })).toBeVisible();
  await expect(admin.locator('.ant-menu-submenu-selected')).toContainText('设置');

  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.getByRole('button', { name: '打开菜单' }).click();
  const drawer = admin.getByRole('dialog');
  // The open page's group is unfolded in the drawer, its entry selected.
  await expect(drawer.getByRole('menuitem', { name: '评分规则' })).toBeVisible();
  await expect(drawer.locator('.ant-menu-item-selected')).toHaveText('评分规则');
  await saveScreenshot(admin, testInfo, '02-admin-drawer-settings');
  await drawer.getByRole('menuitem', { name: '单位管理' }).click();
  await expect(admin.getByRole('heading', { name: '单位管理' })).toBeVisible();
  await admin.context().close();

  const finance = await openAs(browser, 'finance');
  await finance.getByRole('menuitem', { name: '设置' }).hover();
  await expect(finance.getByRole('menuitem', { name: '年度与截止日期' })).toBeVisible();
  await saveScreenshot(finance, testInfo, '03-finance-settings-open');
  await finance.getByRole('menuitem', { name: '年度与截止日期' }).click();
  await expect(finance.locator('.ant-menu-submenu-selected')).toContainText('设置');
  await finance.setViewportSize({ width: 390, height: 844 });
  await finance.getByRole('button', { name: '打开菜单' }).click();
  await expect(finance.getByRole('dialog').locator('.ant-menu-item-selected')).toHaveText('年度与截止日期');
  await saveScreenshot(finance, testInfo, '04-finance-drawer-settings');
});
