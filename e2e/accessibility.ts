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

export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  results.violations = withoutLibraryNodes(results.violations);
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
