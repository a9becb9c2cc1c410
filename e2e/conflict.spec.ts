/**
 * Issue 4: autosave carries the version read; when someone saved in between (409) the editor shows
 * what differs and lets the user merge, keep theirs or take the server's, without losing what they typed.
 */
import type { Page } from '@playwright/test';
import { expect, test, openAs, saveScreenshot, waitUntilSaved } from './support.ts';

async function openDraftTargetTable(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '我的文档' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: '草稿' })
    .getByRole('link', { name: '绩效目标表' })
    .first()
    .click();
  await expect(page.getByText(/绩效指标（共/)).toBeVisible({ timeout: 60_000 });
}

test('a stale save shows what changed and merges both people’s edits', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const first = await openAs(browser, 'police-filler');
  const second = await openAs(browser, 'police-filler');
  await openDraftTargetTable(first);
  await openDraftTargetTable(second);

  await first.getByLabel('指标值（第2行）', { exact: true }).fill('≥11次');
  await waitUntilSaved(first);

  await second.getByLabel('指标值（第3行）', { exact: true }).fill('≥22次');
  const dialog = second.getByRole('dialog', { name: '文档已被他人修改' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('≥11次')).toBeVisible();
  await expect(second.getByLabel('指标值（第3行）', { exact: true })).toHaveValue('≥22次');
  await saveScreenshot(second, testInfo, '01-conflict-dialog');
  await dialog.getByRole('button', { name: '合并双方修改' }).click();
  await waitUntilSaved(second);

  await second.reload();
  await expect(second.getByLabel('指标值（第3行）', { exact: true })).toHaveValue('≥22次', {
    timeout: 60_000,
  });
  await expect(second.getByLabel('指标值（第2行）', { exact: true })).toHaveValue('≥11次');
});
