/** A 监控表 whose indicator names carry their list number ("1.养护里程", "（2）…") reads the names without it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

const text = readFileSync(new URL('./fixtures/national-tabs.txt', import.meta.url), 'utf8');
const names = (source: string): string[] => {
  const document = readText(source);
  return document ? [...eachIndicator(document)].map(({ indicator }) => indicator.name) : [];
};

describe('a 监控表 with numbered indicator names', () => {
  it.each([
    ['1.', (serial: number) => `${serial}.`],
    ['（1）', (serial: number) => `（${serial}）`],
    ['指标1:', (serial: number) => `指标${serial}:`],
  ])('reads the names written after %s as without it', (_, numberOf) => {
    let serial = 0;
    const numbered = text
      .split('\n')
      .map((line) => {
        const cells = line.split('\t');
        // Indicator rows: a leading empty cell, the name in the fourth column, a 年度指标值 after it.
        if (cells[0] !== '' || (cells[3] ?? '') === '' || (cells[4] ?? '') === '') return line;
        serial += 1;
        cells[3] = `${numberOf(serial)}${cells[3]}`;
        return cells.join('\t');
      })
      .join('\n');
    expect(serial).toBeGreaterThan(3);
    expect(names(numbered)).toEqual(names(text));
  });
});
