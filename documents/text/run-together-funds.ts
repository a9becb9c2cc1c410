/**
 * A funds block run together with no separator at all, as a web page gives a whole self-evaluation
 * on one line: "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:363610100.00%10".
 * The header is a run of budget column labels of the vocabulary (documents/vocabulary/labels.ts);
 * the total row's digits are cut into one value per column in every possible way, and a cut is
 * kept only when it is the single one that agrees with itself: amounts without leading zeros,
 * 分值/得分 at most 100 with 得分 ≤ 分值, and the written 执行率 equal to 执行数 ÷ 预算数. Without a
 * rate to check, or with two cuts left, nothing is read (never a guess). Where the line keeps single
 * spaces between the cells, the spaces cut the row instead (spacedValues). The result is the block
 * as rows of cells for readSelfEvaluationBudget.
 */
import { findHeaderInLine } from '../grid/detectors/run-together-words.ts';
import type { BudgetColumnRole } from '../vocabulary/labels.ts';
import { currentVocabulary } from '../vocabulary/profiles/index.ts';
import { fundLabelIndex, fundTotalLabels, isFundRowLabel } from '../vocabulary/fund-labels.ts';
import { withGluedAmountsSplit } from './glued-amounts.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';

/** A label's bracketed note: "(A)", "(B/A)", "（%）", "(万元)", "(20分*执行率)" (the score's rule, Hubei). */
const LABEL_NOTE = /^[(（][^()（）]{1,12}[)）]/;
const AMOUNT = /^(?:0|[1-9]\d{0,9})(?:\.\d{1,4})?$/;
const POINTS = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;
/** The longest block name between the header and the total row ("项目资金（万元）", "预算申请（万元）"). */
const MAX_BLOCK_NAME = 16;
/** At most this many steps of the search (a run is short; this bounds a hostile one). */
const MAX_STEPS = 200_000;

interface HeaderRun {
  labels: string[];
  roles: BudgetColumnRole[];
  end: number;
}

function columnLabels(): Array<[string, BudgetColumnRole]> {
  const entries = Object.entries(currentVocabulary().budgetColumnLabels) as Array<[BudgetColumnRole, readonly string[]]>;
  return entries.flatMap(([role, labels]) => labels.map((label): [string, BudgetColumnRole] => [label, role])).sort((a, b) => b[0].length - a[0].length);
}

/**
 * The longest run of column labels starting at `at`, each label with its note, each role once:
 * every label that fits is tried ("执行率得分" is one label, but "执行率" + "得分" make the longer run).
 */
function headerRunAt(text: string, at: number, labels: ReadonlyArray<[string, BudgetColumnRole]>, roles: readonly BudgetColumnRole[] = []): HeaderRun {
  let best: HeaderRun = { labels: [], roles: [], end: at };
  for (const [label, role] of labels) {
    if (!text.startsWith(label, at) || roles.includes(role)) continue;
    const note = LABEL_NOTE.exec(text.slice(at + label.length))?.[0] ?? '';
    const rest = headerRunAt(text, at + label.length + note.length, labels, [...roles, role]);
    if (rest.roles.length + 1 > best.roles.length)
      best = { labels: [label + note, ...rest.labels], roles: [role, ...rest.roles], end: rest.end };
  }
  return best;
}

function findHeaderRun(text: string): HeaderRun | null {
  const labels = columnLabels();
  for (let at = 0; at < text.length; at++) {
    const run = headerRunAt(text, at, labels);
    const hasBudget = run.roles.includes('adjusted') || run.roles.includes('initial');
    if (run.roles.length >= 3 && hasBudget && run.roles.includes('executed')) return run;
  }
  return null;
}

/**
 * Every cut of `digits` into one value per role (the rate keeps its "%") that agrees with itself
 * (see agrees; checked as soon as the rate is placed, which prunes the search).
 */
export function cuts(digits: string, roles: readonly BudgetColumnRole[]): string[][] {
  const results: string[][] = [];
  let steps = 0;
  const walk = (at: number, index: number, values: string[]): void => {
    if (++steps > MAX_STEPS) return;
    if (index === roles.length) {
      if (at === digits.length && agrees(values, roles)) results.push(values);
      return;
    }
    const role = roles[index];
    for (let end = at + 1; end <= digits.length; end++) {
      const piece = digits.slice(at, end);
      if (role === 'executionRate') {
        if (!piece.endsWith('%') || !AMOUNT.test(piece.slice(0, -1))) continue;
        const placed = [...values, piece];
        if (agrees(placed, roles.slice(0, placed.length), true)) walk(end, index + 1, placed);
      } else if (!piece.includes('%') && (role === 'weight' || role === 'score' ? POINTS : AMOUNT).test(piece)) {
        if ((role === 'weight' || role === 'score') && Number(piece) > 100) break;
        walk(end, index + 1, [...values, piece]);
      }
    }
  };
  walk(0, 0, []);
  return results;
}

