/**
 * Issue 4 journeys: a unit drafts the evaluation report from its self-evaluation (sections
 * pre-filled from the data, editable, printable) and starts a target table from the workspace.
 * school-filler only: no other journey touches 示范县第一中学's 2024 self-evaluation or its 2027 documents
 * (the demo loaded as on testDemoDate: 2024's 自评 复核ed by finance, 2026's targets not yet approved).
 */
import { expect, test, openAs, saveScreenshot, waitUntilSaved } from './support.ts';

test('a unit drafts the evaluation report from its self-evaluation and edits it', async ({ browser }, testInfo) => {
  const filler = await openAs(browser, 'school-filler');
  await expect(filler.getByText('截止日期', { exact: true })).toBeVisible();
  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  await filler.getByLabel('新建年度').fill('2024');
  await filler.getByRole('button', { name: '由自评表生成评价报告' }).click();
  await expect(filler).toHaveURL(/\/documents\/[^/]+$/);

  await expect(filler.getByLabel('六、绩效情况')).toHaveValue(/单位自评得分 [\d.]+ 分/);
  await expect(filler.getByLabel('二、一般公共预算支出情况')).toHaveValue(/预算执行率/);
  const measures = filler.getByLabel('八、下一步改进措施');
  await expect(measures).toHaveValue('');
  await measures.fill('加强预算执行进度管理。');
  await waitUntilSaved(filler);
  await saveScreenshot(filler, testInfo, '01-report-draft');

  await filler.getByRole('link', { name: '打印' }).click();
  await expect(filler).toHaveURL(/\/print$/);
  await expect(filler.getByText('加强预算执行进度管理。')).toBeVisible();
});

test('a unit starts a target table: last year has none approved, so a blank one', async ({ browser }, testInfo) => {
  const filler = await openAs(browser, 'school-filler');
  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  await filler.getByLabel('新建年度').fill('2027');
  await filler.getByRole('button', { name: '复制上年已批复目标表' }).click();
  await expect(filler.getByText(/2026 年度没有已批复的绩效目标表/)).toBeVisible();
  await filler.getByRole('button', { name: '新建空白目标表' }).click();
  await expect(filler).toHaveURL(/\/documents\/[^/]+$/);
  await expect(filler.getByRole('heading', { name: /2027年 .*绩效目标表/ })).toBeVisible();
  await expect(filler.getByText('草稿').first()).toBeVisible();
  await saveScreenshot(filler, testInfo, '02-blank-target-table');
});
