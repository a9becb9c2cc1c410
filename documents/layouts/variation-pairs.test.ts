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
/** `<edit>+<edit>/<family>` that still lose facts, and why. */
const open = new Map<string, string>([
  ['header-repeated+layout-wrapped/dept-target-web-page-task-column', PAIR_RUNS],
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
