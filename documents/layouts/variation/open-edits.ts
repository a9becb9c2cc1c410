/**
 * `<edit>/<family>` pairs that still lose facts after one edit, and why (documents/layouts/variation.test.ts
 * marks them it.fails; docs/layouts.md "Seventh study"). The pairs test leaves these families out of
 * the pairs holding that edit: the loss is recorded once, here.
 */
export const openEdits: ReadonlyMap<string, string> = new Map<string, string>([
  // The whole table run together on one line: no line of its own holds the title to start from.
  ['final-accounts-page/project-self-eval-goal-blocks-run-together', 'title inside the run-together line'],
  ['final-accounts-page/project-self-eval-one-line-single-spaces', 'title inside the run-together line'],
  ['final-accounts-page/project-self-eval-sichuan-run-together', 'title inside the run-together line'],
  ['final-accounts-page/project-target-hunan-run-together', 'title inside the run-together line'],
  // The family is itself a 决算 page whose table has no title: its unit is its page heading's, and the edit puts another page's heading above it.
  ['final-accounts-page/dept-self-eval-management-score-cell-lines', 'a second 决算 heading above the family’s own'],
  // Found when the stop's three branches met (2026-12-04: the eighth study's families, the new edits and the
  // page cuts were each green alone); not yet looked into.
  ['final-accounts-page/project-monitoring-site-chunks-run-together', 'the page above a table run together without separators'],
  ['final-accounts-page/project-self-eval-city-framework-site-chunks', 'the page above a table run together without separators'],
  ['final-accounts-page/project-target-site-text-run-together', 'the page above a table run together without separators'],
  ['final-accounts-page/project-target-review-form-goal-level2', 'the review form’s labels above its title are cut with the page'],
  ['percent-spaced/project-monitoring-site-chunks-run-together', 'a spaced % in a table without separators'],
  ['numbered-names/project-self-eval-city-framework-levels-review-score', 'a numbered name right under the template’s empty 指标1： place'],
  // The ninth study's fixed-width dump of a top-aligned table with wrapped cells: the edit widens a row's first
  // line (a number before its level, a level name spread) and moves its later cells left where the runs are short,
  // but not the wrapped lines below, so their pieces no longer stand under the cells they continue; a page keeps
  // its columns (layouts-19).
  ['numbered-levels/project-self-eval-layout-text-wrapped-cells', 'wrapped lines left under cells the edit moved'],
  ['spaced-short-cells/project-self-eval-layout-text-wrapped-cells', 'wrapped lines left under cells the edit moved'],
  ['numbered-levels/dept-self-eval-pdf-pages-continued-table', 'wrapped lines left under cells the edit moved'],
  ['spaced-short-cells/dept-self-eval-pdf-pages-continued-table', 'wrapped lines left under cells the edit moved'],
  // A blank line between a row's first line and the wrapped rest of its cells: a blank line ends a row of the
  // fixed-width reader, so the rest is read as a row of its own (a page that made each line a paragraph).
  ['blank-line-between-rows/dept-self-eval-pdf-pages-continued-table', 'a blank line between a row and its wrapped rest'],
]);
