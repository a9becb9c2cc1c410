import { describe, expect, it } from 'vitest';
import { readTextIndicators } from '../read-text-indicators.ts';
import { isUnlistedLevel2Word } from './unlisted-level2-line.ts';

/**
 * One table with two 二级 the vocabulary does not know (办件品质, 治理效能), written with and without
 * cell separators; a merged cell is an empty cell. The third row's short name (整改回访次数) has no
 * 二级 of its own: it must stay a name in every form.
 */
const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '分值'];
const table: ReadonlyArray<readonly string[]> = [
  ['产出指标', '数量指标', '巡查河段数', '≥36个', '20'],
  ['', '办件品质', '巡查问题整改率', '≥95%', '20'],
  ['', '', '整改回访次数', '≥12次', '10'],
  ['效益指标', '治理效能', '河段水质达标率', '≥90%', '30'],
  ['满意度指标', '服务对象满意度指标', '沿河群众满意度', '≥88%', '20'],
];
const expected = [
  '产出指标/数量指标/巡查河段数/≥36个',
  '产出指标/办件品质/巡查问题整改率/≥95%',
  '产出指标/办件品质/整改回访次数/≥12次',
  '效益指标/治理效能/河段水质达标率/≥90%',
  '满意度指标/服务对象满意度指标/沿河群众满意度/≥88%',
];

const width = (text: string): number => [...text].reduce((sum, character) => sum + (character.charCodeAt(0) > 0xff ? 2 : 1), 0);
const pad = (text: string, columns: number): string => text + ' '.repeat(Math.max(2, columns - width(text)));
const rows = [header, ...table];

const forms: Array<[string, string[]]> = [
  ['tabs', rows.map((row) => row.join('\t'))],
  ['pipes', rows.map((row) => `| ${row.join(' | ')} |`)],
  // Fixed-width: every cell in its column, merged cells left as spaces.
  ['aligned runs of spaces', rows.map((row) => row.map((cell) => pad(cell, 24)).join('').trimEnd())],
  // Runs of four spaces that keep no column: a merged cell is one more run before the row.
  ['unaligned runs of spaces', rows.map((row) => row.join('    '))],
  ['one cell per line', rows.flatMap((row) => row.filter((cell) => cell !== ''))],
];

function levelsOf(lines: readonly string[]): string[] {
  return readTextIndicators(['2024年度项目绩效目标表', '', ...lines, '']).goals.flatMap((goal) =>
    goal.indicators.map((indicator) => `${indicator.level1}/${indicator.level2}/${indicator.name}/${indicator.target?.text ?? ''}`),
  );
}

describe('a 二级 the vocabulary does not know, with and without cell separators', () => {
  it.each(forms)('reads the same indicators from %s', (_form, lines) => {
    expect(levelsOf(lines)).toEqual(expected);
  });

  it('keeps a short name a name when no 二级 comes before it (one cell per line)', () => {
    const lines = [...header, '产出指标', '数量指标', '巡查河段数', '≥36个', '20', '整改回访次数', '≥12次', '10', '回访问题销号', '达到要求', '10'];
    expect(levelsOf(lines)).toEqual([
      '产出指标/数量指标/巡查河段数/≥36个',
      '产出指标/数量指标/整改回访次数/≥12次',
      '产出指标/数量指标/回访问题销号/达到要求',
    ]);
  });

  it('keeps a short name a name when its row holds only the cells from the name on (runs of spaces)', () => {
    const lines = [header.join('    '), '产出指标    数量指标    巡查河段数    ≥36个    20', '    整改回访次数    ≥12次    10'];
    expect(levelsOf(lines)).toEqual(['产出指标/数量指标/巡查河段数/≥36个', '产出指标/数量指标/整改回访次数/≥12次']);
  });
});

describe('isUnlistedLevel2Word', () => {
  it.each([
    ['办件品质', true],
    ['群众获得感', true],
    ['≥95%', false],
    ['达到要求', false],
    ['数量指标', false],
    ['产出指标数量指标', false],
    ['年度指标值', false],
    ['总分', false],
    ['2024年完成', false],
    ['反映河段巡查覆盖范围和频次的情况说明文字', false],
  ])('%s → %s', (text, isWord) => {
    expect(isUnlistedLevel2Word(text)).toBe(isWord);
  });
});
