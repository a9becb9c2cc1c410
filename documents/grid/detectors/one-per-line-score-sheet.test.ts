/**
 * A 部门整体 评分表 written one cell per line (a Word table's text): a two-row header (绩效指标 over
 * 一级/二级/三级指标, the other words merged down), headings with their weight notes wrapped in narrow
 * columns, empty 备注 cells as a line of one space. Whatever its level names, it reads as the same
 * table tab-separated. Units, names and numbers are invented.
 */
import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';
import { displayWidth } from '../cell-text.ts';
import { flattenHeaderRows } from './one-per-line-header.ts';

interface Indicator {
  name: string;
  weight: string;
  score: string;
}
interface Level2 {
  name: string;
  weight: number;
  indicators: Indicator[];
}
interface Level1 {
  name: string;
  weight: number;
  level2: Level2[];
}

/** Level names of three frameworks: unknown to the vocabulary, partly known, a 二级 word as a 三级. */
const sheets: ReadonlyArray<{ id: string; levels: Level1[] }> = [
  {
    id: 'management levels no vocabulary knows',
    levels: [
      {
        name: '部门预算管理',
        weight: 70,
        level2: [
          { name: '预算编制', weight: 30, indicators: [{ name: '目标制定', weight: '10', score: '9' }, { name: '编制准确', weight: '20', score: '18.5' }] },
          { name: '完成结果', weight: 40, indicators: [{ name: '预算完成', weight: '25', score: '24' }, { name: '违规记录', weight: '15', score: '15' }] },
        ],
      },
      { name: '部门绩效管理', weight: 30, level2: [{ name: '绩效管理', weight: 30, indicators: [{ name: '评价质量', weight: '30', score: '27' }] }] },
    ],
  },
  {
    id: 'duty and effect levels',
    levels: [
      {
        name: '综合管理',
        weight: 45,
        level2: [
          { name: '基础工作', weight: 20, indicators: [{ name: '制度建设', weight: '10', score: '10' }, { name: '档案规范', weight: '10', score: '8' }] },
          { name: '资产管理', weight: 25, indicators: [{ name: '账实相符', weight: '25', score: '23' }] },
        ],
      },
      {
        name: '履职成效',
        weight: 55,
        level2: [
          { name: '重点任务', weight: 35, indicators: [{ name: '任务完成', weight: '35', score: '33.5' }] },
          { name: '群众评价', weight: 20, indicators: [{ name: '来访满意', weight: '20', score: '19' }] },
        ],
      },
    ],
  },
  {
    id: 'framework levels with 二级 words named as 三级',
    levels: [
      {
        name: '投入',
        weight: 40,
        level2: [
          { name: '预算配置', weight: 20, indicators: [{ name: '目标设定', weight: '10', score: '9' }, { name: '预算编制', weight: '10', score: '10' }] },
          { name: '执行管理', weight: 20, indicators: [{ name: '预算执行', weight: '20', score: '17.6' }] },
        ],
      },
      { name: '过程', weight: 60, level2: [{ name: '业务管理', weight: 60, indicators: [{ name: '职责履行', weight: '60', score: '55' }] }] },
    ],
  },
];

const upperHeader = ['绩效指标', '指标分值', '指标解释', '计分标准', '自评得分', '备注'];
const lowerHeader = ['一级指标', '二级指标', '三级指标'];
const heading = (name: string, weight: number): string => `${name}(${weight}分)`;

/**
 * A cell's text as a Word table wraps it in a column `width` display columns wide: an opening bracket
 * never ends a line, a closing one never starts one.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const character of text) {
    if (line !== '' && displayWidth(line + character) > width) {
      const carried = /[(（]$/.test(line) || /^[)）]$/.test(character) ? line.slice(-1) : '';
      lines.push(line.slice(0, line.length - carried.length));
      line = carried + character;
    } else line += character;
  }
  return [...lines, line].filter((piece) => piece !== '');
}

function tableRows(levels: readonly Level1[]): string[][] {
  const rows: string[][] = [];
  for (const level1 of levels) {
    level1.level2.forEach((level2, level2Index) => {
      level2.indicators.forEach((indicator, index) => {
        rows.push([
          level2Index === 0 && index === 0 ? heading(level1.name, level1.weight) : '',
          index === 0 ? heading(level2.name, level2.weight) : '',
          indicator.name,
          indicator.weight,
          `评价${indicator.name}的情况。`,
          `按完成程度计分，未完成的酌情扣分。`,
          indicator.score,
          '',
        ]);
      });
    });
  }
  return rows;
}

const totalScore = (levels: readonly Level1[]): string =>
  String(levels.flatMap((level1) => level1.level2.flatMap((level2) => level2.indicators)).reduce((sum, indicator) => sum + Number(indicator.score), 0));

const title = '示范县档案服务中心2023年度部门决算';

function asTabs(levels: readonly Level1[]): string {
  const header = [...lowerHeader, ...upperHeader.slice(1)];
  const rows = tableRows(levels).map((row) => row.join('\t'));
  return [title, '', '部门整体支出绩效自评表', header.join('\t'), ...rows, ['合计', '', '', '100', '', '', totalScore(levels), ''].join('\t')].join('\n');
}

/**
 * One cell per line as the Word table's text gives it: merged cells absent, an empty cell a line of one
 * space, header words broken as narrow columns break them, headings wrapped at the level columns' widths.
 */
