/**
 * Issue 4 journey: a unit uploads sample 000, sees its 87 indicators, edits one and submits (and
 * withdraws and submits again, each confirmed); the
 * 主管部门 passes it; finance returns it with an opinion on one indicator; the unit sees the reason,
 * fixes it and resubmits; both reviewers approve and the 批复表 is shown.
 */
import type { Page } from '@playwright/test';
import { hasSeeds, readSeed, seedsMissingMessage } from '../test-support/seeds.ts';
import { expect, test, clickInDialog, confirmInPopover, openAs, saveScreenshot, waitUntilSaved } from './support.ts';

test.skip(!hasSeeds, seedsMissingMessage);

async function openDocument(page: Page, id: string): Promise<void> {
  await page.goto(`/documents/${id}`);
  await expect(page.getByText(/绩效指标（共 \d+ 个指标）/)).toBeVisible({ timeout: 60_000 });
}

/** Chooses the 审核等级 (it has no default) and approves. */
async function approveAs(page: Page, id: string, expectedState: string): Promise<void> {
  await openDocument(page, id);
  await chooseGrade(page, '优');
  await page.getByRole('button', { name: /^审核通过/ }).click();
  await confirmInPopover(page, /^确认审核通过/, page.getByText(expectedState, { exact: true }).first());
}

async function chooseGrade(page: Page, grade: string): Promise<void> {
  await page.getByRole('combobox', { name: '审核等级' }).click();
  await page.getByTitle(grade, { exact: true }).click();
}

/** 提交 asks for a confirmation first. */
async function submitAs(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await confirmInPopover(page, '确认提交', page.getByText('已提交', { exact: true }).first());
}

test('a target table goes from upload through return and resubmission to approval', async ({
  browser,
}, testInfo) => {
  test.setTimeout(720_000);
  const filler = await openAs(browser, 'police-filler');
  await saveScreenshot(filler, testInfo, '01-unit-home');

  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  await filler
    .locator('input[type=file]')
    .setInputFiles({ name: '000.txt', mimeType: 'text/plain', buffer: Buffer.from(readSeed('000'), 'utf8') });
  // The sample names its own (real) unit, not the demo's: the person confirms saving it as theirs.
  await clickInDialog(filler, '按本单位保存并注明');
  await expect(filler.getByText(/共 87 个指标/)).toBeVisible();
  await saveScreenshot(filler, testInfo, '02-workspace-upload');

  await filler.getByRole('button', { name: '打开草稿' }).click();
  await expect(filler.getByText('绩效指标（共 87 个指标）')).toBeVisible({ timeout: 60_000 });
  const id = filler.url().split('/').pop()!;
  const firstValue = filler.getByLabel('指标值（第1行）', { exact: true });
  await firstValue.fill('不少于 95 %');
  await expect(filler.getByText('识别为：≥ 95 % · 正向').first()).toBeVisible();
  await waitUntilSaved(filler);
  await filler
    .getByText('绩效指标（共 87 个指标）')
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await saveScreenshot(filler, testInfo, '03-target-editor');

  const leader = await openAs(browser, 'police-leader');
  await openDocument(leader, id);
  await expect(leader.getByLabel('指标值（第1行）', { exact: true })).toHaveValue('不少于 95 %');
  await submitAs(leader);
  // 撤回 before anyone reviews: back to 草稿, then submitted again.
  await leader.getByRole('button', { name: '撤回', exact: true }).click();
  await confirmInPopover(leader, '确认撤回', leader.getByText('草稿', { exact: true }).first());
  await submitAs(leader);

  const supervisor = await openAs(browser, 'politics-reviewer');
  await approveAs(supervisor, id, '主管部门已审核');

  const finance = await openAs(browser, 'finance');
  await expect(finance.getByText('待我审核').first()).toBeVisible();
  await saveScreenshot(finance, testInfo, '04-finance-home');
  await openDocument(finance, id);
  await finance
    .getByRole('button', { name: /提意见/ })
    .first()
    .click();
  await finance.getByLabel('意见内容').fill('指标值过低，应不少于98%');
  await finance.getByRole('button', { name: '保存意见' }).click();
  await expect(finance.getByText('指标值过低，应不少于98%').first()).toBeVisible();
  await finance
    .getByText('指标值过低，应不少于98%')
    .first()
    .evaluate((opinion) => opinion.scrollIntoView({ block: 'center' }));
  await saveScreenshot(finance, testInfo, '05-review-opinion');
  await finance.getByRole('button', { name: '退回', exact: true }).click();
  await finance.getByLabel('退回理由').fill('第1个指标的指标值需提高，请按意见修改');
  await saveScreenshot(finance, testInfo, '05-review-return-dialog');
  await finance.getByRole('button', { name: '确认退回' }).click();
  await expect(finance.getByText('已退回，单位将看到退回理由')).toBeVisible();
  await expect(finance.getByRole('heading', { name: '审核队列' })).toBeVisible();

  await filler.goto('/');
  await expect(filler.getByText('退回理由：第1个指标的指标值需提高，请按意见修改')).toBeVisible();
  await saveScreenshot(filler, testInfo, '06-unit-home-returned');
  await openDocument(filler, id);
  await expect(filler.getByText(/指标值过低，应不少于98%/).first()).toBeVisible();
  await filler.getByLabel('指标值（第1行）', { exact: true }).fill('≥98%');
  await waitUntilSaved(filler);

  await openDocument(leader, id);
  await submitAs(leader);
  await approveAs(supervisor, id, '主管部门已审核');

  await openDocument(finance, id);
  await finance.getByRole('button', { name: '审核通过并批复' }).click();
  await expect(finance.getByText('请选择审核等级')).toBeVisible();
  await chooseGrade(finance, '良');
  await finance.getByRole('button', { name: '审核通过并批复' }).click();
  await confirmInPopover(finance, '确认审核通过并批复', finance.getByRole('heading', { name: /绩效目标批复表/ }));
  await expect(finance.getByText('≥98%').first()).toBeVisible();
  await saveScreenshot(finance, testInfo, '07-approval-table');

  await openDocument(finance, id);
  await finance.getByRole('button', { name: '历史' }).click();
  await expect(finance.getByText('退回理由：第1个指标的指标值需提高，请按意见修改')).toBeVisible();
  await saveScreenshot(finance, testInfo, '08-history');
});