/** The rate equals 执行数 ÷ 预算数 and 得分 ≤ 分值; `isPartial` lets a value not yet placed pass. */
function agrees(values: readonly string[], roles: readonly BudgetColumnRole[], isPartial = false): boolean {
  const of = (role: BudgetColumnRole) => {
    const index = roles.indexOf(role);
    return index < 0 ? undefined : values[index];
  };
  const rate = of('executionRate');
  const executed = of('executed');
  const budget = of('adjusted') ?? of('initial');
  if (rate === undefined || executed === undefined || budget === undefined) return isPartial && rate === undefined;
  if (Number(budget) === 0) return false;
  const written = rate.slice(0, -1);
  const decimals = written.split('.')[1]?.length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  if (Math.abs((Number(executed) / Number(budget)) * 100 - Number(written)) > tolerance) return false;
  const weight = of('weight');
  const score = of('score');
  return weight === undefined || score === undefined || Number(score) <= Number(weight);
}

/**
 * Of the cuts that agree, the one a table most likely wrote: fewest zero cells (an empty 执行数 is
 * written "0.00", not cut out of a longer number), then 得分 = 分值 × 执行率 (the usual rule).
 * Null when two cuts stay equally likely.
 */
function leastUnlikely(candidates: readonly string[][], roles: readonly BudgetColumnRole[]): string[] | null {
  const doubt = (values: readonly string[]): number => {
    const of = (role: BudgetColumnRole) => Number((values[roles.indexOf(role)] ?? '').replace('%', ''));
    const zeros = values.filter((value) => Number(value.replace('%', '')) === 0).length;
    const hasRule = roles.includes('weight') && roles.includes('score');
    const ruleBroken = hasRule && Math.abs(of('score') - (of('weight') * Math.min(of('executionRate'), 100)) / 100) > 0.5;
    return zeros * 2 + (ruleBroken ? 1 : 0);
  };
  const ranked = candidates.map((values) => ({ values, doubt: doubt(values) })).sort((a, b) => a.doubt - b.doubt);
  const [best, next] = ranked;
  return best && (next === undefined || next.doubt > best.doubt) ? best.values : null;
}

/**
 * The total row's values where the line keeps a space between cells ("年度资金总额: 90 89.97 89.97 10
 * 100% 10", a whole table on one line with single spaces): exactly one number per column, then words
 * or the end. The spaces are the cells' own bounds, so nothing is guessed and no rate is needed (a
 * rate the table got wrong is read as written, for the checks to flag). Null when the values are not
 * spaced so (run together, or a cell left out).
 */
function spacedValues(text: string, rowLabel: string, roles: readonly BudgetColumnRole[]): string[] | null {
  const tokens = tokensAfter(text, rowLabel);
  if (tokens === null) return null;
  const values = leadingFigures(tokens);
  // The 得分 left unfilled (the unit wrote its 分值 only): the figures fill every column before it, and the written
  // 执行率 agrees with them (one figure short otherwise is a cell missing, not an empty 得分).
  if (values.length === roles.length - 1 && roles.at(-1) === 'score') {
    const unfilled = fitValues(values, roles.slice(0, -1));
    if (unfilled && agrees(unfilled, roles.slice(0, -1))) return [...unfilled, ''];
  }
  if (values.length === roles.length - 1) return splitFourthDecimal(values, roles);
  return values.length === roles.length ? fitValues(values, roles) : null;
}

/** The words after a row label on a spaced line (its colon dropped), or null when the label is not there. */
function tokensAfter(text: string, rowLabel: string): string[] | null {
  const at = text.indexOf(rowLabel);
  if (at < 0) return null;
  return text
    .slice(at + rowLabel.length)
    .replace(/^\s*[:：]/, '')
    .trim()
    .split(/\s+/);
}

