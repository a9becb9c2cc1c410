/**
 * "The same table in another shape reads the same": each tab-separated fixture rewritten as a
 * pipe-separated dump and as a one-cell-per-line dump must give the same document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

function asPipes(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.includes('\t') ? `${line.split('\t').join(' | ')} |` : line))
    .join('\n');
}

/** A Markdown converter's table: `| a | b |` rows, a `|---|` rule under the first row of each run. */
function asMarkdown(text: string): string {
  const lines = text.split('\n');
  return lines
    .flatMap((line, index) => {
      if (!line.includes('\t')) return [line];
      const cells = line.split('\t');
      const row = `| ${cells.join(' | ')} |`;
      const opensRun = !(lines[index - 1] ?? '').includes('\t');
      return opensRun ? [row, `|${cells.map(() => '---').join('|')}|`] : [row];
    })
    .join('\n');
}

function asOneCellPerLine(text: string): string {
  return text
    .split('\n')
    .flatMap((line) =>
      line.includes('\t') ? line.split('\t').map((cell) => (cell.trim() === '' ? '|' : `${cell} |`)) : [line],
    )
    .join('\n');
}

function readShape(text: string) {
  const document = readText(text);
  if (!document) return null;
  const { findings: _findings, ...rest } = document;
  // Line numbers differ between shapes by construction.
  return {
    ...rest,
    goals: rest.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators.map(({ line: _line, ...indicator }) => indicator),
    })),
  };
}

describe.each(['national-tabs', 'department-yuan'])('%s in other shapes', (name) => {
  const text = readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');
  const original = readShape(text);

  it('reads something to compare', () => {
    expect(original?.goals[0]?.indicators.length).toBeGreaterThan(3);
  });

  it('reads the same from a pipe-separated dump', () => {
    expect(readShape(asPipes(text))).toEqual(original);
  });

  it('reads the same from a Markdown table (its rule under the first row is no cell)', () => {
    expect(readShape(asMarkdown(text))).toEqual(original);
  });

  it('reads the same from a one-cell-per-line dump', () => {
    expect(readShape(asOneCellPerLine(text))).toEqual(original);
  });
});
