/**
 * Issue 12 journeys: finance changes 2025's rule pack on the 评分规则 page (confirm dialog showing
 * what will be rescored); the unit's returned 2025 self-evaluation (司法局's, in the demo loaded as on
 * testDemoDate) then shows, live in the browser, the same total and grade the server stored, after an
 * edit too; the rescore is in its audit trail. Then per region: finance sets a 财政所's pack for 2026 in the 地区规则包 card, sees
 * the before/after list, and a draft of a unit under it shows the new total, equal to the server's.
 */
import type { Page } from '@playwright/test';
import { buildPackDocument, standardRows } from '../core/rule-packs/testing.ts';
import { exportDocument } from '../documents/export.ts';
import { expect, test, demoPassword, openAs, openSettingsPage, saveScreenshot, waitUntilSaved } from './support.ts';

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  return (await response.json()) as T;
}

interface StoredTotals {
  score: string | null;
  body: { totals: { suggestedScore: string | null; suggestedGrade: string | null }; rulePack?: string };
}

test('finance switches 2025 to the 80/70/60 pack; the browser’s live total equals the server’s', async ({ browser }, testInfo) => {
  // Two accounts and four screenshots with axe: a loaded 2-core machine took 4 minutes.
  test.setTimeout(480_000);
  const finance = await openAs(browser, 'finance');
  await openSettingsPage(finance, '评分规则');
  await expect(finance.getByRole('heading', { name: '评分规则包' })).toBeVisible();
  // antd draws the chosen option over its search input: open the select through its frame.
  await finance.getByRole('row').filter({ has: finance.getByLabel('2025 年度规则包') }).locator('.ant-select-selector').click();
  await finance.locator('.ant-select-item-option', { hasText: '等级优≥80' }).click();
  const dialog = finance.getByRole('dialog');
  await expect(dialog).toContainText('2025 年度共有');
  await expect(dialog).toContainText('重新评分');
  await saveScreenshot(finance, testInfo, '01-confirm-rescore');
  await dialog.getByRole('button', { name: '确认更换并重新评分' }).click();
  await expect(finance.getByText(/2025 年度已改用/)).toBeVisible();
  await saveScreenshot(finance, testInfo, '02-changed');
  await finance.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(finance, testInfo, '03-phone');

  const unit = await openAs(browser, 'justice-filler');
  const list = await getJson<{ items: Array<{ id: string; state: string }> }>(unit, '/api/documents?year=2025&kind=self-evaluation');
  const returned = list.items.find((item) => item.state === 'returned');
  expect(returned, 'the demo’s returned 2025 self-evaluation').toBeTruthy();
  const id = returned!.id;

  const rescored = await getJson<StoredTotals>(unit, `/api/documents/${id}`);
  expect(rescored.body.rulePack).toBe('grades-80-70-60@1');
  const history = await getJson<{ entries: Array<{ action: string; reason: string | null }> }>(unit, `/api/documents/${id}/history`);
  expect(history.entries.some((entry) => entry.action === 'rescore' && (entry.reason ?? '').includes('等级优≥80'))).toBe(true);

  await unit.goto(`/documents/${id}`);
  await expect(unit.getByTestId('rule-pack-name')).toHaveAttribute('data-rule-pack', 'grades-80-70-60@1', { timeout: 90_000 });
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
  // The edit saves itself (autosave); a click on 保存 waited forever once the autosave had already disabled it.
  await waitUntilSaved(unit);
  const saved = await getJson<StoredTotals>(unit, `/api/documents/${id}`);
  expect(saved.body.totals.suggestedScore).toBe(live);
  expect(saved.score).toBe(live);
});

