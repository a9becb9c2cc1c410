/**
 * Edits real text dumps show, applied to a family's source.txt: the same table copied from another
 * site, another browser or another converter. A correct reader gives the same facts after each
 * (documents/layouts/variation.test.ts). Each edit is a pure function of the text; none adds or
 * removes a fact (the 序号 column and the unit moved into cells only where the text has the shape
 * they need, else the edit gives the text back unchanged and the pair is not tested).
 */
import * as OpenCC from 'opencc-js';
import { withinFinalAccountsPage, withReportBelow } from './final-accounts-page.ts';
import {
  withChineseNumeralYears,
  withNumberedLevels,
  withNumberedNames,
  withSpaceBeforePercent,
  withSpacedShortCells,
  withUnitColumn,
  withYearWithoutDu,
} from './cell-edits.ts';
import { withBlankLineBetweenRows, withHeaderRepeatedAfterPageBreak, withPageNumbers } from './page-edits.ts';
import { keepingLineEnds } from './table-lines.ts';
import { transformKeepingColumns } from '../../text/keep-columns.ts';
import {
  withCellPerLine,
  withDocx2txtCells,
  withMarkdownPipeTables,
  withLayoutWrappedCells,
  withMergedCellsRepeated,
} from './converter-edits.ts';

export interface TextEdit {
  id: string;
  /** What a real page does, in a few words (test names, docs/layouts.md). */
  description: string;
  apply: (text: string) => string;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const FULL_WIDTH: Record<string, string> = { '%': '％', '(': '（', ')': '）', ':': '：' };

function toFullWidthCharacters(text: string): string {
  return text
    .replace(/(?<=\d)\.(?=\d)/g, '．')
    .replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    .replace(/[%():]/g, (character) => FULL_WIDTH[character] ?? character);
}

/**
 * `widen` made cell by cell, the line's columns kept (text/keep-columns.ts): where a cell grows (a figure
 * full-width, "95 %", 1,234.50, >=), the gap after it is as much narrower, as a PDF's layout text or a table
 * typed to line up shows it.
 */
function keepingColumns(widen: (text: string) => string): (text: string) => string {
  return (text) =>
    text
      .split('\n')
      .map((line) => transformKeepingColumns(line, widen))
      .join('\n');
}

/** ASCII digits, %, brackets and colons as their full-width forms; a point between digits as "．" (columns kept). */
const toFullWidth = keepingColumns(toFullWidthCharacters);

/** A number of 1 000 or more with decimals, written with thousands separators ("1,234.50"). */
function withThousandsSeparators(text: string): string {
  // Whole runs of digits, points and commas, so "2023" or "1,234.50" already grouped stay as they are.
  return text.replace(/[\d.,]+/g, (token) => {
    const match = /^(\d{4,})(\.\d+)$/.exec(token);
    if (!match) return token;
    const [, whole = '', decimals = ''] = match;
    const groups: string[] = [];
    for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
    return `${groups.join(',')}${decimals}`;
  });
}

/** The line holding the indicator header of a tab dump: level and name columns, several cells. */
function findTabHeader(lines: readonly string[]): number {
  return lines.findIndex(
    (line) =>
      (line.match(/\t/g)?.length ?? 0) >= 3 &&
      /三级指标|指标名称|指标内容/.test(line) &&
      /一级指标|二级指标/.test(line),
  );
}

/** A row that ends the table: totals, a note, the reviewer's opinion. */
const TABLE_END = /^\s*(总\s*分|合\s*计|注[:：]|说明[:：]|填报|联系|审核)|审核意见|审批意见/;
/** A row of the table that is no indicator: a goal's own row or the header repeated. */
const NOT_NUMBERED =
  /(?:^|\t)[ ]?(目\s*标\s*[一二三四五六七八九十\d]|(核心)?职能\s*[一二三四五六七八九十\d]|年度绩效目标\s*\d)|一级指标|三级指标|指标名称/;

/**
 * A 序号 column before the indicator table of a tab dump: "序号" heads it, each indicator row gets
 * its number, a totals row an empty cell. Only where the header is one tab row.
 */
function withSerialColumn(text: string): string {
  const lines = text.split('\n');
  const header = findTabHeader(lines);
  if (header < 0) return text;
  const width = (lines[header] as string).split('\t').length;
  // A two-row header: 序号 is merged down over both rows, written on the upper one.
  const above = lines[header - 1] ?? '';
  const twoRows = above.includes('\t') && /绩效指标|指标名称|指标值|完成值|分值|得分/.test(above);
  if (twoRows) lines[header - 1] = `序号\t${above}`;
  lines[header] = `${twoRows ? '' : '序号'}\t${lines[header]}`;
  let serial = 0;
  for (let index = header + 1; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    if (TABLE_END.test(line)) {
      // A totals row of the table gets the column's empty cell; a note under it (no cells) none.
      if (line.includes('\t')) lines[index] = `\t${line}`;
      break;
    }
    // A row of a few cells under the table (原因分析, 相关建议) is no indicator: the column ends.
    if (!line.includes('\t') || line.split('\t').length * 2 < width) break;
    if (NOT_NUMBERED.test(line)) {
      lines[index] = `${/一级指标|三级指标|指标名称/.test(line) ? '序号' : ''}\t${line}`;
      continue;
    }
    // Rows without a figure (a second header row, a unit's heading) keep the column empty, as
    // published tables number indicator rows only.
    const filled = line.split('\t').filter((cell) => cell.trim() !== '').length;
    if (filled < 3 || !/\d/.test(line)) {
      lines[index] = `\t${line}`;
      continue;
    }
    serial += 1;
    lines[index] = `${serial}\t${line}`;
  }
  return lines.join('\n');
}

/** A budget block's stated unit, in a header cell or a line of its own. */
const UNIT_IN_HEADER = /[（(]\s*万元\s*[)）]|(?:金额)?单位\s*[:：]\s*万元/g;
/** A funds row of the budget block. */
const FUNDS_ROW = /资金总额|预算数|执行数|财政拨款|财政资金|其他资金|上年结转|一般公共预算|合计/;

/**
 * 万元 written after every amount of the budget block instead of once in its header: the unit
 * marks go, each amount cell (a number with decimals alone in its tab or pipe cell) of a funds row
 * gets 万元. Only tab and pipe dumps whose header says 万元.
 */
function withUnitInEachCell(text: string): string {
  if (!UNIT_IN_HEADER.test(text)) return text;
  const lines = text.split('\n');
  // The budget block stands above the indicator table; a 合计 row under it sums points, not money.
  const indicatorHeader = lines.findIndex((line) => /一级指标|三级指标|指标名称/.test(line));
  let changed = false;
  const edited = lines.map((line, index) => {
    if (indicatorHeader >= 0 && index >= indicatorHeader) return line;
    if (!/[\t|]/.test(line) || !FUNDS_ROW.test(line)) return line;
    const cells = line.split(/(\t|\|)/);
    const result = cells.map((cell) => (/^\s*\d+\.\d+\s*$/.test(cell) ? `${cell.trim()}万元` : cell));
    if (result.join('') !== line) changed = true;
    return result.join('');
  });
  if (!changed) return text;
  return edited.join('\n').replace(UNIT_IN_HEADER, '');
}

/** A header label that is a whole cell (or a whole cell's start before its colon). */
const SPACEABLE_LABEL =
  /(?<=^|\t|\| ?)(项目名称|主管部门|实施单位|部门名称|单位名称|总分)(?=[:：]|\t| ?\||$)/gm;

/** Header labels written with a space between their characters, as Word forms align them. */
function spaceLabels(text: string): string {
  return text.replace(SPACEABLE_LABEL, (label) => [...label].join(' '));
}

/** A web page's frame: the site's navigation and date above, notes, print links and footer below. */
function withPageFrame(text: string): string {
  const above = [
    '首页 > 政务公开 > 财政资金 > 预算绩效',
    '发布时间：2024-06-18 09:30    来源：本站    浏览次数：127',
    '',
  ];
  const below = [
    '',
    '注：1.本表数据由单位自行填报，经主管部门审核。',
    '2.定性指标按“达成/部分达成/未达成”填写。',
    '',
    '【打印本页】 【关闭窗口】',
    '主办单位：某县人民政府办公室    网站标识码：0000000000',
  ];
  return [...above, text.trimEnd(), ...below].join('\n');
}

export const textEdits: readonly TextEdit[] = [
  { id: 'crlf', description: 'Windows 行尾 CRLF', apply: (text) => text.replace(/\r?\n/g, '\r\n') },
  {
    id: 'no-break-spaces',
    description: '空格写成不间断空格 (U+00A0)',
    apply: (text) => text.replace(/ /g, '\u00a0'),
  },
  {
    id: 'ideographic-padding',
    description: '行首行尾的全角空格 (U+3000)',
    apply: (text) => text.replace(/^(?=[^\t\n|])(.+)$/gm, '\u3000$1\u3000'),
  },
  { id: 'full-width', description: '全角数字和标点 ０-９％（）：', apply: toFullWidth },
  { id: 'traditional', description: '繁体字 (opencc cn → tw)', apply: (text) => toTraditional(text) },
  { id: 'page-frame', description: '网页的导航、发布时间、表下注释和页脚', apply: withPageFrame },
  { id: 'blank-lines-doubled', description: '空行成双', apply: (text) => text.replace(/\n\n/g, '\n\n\n') },
  { id: 'trailing-spaces', description: '行尾空格', apply: (text) => text.replace(/(?<=\S)$/gm, '   ') },
  { id: 'serial-column', description: '指标表前加“序号”栏 (制表符表)', apply: withSerialColumn },
  { id: 'thousands-separators', description: '千位分隔的金额 1,234.50', apply: keepingColumns(withThousandsSeparators) },
  {
    id: 'ascii-operators',
    description: '≥ ≤ 写成 >= <=',
    apply: keepingColumns((text) => text.replace(/≥/g, '>=').replace(/≤/g, '<=')),
  },
  {
    id: 'spaced-labels',
    description: '表头标签字间加空格（项 目 名 称）',
    apply: spaceLabels,
  },
  { id: 'bom', description: '文件开头的 BOM', apply: (text) => `\ufeff${text}` },
  { id: 'unit-in-each-cell', description: '万元写在每个金额后而非表头', apply: withUnitInEachCell },
  { id: 'final-accounts-page', description: '表在部门决算页面中：上有目录、决算表和说明，下有名词解释', apply: withinFinalAccountsPage },
  { id: 'report-below-table', description: '表下接着登出自评报告的正文（一、部门基本情况……）', apply: withReportBelow },
  { id: 'chinese-numeral-year', description: '年度写成汉字（二〇二四年度）', apply: withChineseNumeralYears },
  { id: 'year-without-du', description: '标题年度写成“2024年”（（2024年））', apply: withYearWithoutDu },
  {
    id: 'numbered-levels',
    description: '指标级次编号（一、产出指标 / （一）数量指标）',
    apply: withNumberedLevels,
  },
  { id: 'page-numbers', description: '表格跨页：行间的页码行（第 1 页 共 2 页）', apply: keepingLineEnds(withPageNumbers) },
  {
    id: 'header-repeated',
    description: '表格跨页：页码（- 1 -）后重复表头行（PDF、Word 文本）',
    apply: withHeaderRepeatedAfterPageBreak,
  },
  { id: 'percent-spaced', description: '百分号前有空格（95 %）', apply: keepingColumns(withSpaceBeforePercent) },
  {
    id: 'blank-line-between-rows',
    description: '每行之间一个空行（逐行成段的网页）',
    apply: withBlankLineBetweenRows,
  },
  { id: 'spaced-short-cells', description: 'PDF 把级次名和表头短单元格的字拉开（产 出 指 标）', apply: keepingLineEnds(withSpacedShortCells) },
  { id: 'numbered-names', description: '三级指标名称编号（1.名称，制表符表）', apply: keepingLineEnds(withNumberedNames) },
  { id: 'unit-column', description: '计量单位单列（≥120 | 公里，制表符表）', apply: keepingLineEnds(withUnitColumn) },
  {
    id: 'merged-cells-repeated',
    description: '合并单元格在所跨的每格重复（python-docx：级次向下、标签值向右）',
    apply: keepingLineEnds(withMergedCellsRepeated),
  },
  { id: 'docx2txt-cells', description: '每格一行、行首制表符、行间空行（docx2txt）', apply: keepingLineEnds(withDocx2txtCells) },
  { id: 'cell-per-line', description: '每格一行、空格不留、无行界（pdftotext 无 -layout、表格存为文本）', apply: keepingLineEnds(withCellPerLine) },
  {
    id: 'layout-wrapped',
    description: 'PDF 版式文本（pdftotext -layout）：栏位固定、长单元格在栏内折行并垂直居中、合并的级次居中于所跨各行',
    apply: keepingLineEnds(withLayoutWrappedCells),
  },
  { id: 'markdown-pipes', description: 'Markdown 管道表（| a | b |，首行下 |---|，合并处空格）', apply: keepingLineEnds(withMarkdownPipeTables) },
];