/** The figures a run of words opens with, thousands separators dropped (the cells of one spaced row). */
function leadingFigures(tokens: readonly string[]): string[] {
  const values: string[] = [];
  for (const token of tokens) {
    const value = token.replace(/,/g, '').replace('％', '%');
    if (/^\d[\d.]*%?$/.test(value)) {
      values.push(value);
      continue;
    }
    // The row's last cell glued to the words after the block ("97.5%一级指标…", no space before the next table).
    const glued = GLUED_LAST_FIGURE.exec(value)?.[1];
    if (glued !== undefined) values.push(glued);
    break;
  }
  return values;
}

/** A rate or amount right before Chinese words, with nothing between. */
const GLUED_LAST_FIGURE = /^(\d[\d.]*%?)[\u4e00-\u9fff]/;

/** A cell of a part row: a figure, or the dash a template writes under 分值 / 执行率 / 得分. */
const PART_VALUE = /^(?:\d[\d.,]*%?|[-—–/／])$/;
const OF_WHICH_WORD = /^其中[:：]?$/;

/**
 * The part rows after a spaced total row, on the same line ("年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90
 * 89.97 89.97 上年结转资金 其他资金"): each funds row label of the vocabulary with the figures after it. A label
 * with no figure (an empty row) gives no row; the run ends at the first word that is neither a label nor a
 * figure (年度总体目标 …). The rows are read under the header's columns like a tab row's.
 */
function spacedPartRows(tokens: readonly string[], line: number, total: { roles: readonly BudgetColumnRole[]; values: readonly string[] }): TableRow[] {
  const columnCount = total.roles.length;
  const rows: TableRow[] = [];
  let current: string[] | null = null;
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index] as string;
    // "其中: 本年财政拨款": the lead-in a space parted from its label.
    if (OF_WHICH_WORD.test(token) && tokens[index + 1] !== undefined) token += tokens[++index];
    if (isFundRowLabel(token) && !fundTotalLabels().some((label) => compact(token).startsWith(label))) {
      current = [token.replace(/[:：]$/, '')];
      rows.push({ line, cells: current, cellLines: [line] });
    } else if (current !== null && PART_VALUE.test(token) && current.length <= columnCount) {
      current.push(token.replace(/,/g, ''));
      rows[rows.length - 1]?.cellLines.push(line);
    } else {
      break;
    }
  }
  return rows.flatMap((row) => partRowWithGlueSplit(row, total));
}

/**
 * A part row whose amounts a glue holds ("286.4243.44") with the glue cut (glued-amounts.ts); the row
 * without values when the glue stays unread, and no row at all when it has no value.
 */
function partRowWithGlueSplit(row: TableRow, total: { roles: readonly BudgetColumnRole[]; values: readonly string[] }): TableRow[] {
  const [label = '', ...values] = row.cells;
  const split = withGluedAmountsSplit(values, total);
  if (split === null || split.length === 0) return [];
  return [{ line: row.line, cells: [label, ...split], cellLines: [row.line, ...split.map(() => row.line)] }];
}

/** How far after a run-together total row its part rows may stand (the row's 得分计算方法 text between). */
const PART_ROWS_WINDOW = 160;

/**
 * The part rows after a total row run together with its header ("…年度资金总额：286.4243.441085%8.5执行率*该指标
 * 分值，最高不得超过分值上限。其中：本年一般公共预算拨款 286.4243.44   其他资金     年度总体目标…"): from the first
 * funds row label of four characters or more within a short stretch after the total's figures, each label and
 * the figures after it, spaced or glued, while the next words are a funds row label again. A row without
 * figures (其他资金 left empty) gives no row.
 */
function runTogetherPartRows(text: string, rowLabel: string, line: number, total: { roles: readonly BudgetColumnRole[]; values: readonly string[] }): TableRow[] {
  const labelAt = text.indexOf(rowLabel);
  if (labelAt < 0) return [];
  const afterTotal = labelAt + rowLabel.length + (/^[\s:：]*[\d.,%]*/.exec(text.slice(labelAt + rowLabel.length))?.[0].length ?? 0);
  const window = text.slice(afterTotal, afterTotal + PART_ROWS_WINDOW);
  const first = firstPartLabel(window);
  if (first === null) return [];
  const words = window.slice(first).trim().split(/\s+/);
  return spacedPartRows(splitLabelAndFigures(words), line, total);
}

