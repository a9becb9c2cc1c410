/** Shared steps of the journeys: sign in as a demo user in a fresh context, take a screenshot. */
import { test as base, expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible, settleAnimations } from './accessibility.ts';

/**
 * The journeys' `test`: every browser context a journey opened (openAs, browser.newContext) is
 * closed when it ends. The worker's browser is shared by all journeys, and contexts left open
 * stayed alive to the end of the run: the last journey of a CI run had 39 pages open beside its
 * own (its failure screenshots showed them all). Playwright screenshots a context as it closes,
 * so a failure keeps its pictures.
 */
export const test = base.extend<{ closeOpenedContexts: void }>({
  closeOpenedContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
});
export { expect };

/** The password playwright.config.ts gives every demo account (JIXIAO_DEMO_PASSWORD). */
export const demoPassword = process.env.JIXIAO_DEMO_PASSWORD ?? 'jixiao2026';

/** A new browser context signed in as `username`; alert dialogs fail the journey (XSS guard). */
export async function openAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  // 60 s: with every helper's journeys on two cores, each asset took 0.5–3 s and home ~20 s.
  await expect(page.getByRole('heading', { name: /^您好/ })).toBeVisible({ timeout: 60_000 });
  return page;
}

/** Saves a screenshot as a test artifact (test-results/<test>/<name>.png), after axe has checked the page as shown. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Let dialogs and messages finish their entrance animations, so the picture shows them.
  await settleAnimations(page);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false });
  await expectAccessible(page, name);
}

/**
 * Waits until the editor reports everything saved after an edit. 30 s: a save is analysed in a
 * worker thread, and with other work on both cores (a CI dry run beside five helpers, load 25)
 * one took longer than the default 15 s.
 */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled({ timeout: 30_000 });
}

/** Opens a page under the menu's 设置 group (its popup opens on hover, issue 10). */
export async function openSettingsPage(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name: '设置' }).hover();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

/**
 * Clicks a dialog's button once the dialog has finished opening, and waits until the dialog closes,
 * clicking again while it is still there and its button idle. On a loaded machine a click during
 * antd's opening zoom went nowhere (seen in a CI dry run: 按本单位保存并注明 clicked, no request
 * sent, the dialog still open 15 s later). A second click is harmless: while the request is on its
 * way the button is busy (antd ignores clicks on a loading button), and once done the dialog is gone.
 */
export async function clickInDialog(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('dialog').getByRole('button', { name });
  await expect(button).toBeVisible();
  await settleAnimations(page);
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 5_000 });
    await expect(button).toBeHidden({ timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * Chooses the option matching `option` (a string is the option's whole text) in the select
 * labelled `label`, with the keyboard: opens it, types `search` if given, arrows to the option,
 * Enter; again until the select shows it. A multiple select keeps it among the others (the
 * journey presses Escape to close the list). Clicking the option raced the list: a page that
 * redraws as its data arrives closed a list opened meanwhile; a click while the list filtered
 * went nowhere (a dialog was sent without its 所属单位), once it landed where the closing list
 * had been, on the dialog's mask, and closed the dialog (all seen in CI dry runs).
 */
export async function chooseOption(page: Page, label: string, option: string | RegExp, search?: string): Promise<void> {
  const text = typeof option === 'string' ? new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : option;
  const box = page.getByRole('combobox', { name: label });
  const chosen = page.locator('.ant-select').filter({ has: box }).locator('.ant-select-selection-item').filter({ hasText: text });
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(async () => {
    if ((await chosen.count()) > 0) return;
    await box.click({ force: true, timeout: 5_000 });
    if (search !== undefined) await box.fill(search, { timeout: 5_000 });
    await expect(options.filter({ hasText: text }).first()).toBeVisible({ timeout: 5_000 });
    for (let step = 0; step < 50; step += 1) {
      if ((await options.and(page.locator('.ant-select-item-option-active')).filter({ hasText: text }).count()) > 0) break;
      await box.press('ArrowDown');
    }
    await box.press('Enter');
    await expect(chosen).not.toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * Clicks a popconfirm's OK button (`confirm`) until `outcome` shows. A click during the
 * popconfirm's zoom-in went nowhere, several times: 确认撤回 (dry run 2026-12-04), 确认提交 and
 * 催报 (CI of 2026-12-05: the document stayed 草稿, no reminder was sent). A second click is
 * harmless: while the step runs its button is busy (antd ignores clicks on a loading button), and
 * once done the popconfirm is gone.
 */
export async function confirmInPopover(page: Page, confirm: string | RegExp | Locator, outcome: Locator): Promise<void> {
  const button = typeof confirm === 'string' || confirm instanceof RegExp ? page.getByRole('button', { name: confirm }) : confirm;
  await expect(button).toBeVisible({ timeout: 60_000 });
  await settleAnimations(page);
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 5_000 });
    await expect(outcome).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
}
