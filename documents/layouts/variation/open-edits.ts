/**
 * `<edit>/<family>` pairs that still lose facts after one edit, and why (documents/layouts/variation.test.ts
 * marks them it.fails; docs/layouts.md "Seventh study"). The pairs test leaves these families out of
 * the pairs holding that edit: the loss is recorded once, here.
 */
export const openEdits: ReadonlyMap<string, string> = new Map<string, string>([
  // Converter edits (2026-12-04, branch converters-19, docs/layouts.md "Converter edits").
  // pdftotext without -layout: every empty cell leaves no line and no row end is marked. Where a row's empty cell
  // falls between two filled ones, its neighbours slide into its column; the readers of cells one per line
  // (grid/detectors/one-per-line.ts, monitoring/read-indicators.ts) know empty places where a dump marks them and
  // where a column's kind places the next cell (指标方向 words, a unit word, a likelihood word: docs/layouts.md
  // "Open pairs closed (2026-12-04, branch edits-20)") and a header's leading, unknown and two-row columns ("… branch
  // readers-21"); the tick below cannot be placed by any of that, nor by any rule: the edited text is the same whichever
  // likelihood column holds the tick (open-edits.test.ts), so the loss is the dump's (docs/layouts.md, readers-25).
  ['cell-per-line/project-monitoring-likelihood-ticks', 'the tick’s column (确定能 / 有可能 / 完全不可能) is lost with the empty cells: the likelihoods only'],
  // (PDF text in layout mode with wrapped cells, text/layout-wrapped-rows.ts: every family keeps its facts since readers-40,
  // docs/layouts.md "Reading leftovers (2026-12-07, branch readers-40)".)
  // A target notice in prose (2026-12-06, branch layouts-37, docs/layouts.md "Twenty-second study") is a site's page of its own;
  // put inside a 部门决算 page, nothing starts it there (text/table-start.ts looks for a table's title or header, and the
  // notice has neither), so the page is no document. Not a layout any site publishes.
  ['final-accounts-page/project-target-notice-prose-level-headings', 'a notice in prose inside a 决算 page: no table title or header starts it there'],
  ['final-accounts-page/project-target-notice-prose-placeholders', 'a notice in prose inside a 决算 page: no table title or header starts it there'],
  // (A 部门整体 score sheet of four levels one cell per line: its level cells placed from the right since readers-41,
  // grid/detectors/one-per-line-four-levels.ts, docs/layouts.md "Reading leftovers (2026-12-07, branch readers-41)".)
  // A 项目支出绩效评价评分表 with 具体指标 and 评价标准 sentences (2026-12-07, branch readers-43): pdftotext -layout wraps
  // each sentence over four to six lines and centres each level over its rows, so a 二级 of two rows (项目立项 / 6) stands
  // two lines from the next (绩效目标 / 8) and the mirror of the wrapped rows (text/layout-wrapped-rows.ts) joins them, and
  // 决策 with 过程 (the full-width four-level sheet's leftover of readers-41, here without full-width digits).
  ['layout-wrapped/project-eval-score-sheet-indicator-standard-tabs', 'levels centred over rows of wrapped sentences: two 二级 joined as one (项目立项绩效目标), 决策 with 过程'],
]);