/** Where the first funds row label of four characters or more stands in the text (with a 其中 before it), or null. */
function firstPartLabel(text: string): number | null {
  let best: number | null = null;
  const { rowLabelsByLength, slotByLabel } = fundLabelIndex();
  for (const label of rowLabelsByLength) {
    if (slotByLabel.get(label) === 'total') continue;
    const at = text.indexOf(label);
    if (at >= 0 && (best === null || at < best)) best = at;
  }
  if (best === null) return null;
  // The lead-in before the label ("其中：本年财政拨款") opens the row.
  const before = text.slice(0, best).trimEnd().replace(/[:：]$/, '').trimEnd();
  return before.endsWith('其中') ? before.length - '其中'.length : best;
}

/** Words with a label and its figures written together ("本年财政拨款3636") parted at the first digit. */
function splitLabelAndFigures(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    // The figures at the word's end: scanned back from its end (a pattern would move quadratically over digits).
    let start = word.endsWith('%') ? word.length - 1 : word.length;
    while (start > 0 && /[\d.,]/.test(word.charAt(start - 1))) start--;
    while (start < word.length && !/\d/.test(word.charAt(start))) start++;
    if (start === 0 || start >= word.length || !isFundRowLabel(word.slice(0, start))) return [word];
    return [word.slice(0, start), word.slice(start)];
  });
}

/** The values as the columns hold them (a rate written without its sign is still a percentage), or null when one does not fit. */
function fitValues(values: readonly string[], roles: readonly BudgetColumnRole[]): string[] | null {
  const fits = values.every((value, index) => {
    const role = roles[index];
    if (role === 'executionRate') return AMOUNT.test(value.replace(/%$/, ''));
    if (value.endsWith('%')) return false;
    return role === 'weight' || role === 'score' ? POINTS.test(value) && Number(value) <= 100 : AMOUNT.test(value);
  });
  return fits ? values.map((value, index) => (roles[index] === 'executionRate' && !value.endsWith('%') ? `${value}%` : value)) : null;
}

/**
 * A spaced row one value short where a value has four decimals: normalising joined an amount with three
 * decimals and the one-digit cell after it as a narrow cell's wrapped fourth decimal ("89.974 5" →
 * "89.9745", documents/text/normalize.ts SPLIT_LONG_DECIMALS). Split back, the row is taken only when
 * exactly one such split fits the columns and agrees with the written 执行率.
 */
function splitFourthDecimal(values: readonly string[], roles: readonly BudgetColumnRole[]): string[] | null {
  if (!roles.includes('executionRate')) return null;
  const candidates = values.flatMap((value, index) => {
    const joined = /^(\d+\.\d{3})(\d)$/.exec(value);
    if (!joined) return [];
    const fitted = fitValues([...values.slice(0, index), joined[1] as string, joined[2] as string, ...values.slice(index + 1)], roles);
    return fitted && agrees(fitted, roles) ? [fitted] : [];
  });
  return candidates.length === 1 ? (candidates[0] as string[]) : null;
}

/** An amount written right after a column label (and its note): "全年预算数(A)240". */
const AMOUNT_AFTER_LABEL = /^(?:0|[1-9]\d{0,9})(?:\.\d{1,4})?(?!\d|\.\d|%|％)/;

/**
 * A total row's label before the header, whose first column label carries the row's one written figure
 * ("年度资金总额全年预算数(A)240全年执行数(B)执行率(B/A)其中…", a Ningxia 自评表 run together: the page printed the
 * year's budget beside its label and the other figures of the block on lines of their own). The figure is that
 * column's; the other columns stay empty, for no figure after them says which they hold. Null otherwise.
 */
function readFigureAfterFirstLabel(compacted: string, line: number): TableRow[] | null {
  const labels = columnLabels();
  for (const rowLabel of fundTotalLabels().filter((label) => label.length >= MIN_ROW_LABEL)) {
    const at = compacted.indexOf(rowLabel);
    if (at < 0) continue;
    const start = at + rowLabel.length;
    const first = headerRunAt(compacted, start, labels);
    if (first.roles.length === 0) continue;
    // The first label alone with its figure: a longer run before a figure is a header of its own (findHeaderRun's).
    const firstLabel = { labels: first.labels.slice(0, 1), roles: first.roles.slice(0, 1) };
    const labelEnd = start + (firstLabel.labels[0] ?? '').length;
    const figure = AMOUNT_AFTER_LABEL.exec(compacted.slice(labelEnd))?.[0];
    if (figure === undefined) continue;
    const rest = headerRunAt(compacted, labelEnd + figure.length, labels, firstLabel.roles);
    const roles = [...firstLabel.roles, ...rest.roles];
    const hasBudget = roles[0] === 'adjusted' || roles[0] === 'initial';
    if (!hasBudget || !roles.includes('executed') || rest.roles.length < 2) continue;
    const headerLabels = [...firstLabel.labels, ...rest.labels];
    const values = headerLabels.map((_, index) => (index === 0 ? figure : ''));
    return [
      { line, cells: ['', ...headerLabels], cellLines: [line, ...headerLabels.map(() => line)] },
      { line, cells: [rowLabel, ...values], cellLines: [line, ...values.map(() => line)] },
    ];
  }
  return null;
}

