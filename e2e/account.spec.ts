/**
 * Issue 10 (axe on every page) journey, 我的账号: 司法局's leader, signed in on two devices, sees
 * both under 登录设备, ends the other one (that device is sent back to the login page), is refused a
 * new password with the wrong current one and with two different entries, changes it, and signs in
 * with the new password. At desktop width and at 390 px. No other journey signs in as justice-leader.
 */
import { expect, test, demoPassword, openAs, saveScreenshot } from './support.ts';

const newPassword = 'Sifa-ju-2026-xin';

test('a user ends another device’s session and changes the password on 我的账号', async ({ browser }, testInfo) => {
  // Four sign-ins (argon2) and three axe runs: minutes when helpers share the two cores.
  test.setTimeout(600_000);
  const other = await openAs(browser, 'justice-leader');
  const page = await openAs(browser, 'justice-leader');
  await page.getByRole('button', { name: '我的账号' }).click();
  await expect(page.getByRole('heading', { name: '我的账号', level: 1 })).toBeVisible();
  const devices = page.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(devices).toHaveCount(2);
  await expect(devices.filter({ hasText: '当前设备' })).toHaveCount(1);
  await saveScreenshot(page, testInfo, '01-account');

  // End the other device: its next request is refused and it lands on the login page.
  await devices.filter({ hasNotText: '当前设备' }).getByRole('button', { name: '退出该设备' }).click();
  await expect(page.getByText('已让该设备退出登录。')).toBeVisible();
  await expect(devices).toHaveCount(1);
  await other.reload();
  await expect(other.getByRole('button', { name: '登录' })).toBeVisible({ timeout: 60_000 });

  const form = page.getByRole('form').or(page.locator('form'));
  await page.getByLabel('当前密码').fill('not-the-password');
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('再次输入新密码').fill(`${newPassword}x`);
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('两次输入的新密码不一致')).toBeVisible();
  await page.getByLabel('再次输入新密码').fill(newPassword);
  await form.getByRole('button', { name: '修改密码' }).click();
  // The server refuses the wrong current password with a Chinese message; nothing changes.
  await expect(page.locator('.ant-message-error')).toBeVisible();
  await saveScreenshot(page, testInfo, '02-wrong-current');

  await page.getByLabel('当前密码').fill(demoPassword);
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改；其他设备上的登录已全部退出。')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone each device is a block: its browser and 当前设备 are read without scrolling sideways.
  const phoneDevice = page.getByRole('list', { name: '登录设备' }).getByRole('listitem').filter({ hasText: '当前设备' });
  await expect(phoneDevice).toContainText(/Chrome · Linux/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(page, testInfo, '03-changed-phone');

  // The new password signs in on a new device; the old one no longer does.
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/');
  await fresh.getByLabel('用户名').fill('justice-leader');
  await fresh.getByLabel('密码').fill(demoPassword);
  await fresh.getByRole('button', { name: '登录' }).click();
  await expect(fresh.getByRole('alert')).toBeVisible();
  await fresh.getByLabel('密码').fill(newPassword);
  await fresh.getByRole('button', { name: '登录' }).click();
  await expect(fresh.getByRole('heading', { name: /^您好/ })).toBeVisible({ timeout: 60_000 });
});
