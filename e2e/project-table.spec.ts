/**
 * Issue 10 journey: a unit creates a 项目支出绩效目标表 with the project's name, 资金总额 and
 * 资金来源 (the sum checked before it is created), adds an indicator in the target editor and
 * submits; the 主管部门 finds it in the review queue by filters and search, sorts by submission
 * and exports the list as .xlsx. primary-filler/-leader only: no other journey touches 示范县实验小学.
 */
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { confirmInPopover, expect, test, openAs, saveScreenshot, waitUntilSaved } from './support.ts';

const project = '课后服务经费（旅程）';

async function choose(page: Page, filterName: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: filterName }).click();
  await page.getByTitle(option, { exact: true }).click();
}

test('a unit creates a project table, adds an indicator and submits; the reviewer filters the queue and exports it', async ({ browser }, testInfo) => {
  test.setTimeout(900_000);
  const filler = await openAs(browser, 'primary-filler');
  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  await filler.getByLabel('新建年度').fill('2026');
  await filler.getByRole('button', { name: '新建项目支出目标表' }).click();
  const dialog = filler.getByRole('dialog');
  await dialog.getByLabel('项目名称').fill(project);
  await dialog.getByLabel('资金总额').fill('86.4');
  await dialog.getByLabel('本年财政拨款').fill('80');
  await dialog.getByLabel('其他资金').fill('6');
  await expect(dialog.getByText('资金来源合计为86万元，与资金总额86.4万元不一致（相差0.4万元）')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '创建并填写指标' })).toBeDisabled();
  await saveScreenshot(filler, testInfo, '01-project-dialog-mismatch');
  await dialog.getByLabel('其他资金').fill('6.4');
  await expect(dialog.getByText(/资金来源合计与资金总额 86\.40 万元相符/)).toBeVisible();
  await dialog.getByRole('button', { name: '创建并填写指标' }).click();

  await expect(filler).toHaveURL(/\/documents\/[^/]+$/, { timeout: 60_000 });
  const id = filler.url().split('/').pop()!;
  await expect(filler.getByRole('heading', { level: 1, name: new RegExp(`2026年 示范县实验小学 绩效目标表（${project.replace(/[（）]/g, '.')}）`) })).toBeVisible();
  await expect(filler.getByText('项目资金（万元）')).toBeVisible();
  await expect(filler.getByLabel('本年财政拨款')).toHaveValue('80');
  await expect(filler.getByLabel('合计（资金来源）')).toHaveValue('86.4');
  await filler.getByRole('button', { name: '添加目标' }).click();
  await filler.getByLabel('一级指标（第1行）', { exact: true }).fill('产出指标');
  await filler.getByLabel('二级指标（第1行）', { exact: true }).fill('数量指标');
  await filler.getByLabel('三级指标（第1行）', { exact: true }).click();
  await filler.getByLabel('三级指标（第1行）', { exact: true }).fill('参加课后服务学生人数');
  await filler.getByLabel('指标值（第1行）', { exact: true }).fill('≥1200人');
  await waitUntilSaved(filler);
  await expect(filler.getByText('绩效指标（共 1 个指标）')).toBeVisible();
  await saveScreenshot(filler, testInfo, '02-project-editor');
  await filler.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(filler, testInfo, '03-project-editor-phone');
  // One browser context at a time: the machine is shared, and a lazy page can take long to arrive.
  await filler.context().close();

  const leader = await openAs(browser, 'primary-leader');
  await leader.goto(`/documents/${id}`);
  // The editor is a lazy chunk: slow on a shared machine.
  await expect(leader.getByText('绩效指标（共 1 个指标）')).toBeVisible({ timeout: 60_000 });
  await expect(leader.getByLabel('三级指标（第1行）', { exact: true })).toHaveValue('参加课后服务学生人数');
  await leader.getByRole('button', { name: '提交', exact: true }).click();
  await confirmInPopover(leader, '确认提交', leader.getByText('已提交', { exact: true }).first());
  await leader.context().close();

  const reviewer = await openAs(browser, 'education-reviewer');
  await reviewer.getByRole('menuitem', { name: '审核队列' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: '审核队列' })).toBeVisible({ timeout: 60_000 });
  await expect(reviewer.getByRole('columnheader', { name: /提交时间/ }).first()).toBeVisible();
  await choose(reviewer, '种类筛选', '绩效目标表');
  await choose(reviewer, '单位筛选', '示范县实验小学');
  await choose(reviewer, '年度筛选', '2026年');
  await reviewer.getByLabel('搜索文档').fill('课后服务');
  await reviewer.getByRole('button', { name: '搜索' }).click();
  const row = reviewer.getByRole('link', { name: new RegExp(project.replace(/[（）]/g, '.')) });
  await expect(row).toBeVisible({ timeout: 60_000 });
  await expect(reviewer.getByText('待审核（1）')).toBeVisible();
  await saveScreenshot(reviewer, testInfo, '04-review-queue-filtered');

  const [download] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(download.suggestedFilename()).toBe('审核队列.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(2);
  const values = (sheet.getRow(2).values as unknown[]).slice(1);
  expect(values.slice(0, 4)).toEqual([2026, '示范县实验小学', '绩效目标表', project]);
  expect(values[5]).toBe('已提交');
  expect(String(values[6])).toMatch(/^2026年/);

  await reviewer.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(reviewer, testInfo, '05-review-queue-phone');
  await row.click();
  await expect(reviewer.getByText('项目名称：')).toBeVisible({ timeout: 60_000 });
});