/** The shortest total row label read before a header (年度资金总额, 资金总额; never 合计 inside a name). */
const MIN_ROW_LABEL = 4;

/** The funds block of a run-together line as rows (header, total), or null when it has none or its digits are ambiguous. */
export function readRunTogetherFunds(text: string, line: number): TableRow[] | null {
  const compacted = compact(text);
  const header = findHeaderRun(compacted);
  if (!header) return readFigureAfterFirstLabel(compacted, line);
  const totalLabels = fundTotalLabels();
  // The row label follows the header, or the block's own name the table wrote between them in its
  // first column ("预算申请（万元）年度资金总额…", a merged cell read after the header): no figure before it.
  const after = compacted.slice(header.end);
  const found = totalLabels
    .map((label) => ({ label, at: after.indexOf(label) }))
    .filter(({ at }) => at >= 0 && at <= MAX_BLOCK_NAME && !/\d/.test(after.slice(0, at)))
    .sort((a, b) => a.at - b.at || b.label.length - a.label.length)[0];
  if (found === undefined) return null;
  const rowLabel = found.label;
  const rest = after.slice(found.at);
  const spaced = spacedValues(text, rowLabel, header.roles);
  // Run together, the written rate is what checks a cut: without a "%" there is nothing to read.
  if (!spaced && !text.includes('%') && !text.includes('％')) return null;
  const digits = /^[:：]?([\d.,%]+)/.exec(rest.slice(rowLabel.length))?.[1]?.replace(/,/g, '') ?? '';
  const values = spaced ?? leastUnlikely(cuts(digits, header.roles), header.roles);
  if (!values) return null;
  const tokens = spaced ? (tokensAfter(text, rowLabel) ?? []) : [];
  return [
    { line, cells: ['', ...header.labels], cellLines: [line, ...header.labels.map(() => line)] },
    { line, cells: [rowLabel, ...values], cellLines: [line, ...values.map(() => line)] },
    ...(spaced
      ? spacedPartRows(tokens.slice(leadingFigures(tokens).length), line, { roles: header.roles, values })
      : runTogetherPartRows(text, rowLabel, line, { roles: header.roles, values })),
  ];
}

/**
 * The funds block run together on the indicator header's own line (a whole table on one line),
 * which the rows above the header do not hold; none for any other header line.
 */
export function fundRowsOfHeaderLine(lines: readonly string[], headerLine: number | undefined): TableRow[] {
  if (headerLine === undefined) return [];
  const text = lines[headerLine - 1] ?? '';
  const labelled = labelledAmountRow(text, headerLine);
  return [...(readRunTogetherFunds(text, headerLine) ?? []), ...(labelled ? [labelled] : [])];
}

/** A cell holding its label and amount: "其中：一般公共预算：33700.84", "项目支出：21905.55". */
const LABELLED_AMOUNT_CELL = /^[^\s:：\d]{2,24}[:：](?:[^\s:：\d]{2,24}[:：])?-?[\d,]+(?:\.\d+)?$/;

/**
 * The "label：amount" cells of a whole table on one line, before its indicator header (the 部门整体
 * funds by source and by nature): one row of those cells, as a table row holding them reads them.
 * Single spaces are the cells' bounds there; null when the line has no such cell or no header inside.
 */
function labelledAmountRow(text: string, line: number): TableRow | null {
  if (/\t|\|/.test(text)) return null;
  const before = findHeaderInLine(text)?.before;
  if (before === undefined) return null;
  const cells = before.split(' ').filter((word) => LABELLED_AMOUNT_CELL.test(word));
  return cells.length === 0 ? null : { line, cells, cellLines: cells.map(() => line) };
}
