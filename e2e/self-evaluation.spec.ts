/** Issue 4 journey: a unit fills a self-evaluation from sample 001 and sees the live score by the rules. */
import { hasSeeds, readSeed, seedsMissingMessage } from '../test-support/seeds.ts';
import { expect, test, clickInDialog, openAs, saveScreenshot } from './support.ts';

test.skip(!hasSeeds, seedsMissingMessage);

test('a unit sees 1.92 suggested for DNA 采集数 while 1 is entered', async ({ browser }, testInfo) => {
  const filler = await openAs(browser, 'police-filler');
  await filler.getByRole('menuitem', { name: '我的文档' }).click();
  await filler
    .locator('input[type=file]')
    .setInputFiles({ name: '001.txt', mimeType: 'text/plain', buffer: Buffer.from(readSeed('001'), 'utf8') });
  // The sample names its own (real) unit, not the demo's: the person confirms saving it as theirs.
  await clickInDialog(filler, '按本单位保存并注明');
  await filler.getByRole('button', { name: '打开草稿' }).click();
  await expect(filler.getByText('预算执行情况')).toBeVisible({ timeout: 60_000 });

  const row = filler
    .getByRole('row')
    .filter({ hasText: /DNA.*采集数/ })
    .first();
  await expect(row.getByRole('textbox', { name: /^得分/ })).toHaveValue('1');
  await expect(row.getByTestId('suggested-score')).toHaveText('1.92');
  await row.scrollIntoViewIfNeeded();
  await saveScreenshot(filler, testInfo, '01-self-evaluation');

  // Live: typing a full actual value changes the suggestion at once (same core code as the server).
  await row.getByRole('textbox', { name: /^实际完成值/ }).fill('10000');
  await expect(row.getByTestId('suggested-score')).toHaveText('2');
});
