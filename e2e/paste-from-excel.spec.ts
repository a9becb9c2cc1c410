/**
 * Issue 10 "The editor as the official grid": a unit copies five indicator rows from a spreadsheet
 * (一级/二级 merged, one 三级指标 with a line break in its cell, as Excel puts it on the clipboard),
 * pastes them into the target table, sees the preview, confirms, takes it back with 撤销粘贴,
 * pastes again; the rows show merged by 一级/二级 and are saved. Headless Chromium has no system
 * clipboard, so the paste event is dispatched with its clipboardData.
 */
import type { Page } from '@playwright/test';
import { expect, test, openAs, saveScreenshot, waitUntilSaved } from './support.ts';

/** What Excel writes for the copied block: tabs, CRLF rows, a quoted cell holding a line break. */
const copiedBlock = [
  '一级指标\t二级指标\t三级指标\t指标值\t分值',
  '产出指标\t数量指标\t开展消防培训场次\t≥12场\t10',
  '\t\t"覆盖社区数\n（含新建小区）"\t≥30个\t10',
  '\t质量指标\t培训合格率\t≥95%\t10',
  '效益指标\t社会效益指标\t群众消防知晓率\t≥90%\t10',
  '满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t10',
].map((row) => `${row}\r\n`).join('');

async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.evaluate(
    ({ label: target, text: block }) => {
      const data = new DataTransfer();
      data.setData('text/plain', block);
      const cell = document.querySelector(`[aria-label="${target}"]`)!;
      cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { label, text },
  );
}

test('a block copied from a spreadsheet is previewed, pasted as merged rows, undone, pasted again and saved', async ({ browser }, testInfo) => {
  // Three saves, a reload and three axe runs: generous, as the journeys run on shared machines.
  test.setTimeout(600_000);
  const filler = await openAs(browser, 'police-filler');
  // The draft starts with one blank indicator row, as a new table does.
  const id = await filler.evaluate(async () => {
    const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
    const list = (await (await fetch('/api/documents?kind=target-table&state=draft')).json()) as { items: Array<{ id: string }> };
    const document = await (await fetch(`/api/documents/${list.items[0]!.id}`)).json();
    document.body.goals = [{ name: '目标一', indicators: [{ level1: '产出指标', level2: '数量指标', name: '', target: null }] }];
    const response = await fetch(`/api/documents/${document.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ expectedVersion: document.version, body: document.body }),
    });
    if (!response.ok) throw new Error(`save failed: ${response.status}`);
    return document.id as string;
  });
  await filler.goto(`/documents/${id}`);
  await expect(filler.getByText('绩效指标（共 1 个指标）')).toBeVisible({ timeout: 60_000 });

  await pasteInto(filler, '三级指标（第1行）', copiedBlock);
  const preview = filler.getByRole('dialog', { name: '粘贴表格内容' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('共 5 行：新增 4 行，覆盖 1 行');
  await expect(preview.getByLabel('第3列对应')).toHaveValue('name');
  await expect(preview.getByLabel('第5列对应')).toHaveValue('weight');
  await saveScreenshot(filler, testInfo, '01-preview');

  await preview.getByRole('button', { name: '粘贴 5 行' }).click();
  await expect(filler.getByText('绩效指标（共 5 个指标）')).toBeVisible();
  await filler.getByRole('button', { name: '撤销粘贴' }).click();
  await expect(filler.getByText('绩效指标（共 1 个指标）')).toBeVisible();

  await pasteInto(filler, '三级指标（第1行）', copiedBlock);
  await filler.getByRole('dialog', { name: '粘贴表格内容' }).getByRole('button', { name: '粘贴 5 行' }).click();
  await expect(filler.getByText('绩效指标（共 5 个指标）')).toBeVisible();
  // Merged as on the official form: 产出指标 over rows 1–3, 数量指标 over rows 1–2.
  await expect(filler.getByLabel('一级指标（第1-3行）', { exact: true })).toHaveValue('产出指标');
  await expect(filler.getByLabel('二级指标（第1-2行）', { exact: true })).toHaveValue('数量指标');
  await expect(filler.getByLabel('三级指标（第2行）', { exact: true })).toHaveValue('覆盖社区数\n（含新建小区）');
  await waitUntilSaved(filler);

  // Excel keys: Enter moves down a row in the same column.
  await filler.getByLabel('指标值（第1行）', { exact: true }).focus();
  await filler.keyboard.press('Enter');
  await expect(filler.getByLabel('指标值（第2行）', { exact: true })).toBeFocused();
  await filler.getByText('绩效指标（共 5 个指标）').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await saveScreenshot(filler, testInfo, '02-merged-rows');

  await filler.reload();
  await expect(filler.getByLabel('三级指标（第5行）', { exact: true })).toHaveValue('参训人员满意度', { timeout: 60_000 });
  await expect(filler.getByLabel('指标值（第4行）', { exact: true })).toHaveValue('≥90%');
  await expect(filler.getByLabel('一级指标（第1-3行）', { exact: true })).toBeVisible();

  await filler.setViewportSize({ width: 390, height: 844 });
  // On a phone the pasted rows are blocks, one per indicator (target-editor/indicator-cards.tsx).
  await filler.getByRole('button', { name: '编辑（第1行）' }).scrollIntoViewIfNeeded();
  await saveScreenshot(filler, testInfo, '03-phone');
});
