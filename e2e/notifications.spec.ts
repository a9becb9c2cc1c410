/**
 * Issue 10 journey, notifications and 撤回: 实验小学's filler starts a blank 2027 target table, its
 * leader submits it, withdraws it (back to 草稿) and submits again; 教体局 returns it with a reason; the unit's bell
 * counts one more unread, the dropdown names the document and the reason, opening it lands on the
 * document (已退回) and the count drops. At desktop width and at 390 px (the bell stays in the
 * header while the menu is in a drawer). No other journey touches 实验小学's 2027 target table (the demo, loaded as on testDemoDate, has its 2024–2026 ones).
 */
import type { Page } from '@playwright/test';
import { confirmInPopover, expect, test, openAs, saveScreenshot } from './support.ts';

const phone = { width: 390, height: 844 };
const reason = '请补充数量指标及其指标值后重新提交';

/** The unread count the bell names ("消息通知，3 条未读" / "消息通知，没有未读"). */
async function readUnreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: /^消息通知，/ });
  await expect(bell).toBeVisible({ timeout: 60_000 });
  const label = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/(\d+) 条未读/.exec(label)?.[1] ?? 0);
}

async function confirmStep(page: Page, button: string, confirm: string, state: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click({ timeout: 60_000 });
  await confirmInPopover(page, confirm, page.getByText(state, { exact: true }).first());
}

test('a returned document reaches the unit through the bell; the unit withdraws a submission first', async ({ browser }, testInfo) => {
  test.setTimeout(600_000);
  const filler = await openAs(browser, 'primary-filler');
  const before = await readUnreadCount(filler);

  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  await filler.getByLabel('新建年度').fill('2027');
  await filler.getByRole('button', { name: '新建空白目标表' }).click();
  await expect(filler).toHaveURL(/\/documents\/[^/]+$/);
  const id = filler.url().split('/').pop()!;
  await expect(filler.getByText('草稿').first()).toBeVisible();

  // The unit leader signs by submitting; 撤回 before anyone reviews: back to 草稿 (issue 10 item 7).
  const leader = await openAs(browser, 'primary-leader');
  await leader.goto(`/documents/${id}`);
  await expect(leader.getByRole('heading', { name: /绩效指标（共 \d+ 个指标）/ })).toBeVisible({ timeout: 60_000 });
  await confirmStep(leader, '提交', '确认提交', '已提交');
  await confirmStep(leader, '撤回', '确认撤回', '草稿');
  await confirmStep(leader, '提交', '确认提交', '已提交');

  const reviewer = await openAs(browser, 'education-reviewer');
  await reviewer.goto(`/documents/${id}`);
  await expect(reviewer.getByRole('heading', { name: /绩效指标（共 \d+ 个指标）/ })).toBeVisible({ timeout: 60_000 });
  await reviewer.getByRole('button', { name: '退回', exact: true }).click({ timeout: 60_000 });
  await reviewer.getByLabel('退回理由').fill(reason);
  await reviewer.getByRole('button', { name: '确认退回' }).click();
  await expect(reviewer.getByText('已退回，单位将看到退回理由')).toBeVisible();

  await filler.goto('/');
  await expect.poll(() => readUnreadCount(filler), { timeout: 90_000 }).toBe(before + 1);
  await saveScreenshot(filler, testInfo, '01-bell-badge');
  await filler.getByRole('button', { name: /^消息通知，/ }).click();
  const dropdown = filler.getByRole('tooltip').or(filler.locator('.ant-popover'));
  const entry = dropdown.getByRole('link', { name: '未读：2027年度绩效目标表被退回' }).first();
  await expect(entry).toBeVisible();
  await expect(dropdown.getByText(`退回原因：${reason}`).first()).toBeVisible();
  await saveScreenshot(filler, testInfo, '02-bell-dropdown');
  await entry.click();
  await expect(filler).toHaveURL(new RegExp(`/documents/${id}$`));
  await expect(filler.getByText('已退回', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => readUnreadCount(filler), { timeout: 90_000 }).toBe(before);

  // The page lists everything; the notification just opened is read now.
  // The dropdown redraws when the unread count is refetched: open it and follow 查看全部消息 until the page is there.
  await expect(async () => {
    if (!(await filler.getByRole('button', { name: '查看全部消息' }).isVisible())) await filler.getByRole('button', { name: /^消息通知，/ }).click();
    await filler.getByRole('button', { name: '查看全部消息' }).click({ timeout: 5_000 });
    await expect(filler.getByRole('heading', { name: '消息通知' })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  // On the page itself (the bell's dropdown may still be closing over it), the entry of this document.
  const listed = filler
    .getByRole('main')
    .getByRole('link', { name: '2027年度绩效目标表被退回', exact: true })
    .and(filler.locator(`[href$="/documents/${id}"]`));
  await expect(listed).toBeVisible();
  await saveScreenshot(filler, testInfo, '03-notifications-page');

  // At 390 px the menu is in a drawer but the bell stays in the header and the page fits.
  await filler.setViewportSize(phone);
  await expect(filler.getByRole('button', { name: '打开菜单' })).toBeVisible();
  // The header's bell is mounted anew at phone width: wait for its count again.
  await expect(filler.getByRole('button', { name: /^消息通知，/ })).toBeInViewport({ timeout: 60_000 });
  const overflow = await filler.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(filler, testInfo, '04-notifications-page-phone');
  await filler.getByRole('button', { name: /^消息通知，/ }).click();
  await expect(filler.getByRole('button', { name: '查看全部消息' })).toBeInViewport();
  await saveScreenshot(filler, testInfo, '05-bell-dropdown-phone');
});
