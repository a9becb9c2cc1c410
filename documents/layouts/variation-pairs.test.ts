/**
 * Two edits real pages make, together (documents/layouts/variation/pairs.ts): every pair of the
 * edits of documents/layouts/variation/edits.ts is made on a few text families where both apply,
 * chosen by a fixed seed (JIXIAO_PAIRS_SEED and JIXIAO_PAIRS_PER_EDIT explore others; the whole
 * product is bench/variation-pairs.ts), and every fact the unedited source reads right must still be
 * read right. Pairs the readers do not yet keep are `it.fails` in `open` with the reason
 * (docs/layouts.md "Pairs of edits"): the day a fix makes one pass, its test turns red.
 */
import { describe, expect, it } from 'vitest';
import { textEdits } from './variation/edits.ts';
import { listTextFamilies, measureEdit, readSource } from './variation/measure.ts';
import { openEdits } from './variation/open-edits.ts';
import { bothApply, composeEdits, sampleFamilies } from './variation/pairs.ts';

// layout-wrapped after another edit (branch pdfwrap-28, docs/layouts.md "PDF text in layout mode with wrapped cells").
/**
 * A page break or padding the reader does not yet follow (branch pdfwrap-29: the edit keeps one table's columns over blank
 * lines, page numbers and a repeated header, as pdftotext does, and the reader reads most of them).
 */
const PAIR_RUNS = 'rows apart by a blank line, a page number or a repeated header: a goal or level cell the page break cut, or blank lines taken for the table’s end; not looked into further';
/** Figures written otherwise are no plain numbers, so no line marks a row's middle. */
const PAIR_FIGURES = 'figures written otherwise (full-width, "95 %", 1,234.50, >=, 万元 in each cell) widen their columns and are not all the plain numbers or values that mark a row’s middle line; not looked into further';
/** Columns the reader takes for labels. */
const PAIR_COLUMNS = 'a 序号 column before the levels, or levels written on every row, read as label columns whose cells are centred over several rows';
/** The edit over traditional text. */
const PAIR_TRADITIONAL = 'the edit over traditional text finds no level column (一級指標 is not matched there), so its levels are not centred; the rows then lose facts not looked into';

/** `<edit>+<edit>/<family>` that still lose facts, and why. */
const open = new Map<string, string>([
  ['full-width+layout-wrapped/project-monitoring-likelihood-ticks', PAIR_FIGURES],
  ['full-width+layout-wrapped/project-self-eval-decision-process-levels', PAIR_FIGURES],
  ['full-width+layout-wrapped/project-self-eval-tabs-total-packed-left', PAIR_FIGURES],
  ['header-repeated+layout-wrapped/dept-self-eval-planning-execution-effect', PAIR_RUNS],
  ['header-repeated+layout-wrapped/dept-target-web-page-task-column', PAIR_RUNS],
  ['merged-cells-repeated+layout-wrapped/project-eval-report-firm-stamp-score-sheet', PAIR_COLUMNS],
  ['percent-spaced+layout-wrapped/project-monitoring-as-of-date-columns', PAIR_FIGURES],
  ['percent-spaced+layout-wrapped/project-self-eval-level-subtotals', PAIR_FIGURES],
  ['percent-spaced+layout-wrapped/project-self-eval-report-embedded-table', PAIR_FIGURES],
  ['serial-column+layout-wrapped/dept-self-eval-planning-execution-effect', PAIR_COLUMNS],
  ['serial-column+layout-wrapped/dept-target-main-tasks-block', PAIR_COLUMNS],
  ['serial-column+layout-wrapped/project-monitoring-several-tables-one-page', PAIR_COLUMNS],
  ['serial-column+layout-wrapped/project-target-medium-term-year-columns', PAIR_COLUMNS],
  ['serial-column+layout-wrapped/project-target-scoring-standard-columns', PAIR_COLUMNS],
  ['thousands-separators+layout-wrapped/dept-self-eval-hunan-tabs', PAIR_FIGURES],
  ['thousands-separators+layout-wrapped/dept-self-eval-shifted-budget-row', PAIR_FIGURES],
  ['traditional+layout-wrapped/dept-monitoring-eight-months-tabs', PAIR_TRADITIONAL],
  ['traditional+layout-wrapped/dept-self-eval-planning-execution-effect', PAIR_TRADITIONAL],
  ['traditional+layout-wrapped/dept-target-unit-variant-yuan', PAIR_TRADITIONAL],
  ['traditional+layout-wrapped/project-self-eval-level-weight-columns', PAIR_TRADITIONAL],
]);

const seed = Number(process.env.JIXIAO_PAIRS_SEED ?? 18);
const familiesPerPair = Number(process.env.JIXIAO_PAIRS_PER_EDIT ?? 5);
const families = listTextFamilies();
const TIMEOUT = 30_000;

describe('text families read the same after two edits together', () => {
  const tested = new Set<string>();
  textEdits.forEach((first, place) => {
    for (const second of textEdits.slice(place + 1)) {
      const pair = composeEdits(first, second);
      // A family one of the two edits alone does not keep yet is recorded in openEdits, not here.
      const isOpenAlone = (family: string): boolean => openEdits.has(`${first.id}/${family}`) || openEdits.has(`${second.id}/${family}`);
      const applicable = families.filter((family) => !isOpenAlone(family) && bothApply(first, second, readSource(family)));
      for (const family of sampleFamilies({ pair: pair.id, families: applicable, count: familiesPerPair, seed })) {
        const id = `${pair.id}/${family}`;
        tested.add(id);
        const reason = open.get(id);
        const check = async (): Promise<void> => {
          const { lost } = await measureEdit(family, pair);
          expect(lost, `${family} after ${pair.id} loses`).toEqual([]);
        };
        if (reason === undefined) it(`${id} keeps every fact`, check, TIMEOUT);
        else it.fails(`${id} does not yet keep every fact (${reason}; remove from open once it does)`, check, TIMEOUT);
      }
    }
  });

  it('has only open pairs that are tried', () => {
    for (const id of open.keys()) expect(tested, id).toContain(id);
  });
});
