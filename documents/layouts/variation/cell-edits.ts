/**
 * Edits real pages make inside a table's cells (documents/layouts/variation/edits.ts): a PDF's
 * spaces between the characters of a short cell, level names numbered as an outline, indicator
 * names numbered, a space before %, the year in Chinese numerals, the unit moved into a 计量单位
 * column. Each changes a text only where its shape is found; none adds or removes a fact.
 */
import {
  findIndicatorTable,
  isHeaderLine,
  mapCellsKeepingColumns,
  mapPartsKeepingWidth,
  rowSeparatorOf,
  splitRow,
} from './table-lines.ts';

/** A short cell of Chinese characters only, as a PDF spreads over its width ("产 出 指 标"). */
const SHORT_CJK_CELL = /^(\s*)([\u4e00-\u9fff]{2,6})(\s*)$/;

/**
 * Label cells of 2–6 Chinese characters written with a space between every character, as a PDF
 * prints cells aligned to their width (Word's distributed alignment): level names (…指标) anywhere,
 * and every short cell of a row without figures down to the indicator header (labels such as 项目名称
 * or 其他资金, the header's words). Indicator names and values stay. Only in rows whose cells are separated by
 * tabs, pipes or runs of spaces (a single space would be ambiguous).
 */
export function withSpacedShortCells(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex(isHeaderLine);
  return lines
    .map((line, index) => {
      const separator = rowSeparatorOf(line);
      if (separator === null || separator === 'single-spaces') return line;
      const isLabelRow = !/[\d０-９]/.test(line) && (header < 0 || index <= header);
      return mapCellsKeepingColumns(line, separator, (cell) =>
        cell.replace(SHORT_CJK_CELL, (all, before: string, word: string, after: string) =>
          isLabelRow || /指[标標]$/.test(word) ? `${before}${[...word].join(' ')}${after}` : all,
        ),
      );
    })
    .join('\n');
}

/** 一级 names the vocabulary keeps to one level (成本指标 is also a 二级: left as written). */
const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标'];
const LEVEL2_NAMES = [
  '数量指标',
  '质量指标',
  '时效指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
];
const OUTLINE_NUMBERS = '一二三四五六七八九十';
/** A level name as a whole cell or line, with an optional weight note ("产出指标(50分)"). */
const LEVEL_CELL = new RegExp(
  `(?<=^|\\t|\\||\\s)(${[...LEVEL1_NAMES, ...LEVEL2_NAMES].join('|')})(?=$|\\t|\\||\\s|[（(])`,
  'gm',
);

/** A line that is a piece of a word broken over lines ("服务对象" before "满意度指标"). */
const BROKEN_PIECE = /^\s*[\u4e00-\u9fff]{1,6}\s*$/;

/**
 * Level names numbered as an outline: "一、产出指标", "（一）数量指标", the 二级 numbers starting
 * again under each 一级. Only in the indicator table (below its header word 一级指标), never in a
 * line that may end a word broken over lines; in a dump at fixed columns the number takes its
 * width from the spaces after the cell (at least two stay), so the next cells keep their columns.
 */
export function withNumberedLevels(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => /一\s*级\s*指\s*标/.test(line));
  if (header < 0) return text;
  let level1 = 0;
  let level2 = 0;
  const number = (name: string): string => {
    if (LEVEL1_NAMES.includes(name)) {
      level1 += 1;
      level2 = 0;
      return `${OUTLINE_NUMBERS[level1 - 1] ?? level1}、`;
    }
    level2 += 1;
    return `（${OUTLINE_NUMBERS[level2 - 1] ?? level2}）`;
  };
  for (let index = header; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const previous =
      lines
        .slice(0, index)
        .reverse()
        .find((above) => above.trim() !== '') ?? '';
    if (rowSeparatorOf(line) === null && BROKEN_PIECE.test(previous) && !/指标/.test(previous)) continue;
    const numberCells = (cells: string): string =>
      cells.replace(LEVEL_CELL, (name: string) => `${number(name)}${name}`);
    // No-break spaces (a web page's) align cells as spaces do.
    if (rowSeparatorOf(line.replace(/\u00a0/g, ' ')) !== 'space-runs') {
      lines[index] = numberCells(line);
      continue;
    }
    // The runs of spaces after a number give back its width (two spaces stay in each run).
    lines[index] = mapPartsKeepingWidth(line.split(/([ \u00a0]+)/), numberCells, 2);
  }
  return lines.join('\n');
}

/**
 * Indicator names numbered "1." … in the name column of a tab dump, starting again under each
 * 二级; only rows with as many cells as the header (the column is known).
 */
