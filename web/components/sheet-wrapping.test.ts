/**
 * The editors' sheets and the printed tables wrap Chinese between characters but never break inside
 * a number or a Latin word when it fits on the next line: word-break: break-all printed 权重 10 as
 * "权重 1" over "0" in the 建议得分 column. overflow-wrap: anywhere still breaks a string too long for its cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sheets = {
  'components/sheet.css': new URL('./sheet.css', import.meta.url),
  'features/print/print.css': new URL('../features/print/print.css', import.meta.url),
};

describe('table cells wrap without splitting numbers', () => {
  it.each(Object.entries(sheets))('%s uses overflow-wrap: anywhere, not word-break: break-all', (_name, url) => {
    const text = readFileSync(url, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(text).not.toMatch(/word-break:\s*break-all/);
    expect(text).toMatch(/overflow-wrap:\s*anywhere/);
  });
});
