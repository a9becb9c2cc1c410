/**
 * The same published table copied another way reads the same: every text family
 * (documents/layouts/fixtures/<id>/source.txt) is edited as real text dumps differ — CRLF, no-break
 * and ideographic spaces, full-width digits and punctuation, traditional characters, a web page's
 * frame and notes, doubled blank lines, trailing spaces, a 序号 column, thousands separators, 万元 in
 * each cell, a table over two pages (page numbers, its header repeated), numbered levels and names,
 * cells spread by a PDF, "95 %", an empty line between rows, a 计量单位 column, and what converters make
 * of a Word or Excel table: merged cells repeated (python-docx), tab-led cells (docx2txt), cells one per line
 * (pdftotext without -layout), Markdown pipe tables (documents/layouts/variation/edits.ts, converter-edits.ts) — and read through the real import path; every
 * fact the unedited source reads right must still be read right. Pairs the readers do not yet keep
 * are `it.fails` with the reason in variation/open-edits.ts (docs/layouts.md "Seventh study"): the day
 * a fix makes one pass, its test turns red and the pair must leave the list. Two edits together:
 * variation-pairs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { textEdits } from './variation/edits.ts';
import { listTextFamilies, measureEdit, readSource } from './variation/measure.ts';
import { openEdits as open } from './variation/open-edits.ts';


const families = listTextFamilies();
const TIMEOUT = 30_000;

describe('text families read the same after the edits real dumps show', () => {
  it('has the open pairs among real edits and families', () => {
    const editIds = new Set(textEdits.map((edit) => edit.id));
    for (const pair of open.keys()) {
      const [edit, family] = pair.split('/');
      expect(editIds.has(edit ?? ''), pair).toBe(true);
      expect(families, pair).toContain(family);
    }
  });

  for (const edit of textEdits) {
    describe(`${edit.id}: ${edit.description}`, () => {
      // An edit whose shape no family has tests nothing: each must change some sources.
      it('changes the source of at least one family', () => {
        expect(families.some((family) => edit.apply(readSource(family)) !== readSource(family))).toBe(true);
      });

      for (const family of families) {
        if (edit.apply(readSource(family)) === readSource(family)) continue;
        const reason = open.get(`${edit.id}/${family}`);
        const check = async (): Promise<void> => {
          const { lost } = await measureEdit(family, edit);
          expect(lost, `${family} after ${edit.id} loses`).toEqual([]);
        };
        if (reason === undefined) it(`${family} keeps every fact`, check, TIMEOUT);
        else it.fails(`${family} does not yet keep every fact (${reason}; remove from open once it does)`, check, TIMEOUT);
      }
    });
  }
});
