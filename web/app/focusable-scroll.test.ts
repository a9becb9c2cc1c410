// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { updateScrollBoxes } from './focusable-scroll.ts';

/** A table scroll box whose content is `contentWidth` wide in a box `boxWidth` wide (jsdom has no layout). */
function box(boxWidth: number, contentWidth: number): HTMLElement {
  const element = document.createElement('div');
  element.className = 'ant-table-content';
  Object.defineProperty(element, 'clientWidth', { value: boxWidth, configurable: true });
  Object.defineProperty(element, 'scrollWidth', { value: contentWidth, configurable: true });
  Object.defineProperty(element, 'clientHeight', { value: 100, configurable: true });
  Object.defineProperty(element, 'scrollHeight', { value: 100, configurable: true });
  return element;
}

describe('scroll boxes of wide tables', () => {
  it('makes a box that overflows focusable and leaves one that fits alone', () => {
    const root = document.createElement('div');
    const wide = box(390, 900);
    const fits = box(1200, 900);
    root.append(wide, fits);
    updateScrollBoxes(root);
    expect(wide.getAttribute('tabindex')).toBe('0');
    expect(fits.hasAttribute('tabindex')).toBe(false);
  });

  it('takes the focus back when the box fits again, but never a tabindex it did not set', () => {
    const root = document.createElement('div');
    const resized = box(390, 900);
    const own = box(1200, 900);
    own.setAttribute('tabindex', '-1');
    root.append(resized, own);
    updateScrollBoxes(root);
    Object.defineProperty(resized, 'clientWidth', { value: 1200, configurable: true });
    updateScrollBoxes(root);
    expect(resized.hasAttribute('tabindex')).toBe(false);
    expect(own.getAttribute('tabindex')).toBe('-1');
  });
});
