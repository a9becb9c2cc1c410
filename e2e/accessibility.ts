/**
 * axe-core on a page as it is shown (issue 10 "Phone and accessibility"): serious and critical
 * violations fail the journey, with each rule, its help text and the first offending elements.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** Impacts that fail a journey; moderate and minor ones are reported in the test output only. */
const failingImpacts = new Set(['serious', 'critical']);

/**
 * Known findings in antd's own markup, not ours, dropped node by node: the visible options of a
 * Select/AutoComplete popup carry aria-selected without a role (rc-select gives screen readers a
 * separate hidden role="listbox" with role="option" items, which axe checks on its own); a required
 * Form.Item puts aria-required on the Select's wrapper div as well as on its role="combobox" input.
 */
const libraryNodes: Array<{ rule: string; selector: RegExp }> = [
  { rule: 'aria-allowed-attr', selector: /\.ant-select-item(?:-option)?\b/ },
  { rule: 'aria-allowed-attr', selector: /\.ant-select$/ },
  // antd Table's hidden measure row (column widths of a scrolling table) renders the column titles
  // again under aria-hidden; a title holding a control is focusable there, and reachable in the
  // visible header (the year view's table, CI 2026-12-03).
  { rule: 'aria-hidden-focus', selector: /\.ant-table-measure-row/ },
];

function withoutLibraryNodes(violations: AxeResults['violations']): AxeResults['violations'] {
  return violations
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter(
        (node) => !libraryNodes.some((known) => known.rule === violation.id && known.selector.test(node.target.join(' '))),
      ),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

/**
 * Waits until the page's finite animations and transitions have finished (at most two seconds).
 * Endless animations (a 处理中 badge's ripple, a spinner) never finish, so only finite ones are
 * awaited. A resize or a click starts its transitions only after React has rendered: two frames
 * and a moment pass first, so the animations awaited include them.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150)))),
  );
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((animation) => {
      const timing = animation.effect?.getComputedTiming();
      return timing !== undefined && Number.isFinite(timing.endTime as number);
    });
    const settled = Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
}

async function failingViolations(page: Page): Promise<AxeResults['violations']> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  results.violations = withoutLibraryNodes(results.violations);
  return results.violations;
}

/**
 * Fails on serious and critical violations that hold in two runs of axe. A message that starts
 * fading out while axe reads it (an antd message closes three seconds after it opened, at any
 * moment of the journey) shows a contrast of 1.1–2.4 for a few frames: CI caught that three times.
 * So when the first run fails, the animations settle and axe runs again; a real violation is still
 * there, a passing fade is gone.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  let violations = await failingViolations(page);
  if (violations.some((violation) => failingImpacts.has(violation.impact ?? ''))) {
    await settleAnimations(page);
    violations = await failingViolations(page);
  }
  const results = { violations };
  const failing = results.violations.filter((violation) => failingImpacts.has(violation.impact ?? ''));
  const others = results.violations.filter((violation) => !failingImpacts.has(violation.impact ?? ''));
  if (others.length > 0) console.log(`axe ${name}: ${others.map((violation) => `${violation.id} (${violation.impact})`).join(', ')}`);
  // AXE_DEBUG=1: where each moderate/minor finding is, to fix it.
  if (process.env.AXE_DEBUG) for (const violation of others) console.log(`  ${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
  const described = failing.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`).join('\n    ')}`,
  );
  expect(described, `axe on ${name}`).toEqual([]);
}