export function withNumberedNames(text: string): string {
  const lines = text.split('\n');
  const table = findIndicatorTable(lines);
  if (!table || table.separator !== 'tab') return text;
  const header = splitRow(lines[table.headerLines.at(-1) as number] as string, 'tab').filter(
    (_, place) => place % 2 === 0,
  );
  const nameColumn = header.findIndex((cell) => /三级指标|指标名称|指标内容/.test(cell.replace(/\s/g, '')));
  const level2Column = header.findIndex((cell) => /二级指标/.test(cell.replace(/\s/g, '')));
  if (nameColumn < 0) return text;
  let serial = 0;
  for (const row of table.indicatorRows) {
    const cells = (lines[row] as string).split('\t');
    if (cells.length !== header.length) continue;
    if (level2Column >= 0 && (cells[level2Column] ?? '').trim() !== '') serial = 0;
    const name = cells[nameColumn] ?? '';
    // A name the document numbers already (in any width) keeps its number; the template's empty place
    // ("指标2：", nothing after it) is no name and is not numbered.
    if (name.trim() === '' || /^\s*[\d０-９]/.test(name) || /^指标\d+[:：]?$/.test(name.replace(/\s/g, ''))) continue;
    serial += 1;
    cells[nameColumn] = `${serial}.${name.trim()}`;
    lines[row] = cells.join('\t');
  }
  const edited = lines.join('\n');
  return edited;
}

/** A space between a number and its % ("95 %"), as a PDF's separate text run gives it. */
export function withSpaceBeforePercent(text: string): string {
  return text.replace(/(?<=\d)%/g, ' %');
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** "2024年度" written "二〇二四年度", as official documents date their titles. */
export function withChineseNumeralYears(text: string): string {
  return text.replace(/(?<!\d)(20\d{2})(?=年度)/g, (year) =>
    [...year].map((digit) => CHINESE_DIGITS[Number(digit)]).join(''),
  );
}

/**
 * "2024年度" in a title or its bracket written "2024年" ("（2024年）", "2024年项目支出绩效自评表"), as
 * many titles date themselves; a date ("2024年3月") is left.
 */
export function withYearWithoutDu(text: string): string {
  return text.replace(/(?<!\d)(20\d{2})年度(?=\s*[)）]|项目|部门|单位|.{0,20}(?:表|报告))/g, '$1年');
}

/** A target with its operator, figure and unit: "≥120公里". */
const TARGET_WITH_UNIT = /^(\s*(?:[≥≤=＝><]\s*)?)(\d+(?:\.\d+)?)([^\d\s.%][^\d\s]{0,5}|%)(\s*)$/;

/**
 * The unit moved out of the 指标值 cell into a 计量单位 column after it (tab dumps whose header has
 * a 指标值 column and no unit column): rows with as many cells as the header; the 实际完成值 keeps
 * its unit only where it differs.
 */
export function withUnitColumn(text: string): string {
  const lines = text.split('\n');
  const table = findIndicatorTable(lines);
  if (!table || table.separator !== 'tab' || table.headerLines.length !== 1) return text;
  const headerLine = table.headerLines[0] as number;
  const header = (lines[headerLine] as string).split('\t');
  if (header.some((cell) => /单位$/.test(cell.trim()) && /计量|度量/.test(cell))) return text;
  const targetColumn = header.findIndex((cell) =>
    /^(年度)?指标值$|^年度目标值$/.test(cell.replace(/\s/g, '')),
  );
  if (targetColumn < 0) return text;
  const actualColumn = header.findIndex((cell) => /完成值|实际值/.test(cell.replace(/\s/g, '')));
  let moved = false;
  const insert = (cells: string[], value: string): string[] => [
    ...cells.slice(0, targetColumn + 1),
    value,
    ...cells.slice(targetColumn + 1),
  ];
  const indicatorRows = new Set(table.indicatorRows);
  // The rows under the header down to the totals row (总分 / 合计), which keep their columns too.
  let lastRow = table.indicatorRows.at(-1) as number;
  const totals = lines.findIndex((line, index) => index > lastRow && line.includes('\t') && /^\s*(总\s*分|合\s*计)/.test(line));
  // Rows between (小计) are rows of the table too.
  if (totals >= 0 && lines.slice(lastRow + 1, totals).every((line) => line.trim() === '' || line.includes('\t'))) lastRow = totals;
  for (let row = headerLine + 1; row <= lastRow; row += 1) {
    const cells = (lines[row] as string).split('\t');
    // A row written to its last filled cell (no trailing empty cells) still has the value column.
    if (cells.length > header.length || cells.length <= targetColumn) continue;
    const match = indicatorRows.has(row) ? TARGET_WITH_UNIT.exec(cells[targetColumn] ?? '') : null;
    if (!match) {
      // A goal's own header repeated below (goal blocks) names the column too.
      lines[row] = insert(cells, isHeaderLine(lines[row] as string) ? '计量单位' : '').join('\t');
      continue;
    }
    const [, operator = '', figure = '', unit = ''] = match;
    cells[targetColumn] = `${operator.trim()}${figure}`;
    const actual = (cells[actualColumn] ?? '').trim();
    if (actualColumn >= 0 && actual.endsWith(unit) && /^\d+(?:\.\d+)?$/.test(actual.slice(0, actual.length - unit.length))) {
      cells[actualColumn] = actual.slice(0, actual.length - unit.length);
    }
    lines[row] = insert(cells, unit).join('\t');
    moved = true;
  }
  if (!moved) return text;
  lines[headerLine] = insert(header, '计量单位').join('\t');
  return lines.join('\n');
}
