/**
 * `<edit>/<family>` pairs that still lose facts after one edit, and why (documents/layouts/variation.test.ts
 * marks them it.fails; docs/layouts.md "Seventh study"). The pairs test leaves these families out of
 * the pairs holding that edit: the loss is recorded once, here.
 */
/** Why a wrapped table's indicator rows still lose a fact (docs/layouts.md "PDF layout mode, second pass"). */
const LAYOUT_WRAPPED_ROWS =
  'a level or goal column the centring cannot tile (a row without figures, a centre one line off, a level cell of a long sentence) or a header that normalising moved off its columns (_x000D_, pinyin glosses dropped): a centred level is mirrored onto the wrong rows';

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
  // PDF text in layout mode with wrapped cells (2026-12-05, branch pdfwrap-28, docs/layouts.md "PDF text in layout mode
  // with wrapped cells"): text/layout-wrapped-rows.ts joins a centred table's rows and the rows above its header; these
  // still lose facts, for the reason below.
  ['layout-wrapped/dept-self-eval-xlsx-cell-break-escapes', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-monitoring-central-seven-months', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-monitoring-likelihood-ticks', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-monitoring-several-tables-one-page', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-self-eval-city-framework-levels-review-score', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-self-eval-county-special-fund-spaced-cells', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-self-eval-reason-measure-columns', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-self-eval-traditional-pinyin-glosses', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-target-disclosure-flat-columns', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-target-parenthetical-level1-numbered', LAYOUT_WRAPPED_ROWS],
  ['layout-wrapped/project-target-prior-year-level-columns', LAYOUT_WRAPPED_ROWS],
  // Sixteenth study (2026-12-06, branch layouts-29, docs/layouts.md "Sixteenth study").
  ['layout-wrapped/project-self-eval-review-score-two-sections', LAYOUT_WRAPPED_ROWS],
  [
    'docx2txt-cells/project-self-eval-review-score-two-sections',
    'two tables one cell per line with different headers (项目权重 / 评价内容 over the items, then 项目权重 / 一级指标 … over the indicators): the one-per-line reader takes one header run, the other table’s rows are lost',
  ],
  [
    'cell-per-line/project-self-eval-review-score-two-sections',
    'two tables one cell per line with different headers, and the funds row’s empty source cells leave no line: its amounts slide left (the 合计 read as 执行数, the 执行数 as 执行率)',
  ],
  [
    'final-accounts-page/project-eval-results-notice-bond-cell-lines',
    'a results notice is a page of its own: set inside a 决算 page its title is no longer the head’s, and the list of projects one cell per line is read as the page’s 决算 text',
  ],
]);
