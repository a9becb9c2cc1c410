import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDirectory } from '../run-fixtures.ts';
import { withBlankLineBetweenRows, withHeaderRepeatedAfterPageBreak, withPageNumbers } from './page-edits.ts';

/** A document site's page: its numbered chunks run a table together, the Word cells' wrap spaces kept ("一级 指标"). */
const source = readFileSync(path.join(fixturesDirectory, 'project-self-eval-county-special-fund-site-chunks', 'source.txt'), 'utf8');

describe('page edits on a document site’s numbered chunks', () => {
  it.each([
    ['page break repeating the header', withHeaderRepeatedAfterPageBreak],
    ['page break with page numbers', withPageNumbers],
    ['blank line between rows', withBlankLineBetweenRows],
  ])('adds no %s inside the chunks: they are pages of text, not rows', (_case, edit) => {
    expect(edit(source)).toBe(source);
  });
});
