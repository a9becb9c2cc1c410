/**
 * Phone width (390 px, issue 10): home, a document, a draft being edited, the review queue and the public pages fit
 * the screen — the menu sits in a drawer, and a card title is never cut short by its extra (the year view).
 * The finance tables (年度报送情况, 绩效总览, 评价结果通报), the document lists, the settings pages and the
 * target editor's and the self-evaluation's indicators show each row as a block (components/row-cards.tsx);
 * an indicator is edited in a drawer.
 */
import type { Page } from '@playwright/test';
import { chooseOption, expect, test, openAs, saveScreenshot, waitUntilSaved } from './support.ts';

const phone = { width: 390, height: 844 };

/** The page itself never scrolls sideways (a table inside it may). */
async function expectNoPageOverflow(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

test('a unit, a reviewer and a visitor can use the main pages on a phone', async ({ browser }, testInfo) => {
  test.setTimeout(600_000);
  const filler = await openAs(browser, 'police-filler');
  await filler.setViewportSize(phone);
  await expect(filler.getByRole('button', { name: '打开菜单' })).toBeVisible();
  await expect(filler.getByRole('menuitem', { name: '我的文档' })).toHaveCount(0);
  await expectNoPageOverflow(filler);
  await saveScreenshot(filler, testInfo, '01-phone-home');

  await filler.getByRole('button', { name: '打开菜单' }).click();
  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  // Each document a block: its title and state read without scrolling sideways.
  const published = filler.getByRole('list', { name: '文档列表' }).getByRole('listitem').filter({ hasText: '2024' }).filter({ hasText: '已公开' });
  await published.getByRole('link', { name: /绩效自评表/ }).first().click();
  await expect(filler.getByText('实际完成值').first()).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(filler);
  // The toolbar wraps as one row of buttons: the exports sat one per line in a narrow column.
  const excelBox = await filler.getByRole('button', { name: '导出 Excel' }).boundingBox();
  const wordBox = await filler.getByRole('button', { name: '导出 Word' }).boundingBox();
  expect(wordBox!.y).toBe(excelBox!.y);
  // A self-evaluation's ten columns are a block per indicator on a phone, read-only too: no sheet scrolled sideways.
  await expect(filler.getByRole('list', { name: '自评指标表' }).getByRole('listitem').first()).toContainText('实际完成值：');
  await expect(filler.locator('.sheet-scroll')).toHaveCount(0);
  await saveScreenshot(filler, testInfo, '02-phone-document');

  // A draft being edited: the budget boxes go one group above the other instead of widening the page.
  await filler.goto('/');
  await filler.getByRole('link', { name: '2026年 示范县公安局 绩效目标表' }).first().click();
  await expect(filler.getByRole('textbox', { name: '基本支出' })).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(filler);
  await saveScreenshot(filler, testInfo, '02b-phone-draft');

  // The indicators: a block each, no sheet scrolled sideways; one is edited in a drawer, one added,
  // and the draft autosaves as on the desktop.
  const indicators = filler.getByRole('list', { name: /^绩效指标表/ }).first();
  await expect(indicators.getByRole('listitem').first()).toContainText('指标值：');
  await expect(filler.locator('.sheet-scroll')).toHaveCount(0);
  await filler.getByRole('button', { name: '编辑（第1行）' }).click();
  const drawer = filler.getByRole('dialog', { name: '编辑指标（第1行）' });
  await expect(drawer.getByLabel('指标值')).toBeVisible();
  await drawer.getByLabel('指标值').fill('≥ 650起');
  await expect(drawer.getByText('识别为：≥ 650 起', { exact: false })).toBeVisible();
  await expectNoPageOverflow(filler);
  await saveScreenshot(filler, testInfo, '02c-phone-indicator-drawer');
  await drawer.getByRole('button', { name: '完成' }).click();
  await expect(drawer).toBeHidden();
  await expect(indicators.getByRole('listitem').first()).toContainText('指标值：≥ 650起');
  await waitUntilSaved(filler);
  const count = await indicators.getByRole('listitem').count();
  await filler.getByRole('button', { name: '添加指标' }).first().click();
  const added = filler.getByRole('dialog', { name: `编辑指标（第${count + 1}行）` });
  await added.getByLabel('三级指标').fill('夜间巡逻覆盖社区数');
  await added.getByLabel('指标值').fill('≥ 30个');
  await added.getByRole('button', { name: '完成' }).click();
  await expect(indicators.getByRole('listitem').nth(count)).toContainText('夜间巡逻覆盖社区数');
  await waitUntilSaved(filler);
  await filler.reload();
  await expect(filler.getByRole('list', { name: /^绩效指标表/ }).first().getByRole('listitem').nth(count)).toContainText('≥ 30个', { timeout: 60_000 });
  await expectNoPageOverflow(filler);
  await saveScreenshot(filler, testInfo, '02d-phone-indicators');

  const reviewer = await openAs(browser, 'politics-reviewer');
  await reviewer.setViewportSize(phone);
  await reviewer.goto('/reviews');
  await expect(reviewer.getByRole('heading', { name: '审核队列' })).toBeVisible();
  await expectNoPageOverflow(reviewer);
  await saveScreenshot(reviewer, testInfo, '03-phone-review-queue');
  // A card whose extra is a wide button (催报全部未提交单位) gives its title a line of its own: it was cut to "示范县政法委…".
  await reviewer.goto('/year-status');
  const yearTitle = reviewer.locator('.ant-card-head-title').filter({ hasText: '示范县政法委员会' });
  await expect(yearTitle).toBeVisible({ timeout: 60_000 });
  expect(await yearTitle.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await expectNoPageOverflow(reviewer);
  await expect(reviewer.getByRole('list', { name: '各单位报送情况' }).getByRole('link', { name: '查看示范县公安局的全部文档' })).toBeVisible();
  await expect(reviewer.getByRole('table')).toHaveCount(0);
  await saveScreenshot(reviewer, testInfo, '03b-phone-year-view');

  const finance = await openAs(browser, 'finance');
  await finance.setViewportSize(phone);
  await finance.goto('/overview');
  await expect(finance.getByRole('list', { name: '各单位报送情况' }).getByRole('button', { name: '催报示范县实验小学' })).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(finance);
  await saveScreenshot(finance, testInfo, '03c-phone-overview');
  await finance.goto('/results');
  // The page opens on last year by the browser's clock; the demo (as on testDemoDate) has its reviewed 自评 in 2024.
  await chooseOption(finance, '年度', '2024年度');
  await expect(finance.getByRole('list', { name: '评价结果明细' }).getByText('示范县司法局')).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(finance);
  await saveScreenshot(finance, testInfo, '03d-phone-results');

  const visitor = await (await browser.newContext({ viewport: phone })).newPage();
  await visitor.goto('/public');
  await expect(visitor.getByRole('heading', { name: '已公开的绩效目标、自评结果和评价报告' })).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(visitor);
  await saveScreenshot(visitor, testInfo, '04-phone-public-list');
  await visitor.getByRole('list', { name: '已公开的文档' }).getByRole('link', { name: /绩效自评表/ }).first().click();
  await expect(visitor.getByRole('heading', { name: '部门整体支出绩效自评表' })).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(visitor);
  await saveScreenshot(visitor, testInfo, '05-phone-public-document');
});

test('a unit fills its self-evaluation on a phone: a block per indicator, edited in a drawer, saved as on the desktop', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const filler = await openAs(browser, 'police-filler');
  await filler.setViewportSize(phone);
  await filler.goto('/');
  // The demo's own 自评表, not a project's (other journeys import "…绩效自评表（道路养护（核对））" for the same unit and year).
  await filler.getByRole('link', { name: /^2025年 示范县公安局 绩效自评表(?!（)/ }).first().click();
  const indicators = filler.getByRole('list', { name: '自评指标表' });
  await expect(indicators.getByRole('listitem').first()).toContainText('实际完成值：', { timeout: 60_000 });
  // No ten-column sheet scrolled sideways; the pack named in words, not by its code.
  await expect(filler.locator('.sheet-scroll')).toHaveCount(0);
  await expect(filler.getByTestId('rule-pack-name')).toContainText('第 1 版');
  await expect(filler.getByTestId('rule-pack-name')).not.toContainText('@');
  await expectNoPageOverflow(filler);
  // The missed patrol target asks for its 偏差原因 in its block.
  const patrol = indicators.getByRole('listitem').filter({ hasText: '开展治安巡逻' });
  await expect(patrol).toContainText('未完全达成，请填写偏差原因及改进措施');
  await patrol.scrollIntoViewIfNeeded();
  await saveScreenshot(filler, testInfo, '06-phone-self-evaluation');

  await patrol.getByRole('button', { name: /^编辑（第\d+行）$/ }).click();
  const drawer = filler.getByRole('dialog', { name: /^编辑指标（第\d+行）$/ });
  await expect(drawer).toContainText('开展治安巡逻');
  // Live score: 1900 of ≥2000 with 10 points is 9.5 by the national rules, at once as typed.
  await drawer.getByLabel('实际完成值').fill('1900次');
  await expect(drawer.getByTestId('drawer-suggested-score')).toHaveText('9.5');
  await drawer.getByLabel('偏差原因分析及改进措施').fill('汛期抽调警力参与抢险，巡逻次数略低于目标；下一步调整勤务排班。');
  await expect(drawer.getByText('未完全达成，请填写偏差原因及改进措施')).toHaveCount(0);
  await drawer.getByRole('button', { name: '采用建议得分' }).click();
  await expect(drawer.getByLabel('得分', { exact: true })).toHaveValue('9.5');
  await expectNoPageOverflow(filler);
  await saveScreenshot(filler, testInfo, '06b-phone-self-evaluation-drawer');
  await drawer.getByRole('button', { name: '完成' }).click();
  await expect(drawer).toBeHidden();
  await expect(patrol).toContainText('得分（填报）：9.5');
  await waitUntilSaved(filler);

  await filler.reload();
  const saved = filler.getByRole('list', { name: '自评指标表' }).getByRole('listitem').filter({ hasText: '开展治安巡逻' });
  await expect(saved).toContainText('实际完成值：1900次', { timeout: 60_000 });
  await expect(saved).toContainText('偏差原因：汛期抽调警力');
  await expect(saved).toContainText('得分（填报）：9.5');

  // The desktop keeps its sheet with the same values.
  await filler.setViewportSize({ width: 1440, height: 900 });
  const row = filler.getByRole('row').filter({ hasText: '开展治安巡逻' });
  await expect(row.getByRole('textbox', { name: /^实际完成值/ })).toHaveValue('1900次');
  await row.scrollIntoViewIfNeeded();
  await saveScreenshot(filler, testInfo, '06c-desktop-self-evaluation');
});

test('finance and the administrator use the library and the settings pages on a phone without scrolling sideways', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const finance = await openAs(browser, 'finance');
  await finance.setViewportSize(phone);
  await finance.goto('/indicator-library');
  await expect(finance.getByRole('list', { name: '指标库条目' }).getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(finance);
  await saveScreenshot(finance, testInfo, '07-phone-indicator-library');
  await finance.goto('/admin/fiscal-years');
  await expect(finance.getByRole('list', { name: '各年度截止日期' }).getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(finance);
  await saveScreenshot(finance, testInfo, '07b-phone-fiscal-years');
  await finance.goto('/admin/rule-packs');
  const years = finance.getByRole('list', { name: '各年度的规则包' });
  await expect(years.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  // Packs by title and edition: no code such as national@1 anywhere on the page.
  await expect(finance.getByText('第 1 版').first()).toBeVisible();
  expect(await finance.locator('main').innerText()).not.toMatch(/[a-z0-9-]+@\d/);
  await expectNoPageOverflow(finance);
  await saveScreenshot(finance, testInfo, '07c-phone-rule-packs');
  await finance.setViewportSize({ width: 1440, height: 900 });
  await saveScreenshot(finance, testInfo, '07d-desktop-rule-packs');

  const admin = await openAs(browser, 'admin');
  await admin.setViewportSize(phone);
  await admin.goto('/admin/users');
  await expect(admin.getByRole('list', { name: '用户列表' }).getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(admin);
  await saveScreenshot(admin, testInfo, '08-phone-users');
  await admin.goto('/admin/organisations');
  const units = admin.getByRole('list', { name: '单位列表' });
  await expect(units.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(admin);
  await saveScreenshot(admin, testInfo, '08b-phone-organisations');
  await admin.goto('/admin/fiscal-years');
  await expect(admin.getByRole('list', { name: '各年度截止日期' }).getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  await expectNoPageOverflow(admin);
  await saveScreenshot(admin, testInfo, '08c-phone-fiscal-years-admin');
  await admin.setViewportSize({ width: 1440, height: 900 });
  await admin.goto('/admin/organisations');
  await expect(admin.getByRole('table')).toBeVisible({ timeout: 60_000 });
  await saveScreenshot(admin, testInfo, '08d-desktop-organisations');
});
