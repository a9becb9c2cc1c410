/** A 监控表 whose indicator names carry their list number ("1.养护里程", "（2）…") or whose unit stands in a 计量单位 column reads as the plain table. */
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

describe('a 监控表 with the unit in a 计量单位 column after 年度指标值', () => {
  it('reads the targets written as bare numbers with their unit, as when the unit is in the value', () => {
    const withUnit = text
      .split('\n')
      .map((line) => {
        const cells = line.split('\t');
        if (cells[4] === '年度指标值') return [...cells.slice(0, 5), '计量单位', ...cells.slice(5)].join('\t');
        const match = /^([≥≤=]?\d+(?:\.\d+)?)(公里|%)$/.exec(cells[4] ?? '');
        if (cells[0] !== '' || cells.length < 6) return line;
        if (!match) return [...cells.slice(0, 5), '', ...cells.slice(5)].join('\t');
        const [, figure = '', unit = ''] = match;
        const bare = (cell: string | undefined): string => (cell ?? '').replace(unit, '');
        return [...cells.slice(0, 4), figure, unit, bare(cells[5]), bare(cells[6]), ...cells.slice(7)].join('\t');
      })
      .join('\n');
    expect(withUnit).toContain('\t≥120\t公里\t70\t120');
    const values = (source: string) => {
      const document = readText(source);
      return document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.name, indicator.target]) : [];
    };
    expect(values(withUnit)).toEqual(values(text));
  });
});