function asCellLines(levels: readonly Level1[], options: { level1Width: number; level2Width: number; gap: number }): string {
  const cells: string[] = [title, upperHeader[0] as string, ...upperHeader.slice(1, 4), '自评', '得分', '备注', ...lowerHeader.flatMap((word) => [word.slice(0, 2), '指标'])];
  for (const row of tableRows(levels)) {
    const [level1, level2, ...rest] = row as [string, string, ...string[]];
    if (level1 !== '') cells.push(...wrap(level1, options.level1Width));
    if (level2 !== '') cells.push(...wrap(level2, options.level2Width));
    cells.push(...rest.map((cell) => (cell === '' ? ' ' : cell)));
  }
  cells.push('合计', '100', ' ', ' ', totalScore(levels), ' ');
  return cells.join('\n'.repeat(options.gap + 1));
}

function readSheet(text: string) {
  const document = readText(text);
  return {
    kind: document?.kind,
    scope: document?.scope,
    totals: [document?.totals.weight, document?.totals.score],
    indicators: document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.score]) : [],
  };
}

function expected(levels: readonly Level1[]) {
  return levels.flatMap((level1) =>
    level1.level2.flatMap((level2) => level2.indicators.map((indicator) => [level1.name, level2.name, indicator.name, indicator.weight, indicator.score])),
  );
}

const widths = [
  { level1Width: 6, level2Width: 6 },
  { level1Width: 8, level2Width: 8 },
  { level1Width: 10, level2Width: 12 },
  { level1Width: 40, level2Width: 40 },
];

describe('a 部门整体 评分表 written one cell per line', () => {
  for (const sheet of sheets) {
    it(`reads the tab-separated sheet (${sheet.id})`, () => {
      const read = readSheet(asTabs(sheet.levels));
      expect(read.indicators.map(([level1, level2, ...rest]) => [String(level1).replace(/\(\d+分\)$/, ''), String(level2).replace(/\(\d+分\)$/, ''), ...rest])).toEqual(expected(sheet.levels));
    });

    for (const width of widths) {
      for (const gap of [0, 1]) {
        it(`reads the same one cell per line (${sheet.id}; level columns ${width.level1Width}/${width.level2Width} wide, ${gap} blank lines)`, () => {
          const tabs = readSheet(asTabs(sheet.levels));
          const lines = readSheet(asCellLines(sheet.levels, { ...width, gap }));
          expect(lines).toEqual(tabs);
          expect(lines).toMatchObject({ kind: 'self-evaluation', scope: 'department', totals: ['100', totalScore(sheet.levels)] });
        });
      }
    }
  }
});

describe('flattenHeaderRows', () => {
  const texts = (words: readonly string[]): string[] | null => flattenHeaderRows(words.map((text) => ({ text })))?.map((word) => word.text) ?? null;

  it.each([
    [
      ['绩效指标', '指标分值', '指标解释', '计分标准', '自评得分', '备注', '一级指标', '二级指标', '三级指标'],
      ['一级指标', '二级指标', '三级指标', '指标分值', '指标解释', '计分标准', '自评得分', '备注'],
    ],
    [
      ['绩效指标', '年度指标值', '实际完成值', '分值', '得分', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分'],
    ],
    // 三级指标 over 指标名称 / 指标解释说明 (a Hebei 部门整体 评价指标 sheet, twenty-seventh study).
    [
      ['一级指标', '二级指标', '三级指标', '评分标准', '得分', '指标名称', '指标解释说明'],
      ['一级指标', '二级指标', '指标名称', '指标解释说明', '评分标准', '得分'],
    ],
    // An explanation only right after the name it explains: a 指标内容 column of its own stays beside 指标名称.
    [
      ['指标名称', '上年度实际水平', '本年度计划水平', '指标内容', '二级指标', '三级指标'],
      ['二级指标', '三级指标', '上年度实际水平', '本年度计划水平', '指标内容'],
    ],
  ])('puts the lower header row under the upper words that stand over it: %j', (words, columns) => {
    expect(texts(words)).toEqual(columns);
  });

  it.each([
    [['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '分值']],
    [['一级指标', '二级指标', '三级指标', '指标值', '分值', '得分']],
    [['绩效指标', '分值', '得分', '指标值']],
    // An explanation before the name is no lower row of 三级指标.
    [['一级指标', '二级指标', '三级指标', '评分标准', '得分', '指标解释', '指标名称']],
  ])('leaves a header of one row as it is: %j', (words) => {
    expect(texts(words)).toBeNull();
  });
});
