/**
 * The empty-state texts this sheet recolours reach WCAG AA (4.5:1) on white; axe found the empty
 * 消息通知 list's antd grey at 1.6:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sheet = readFileSync(new URL('./accessible-colours.css', import.meta.url), 'utf8');

/** The rgba() colour set for a selector (black with alpha on white, as the sheet writes them). */
function colourOf(selector: string): number {
  const rule = sheet.split('}').find((block) => block.includes(selector));
  const match = /color:\s*rgba\(0,\s*0,\s*0,\s*([\d.]+)\)/.exec(rule ?? '');
  if (!match) throw new Error(`no rgba colour for ${selector}`);
  return Number(match[1]);
}

/** Contrast of black at `alpha` over white (sRGB relative luminance, WCAG 2). */
function contrastOnWhite(alpha: number): number {
  const channel = 1 - alpha;
  const linear = channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  return 1.05 / (linear + 0.05);
}

describe('accessible colours of empty states', () => {
  it.each(['.ant-list-empty-text', '.ant-empty-description'])('%s reaches 4.5:1 on white', (selector) => {
    expect(contrastOnWhite(colourOf(selector))).toBeGreaterThanOrEqual(4.5);
  });
});
