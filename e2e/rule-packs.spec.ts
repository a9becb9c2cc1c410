/**
 * Issue 12 journey: finance changes 2024's rule pack on the 评分规则 page (confirm dialog showing
 * what will be rescored); the unit's returned 2024 self-evaluation then shows, live in the
 * browser, the same total and grade the server stored, after an edit too; the rescore is in its
 * audit trail.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAs, openSettingsPage, saveScreenshot, waitUntilSaved } from './support.ts';

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  return (await response.json()) as T;
}

interface StoredTotals {
  score: string | null;
  body: { totals: { suggestedScore: string | null; suggestedGrade: string | null }; rulePack?: string };
}

test('finance switches 2024 to the 80/70/60 pack; the browser’s live total equals the server’s', async ({ browser }, testInfo) => {
  const finance = await openAs(browser, 'finance');
  await openSettingsPage(finance, '评分规则');
  await expect(finance.getByRole('heading', { name: '评分规则包' })).toBeVisible();
  // antd draws the chosen option over its search input: open the select through its frame.
  await finance.getByRole('row').filter({ has: finance.getByLabel('2024 年度规则包') }).locator('.ant-select-selector').click();
  await finance.locator('.ant-select-item-option', { hasText: '等级优≥80' }).click();
  const dialog = finance.getByRole('dialog');
  await expect(dialog).toContainText('2024 年度共有');
  await expect(dialog).toContainText('重新评分');
  await saveScreenshot(finance, testInfo, '01-confirm-rescore');
  await dialog.getByRole('button', { name: '确认更换并重新评分' }).click();
  await expect(finance.getByText(/2024 年度已改用/)).toBeVisible();
  await saveScreenshot(finance, testInfo, '02-changed');
  await finance.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(finance, testInfo, '03-phone');

  const unit = await openAs(browser, 'justice-filler');
  const list = await getJson<{ items: Array<{ id: string; state: string }> }>(unit, '/api/documents?year=2024&kind=self-evaluation');
  const returned = list.items.find((item) => item.state === 'returned');
  expect(returned, 'the demo’s returned 2024 self-evaluation').toBeTruthy();
  const id = returned!.id;

  const rescored = await getJson<StoredTotals>(unit, `/api/documents/${id}`);
  expect(rescored.body.rulePack).toBe('grades-80-70-60@1');
  const history = await getJson<{ entries: Array<{ action: string; reason: string | null }> }>(unit, `/api/documents/${id}/history`);
  expect(history.entries.some((entry) => entry.action === 'rescore' && (entry.reason ?? '').includes('等级优≥80'))).toBe(true);

  await unit.goto(`/documents/${id}`);
  await expect(unit.getByTestId('rule-pack-name')).toContainText('grades-80-70-60@1', { timeout: 90_000 });
  await expect(unit.getByTestId('suggested-total')).toHaveText(rescored.body.totals.suggestedScore ?? '—');
  await expect(unit.getByTestId('suggested-grade')).toHaveText(rescored.body.totals.suggestedGrade ?? '—');
  await expect(unit.getByTestId('score-formula').first()).toBeVisible();
  await saveScreenshot(unit, testInfo, '04-editor-under-pack');

  // An edit: the browser's live total (one decimal under this pack) is what the server stores on save.
  const row = unit.getByRole('row').filter({ has: unit.getByRole('textbox', { name: /^实际完成值/ }) }).nth(1);
  const before = rescored.body.totals.suggestedScore ?? '—';
  await row.getByRole('textbox', { name: /^实际完成值/ }).fill('1');
  // The live score runs on a deferred copy of the body: wait for it to follow the edit.
  await expect(unit.getByTestId('suggested-total')).not.toHaveText(before);
  const live = await unit.getByTestId('suggested-total').textContent();
  expect(live).toMatch(/^\d+(\.\d)?$/);
  await unit.getByRole('button', { name: '保存', exact: true }).click();
  await waitUntilSaved(unit);
  const saved = await getJson<StoredTotals>(unit, `/api/documents/${id}`);
  expect(saved.body.totals.suggestedScore).toBe(live);
  expect(saved.score).toBe(live);
});