/** A JSON request from inside the signed-in page (its session cookie and CSRF token). */
async function sendJson<T>(page: Page, method: 'POST' | 'PUT', url: string, body: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, url, body }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    { method, url, body },
  );
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.json)}`).toBeLessThan(300);
  return answer.json as T;
}

test('finance sets a 财政所’s pack for 2026: its unit’s draft is rescored at once, the browser shows the server’s total', async ({ browser }, testInfo) => {
  // Three accounts and eight screenshots with axe: longer than one journey on two shared cores.
  test.setTimeout(480_000);
  // A township 财政所 under the demo county bureau, a unit below it and its filler (the admin screens' API).
  const admin = await openAs(browser, 'admin');
  const organisations = await getJson<{ items: Array<{ id: string; name: string }> }>(admin, '/api/organisations');
  const county = organisations.items.find((organisation) => organisation.name === '示范县财政局')!;
  const township = await sendJson<{ id: string }>(admin, 'POST', '/api/organisations', { parentId: county.id, kind: 'finance-bureau', name: '示范县城关镇财政所' });
  const unitOrganisation = await sendJson<{ id: string }>(admin, 'POST', '/api/organisations', { parentId: township.id, kind: 'unit', name: '城关镇卫生院' });
  await sendJson(admin, 'POST', '/api/users', {
    username: 'chengguan-filler',
    password: demoPassword + '-chengguan',
    displayName: '城关填报员',
    role: 'unit-filler',
    organisationId: unitOrganisation.id,
  });

  // Its 2026 self-evaluation, imported as an .xlsx: 产出 40, 效益 30, 满意度 10, all spent.
  const unit = await (await browser.newContext()).newPage();
  await unit.goto('/');
  await unit.getByLabel('用户名').fill('chengguan-filler');
  await unit.getByLabel('密码').fill(demoPassword + '-chengguan');
  await unit.getByRole('button', { name: '登录' }).click();
  await expect(unit.getByRole('heading', { name: /^您好/ })).toBeVisible({ timeout: 60_000 });
  const body = { ...buildPackDocument({ executed: '100', rows: standardRows({ a: '20', b: '20', c: '30', d: '10' }) }), unit: '城关镇卫生院', year: 2026 };
  const xlsx = await exportDocument(body, 'xlsx');
  const imported = await sendJson<{ document: { id: string; score: string | null } }>(unit, 'POST', '/api/documents/import', {
    fileName: '城关镇卫生院自评表.xlsx',
    contentBase64: xlsx.toString('base64'),
    year: 2026,
  });
  const id = imported.document.id;
  const before = await getJson<StoredTotals & { rulePack: string }>(unit, `/api/documents/${id}`);
  expect(before.rulePack).toBe('national');

  // Finance chooses 预算执行20分 for the 财政所's 2026 in the 地区规则包 card; the dialog lists the change first.
  const finance = await openAs(browser, 'finance');
  await finance.goto('/admin/rule-packs');
  // The page is a lazy chunk: on two shared cores it may take a while.
  await expect(finance.getByRole('heading', { name: '评分规则包' })).toBeVisible({ timeout: 60_000 });
  const card = finance.locator('.ant-card').filter({ hasText: '地区规则包' });
  const choose = async (label: string, option: string) => {
    await card.locator('.ant-select').filter({ has: finance.getByLabel(label) }).locator('.ant-select-selector').click();
    await finance.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
  };
  await choose('财政部门', '示范县城关镇财政所');
  await choose('年度', '2026 年度');
  await choose('地区规则包', '预算执行20分');
  await card.getByRole('button', { name: '设置地区规则包' }).click();
  const dialog = finance.getByRole('dialog');
  await expect(dialog).toContainText('示范县城关镇财政所辖区');
  await expect(dialog).toContainText('城关镇卫生院');
  await expect(dialog).toContainText(`${before.score}（${before.body.totals.suggestedGrade}）`);
  await saveScreenshot(finance, testInfo, '05-region-confirm');
  await dialog.getByRole('button', { name: '确认并重新评分' }).click();
  // The card's result says the rescoring is done; reading the document before it raced the request.
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('示范县城关镇财政所 2026 年度', { timeout: 60_000 });

  const after = await getJson<StoredTotals & { rulePack: string }>(unit, `/api/documents/${id}`);
  expect([after.rulePack, after.body.rulePack]).toEqual(['execution-20', 'execution-20@1']);
  expect(after.score).not.toBe(before.score);
  await expect(alert.getByRole('row').filter({ hasText: '城关镇卫生院' })).toContainText(`${after.score}（${after.body.totals.suggestedGrade}）`);
  await expect(card.getByRole('row').filter({ hasText: '示范县城关镇财政所' }).first()).toBeVisible();
  await saveScreenshot(finance, testInfo, '06-region-changed');
  await finance.setViewportSize({ width: 390, height: 844 });
  await card.scrollIntoViewIfNeeded();
  await saveScreenshot(finance, testInfo, '07-region-phone');

  // The unit's draft: the live total in the browser is the server's, before and after an edit.
  await unit.goto(`/documents/${id}`);
  await expect(unit.getByTestId('rule-pack-name')).toHaveAttribute('data-rule-pack', 'execution-20@1', { timeout: 90_000 });
  await expect(unit.getByTestId('suggested-total')).toHaveText(after.score ?? '—');
  await saveScreenshot(unit, testInfo, '08-region-editor');
  const row = unit.getByRole('row').filter({ has: unit.getByRole('textbox', { name: /^实际完成值/ }) }).first();
  await row.getByRole('textbox', { name: /^实际完成值/ }).fill('50次');
  await expect(unit.getByTestId('suggested-total')).not.toHaveText(after.score ?? '—');
  const live = await unit.getByTestId('suggested-total').textContent();
  await waitUntilSaved(unit);
  const saved = await getJson<StoredTotals>(unit, `/api/documents/${id}`);
  expect(saved.score).toBe(live);
  await unit.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(unit, testInfo, '09-region-editor-phone');
});
