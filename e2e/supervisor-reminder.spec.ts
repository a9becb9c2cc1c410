/**
 * Issue 10 催报 by a 主管部门: finance opens a 1-11月 monitoring round whose deadline has passed
 * (later than the demo's 1-7月 and monitoring-cycle.spec's 1-9月 round for the same unit, which the journeys' shared
 * server may already hold: an earlier window would be refused with 409);
 * 政法委's reviewer sees 公安局 late on the round page and reminds it; the unit finds the reminder
 * in 消息通知, sent by its 主管部门.
 */
import type { Page } from '@playwright/test';
import { chooseOption, expect, test, clickInDialog, confirmInPopover, openAs, saveScreenshot } from './support.ts';

async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

test('a 主管部门 reminds its late unit from the monitoring round', async ({ browser }, testInfo) => {
  test.setTimeout(600_000);
  const finance = await openAs(browser, 'finance');
  await finance.getByRole('menuitem', { name: '绩效监控' }).click();
  await finance.getByLabel('年度').fill('2025');
  await finance.getByLabel('截至月份').fill('11');
  await pickDate(finance, '填报截止日期', '2025-12-10');
  await finance.getByText('重点监控单位', { exact: true }).click();
  await chooseOption(finance, '重点监控单位', /示范县公安局/);
  await finance.keyboard.press('Escape');
  await finance.getByRole('button', { name: '开启监控并生成监控表' }).click();
  await clickInDialog(finance, '确认开启');
  await expect(finance.getByRole('heading', { name: '2025年1-11月绩效运行监控' })).toBeVisible();
  await finance.context().close();

  const reviewer = await openAs(browser, 'politics-reviewer');
  await reviewer.getByRole('menuitem', { name: '绩效监控' }).click();
  await reviewer.getByRole('link', { name: '2025年1-11月绩效运行监控' }).click();
  const row = reviewer.getByRole('row').filter({ hasText: '示范县公安局' });
  await expect(row.getByText(/^逾期 \d+ 天$/)).toBeVisible();
  // 整改 stays with finance.
  await expect(row.getByRole('button', { name: '下发整改' })).toHaveCount(0);
  await saveScreenshot(reviewer, testInfo, '01-round-late-unit');
  await row.getByRole('button', { name: '催报示范县公安局' }).click();
  // The row's 已催报, not the 3-second message: it stays.
  await confirmInPopover(reviewer, /^催\s?报$/, row.getByText(/^已催报/));
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(reviewer, testInfo, '02-round-phone');

  const filler = await openAs(browser, 'police-filler');
  await filler.goto('/notifications');
  await expect(filler.getByText('催报：2025年1-11月绩效运行监控').first()).toBeVisible();
  await saveScreenshot(filler, testInfo, '03-unit-notified');
});
