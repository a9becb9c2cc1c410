/** Issue 4: an indicator named like HTML shows as text, never as markup. */
import { expect, test, openAs, waitUntilSaved } from './support.ts';

const hostileName = '<img src=x onerror=alert(1)>';

test('an indicator named <img src=x onerror=alert(1)> shows as text', async ({ browser }) => {
  const filler = await openAs(browser, 'police-filler');
  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  await filler
    .getByRole('row')
    .filter({ hasText: '草稿' })
    .getByRole('link', { name: '绩效目标表' })
    .first()
    .click();
  await expect(filler.getByText(/绩效指标（共/)).toBeVisible({ timeout: 60_000 });
  const name = filler.getByLabel('三级指标（第1行）', { exact: true });
  await name.fill(hostileName);
  await waitUntilSaved(filler);
  await filler.reload();
  // The editor may hold a long table (the typing journey grows one): wait for it as on first open.
  await expect(filler.getByText(/绩效指标（共/)).toBeVisible({ timeout: 60_000 });
  await expect(filler.getByLabel('三级指标（第1行）', { exact: true })).toHaveValue(hostileName);
  await filler.getByRole('button', { name: '历史' }).click();
  await filler
    .getByText(/^修改了 \d+ 处$/)
    .first()
    .click();
  await expect(filler.getByText(hostileName).first()).toBeVisible();
  await expect(filler.locator('img[src="x"]')).toHaveCount(0);
});
