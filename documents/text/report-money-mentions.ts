/**
 * The pieces of a report's running text that matter for money: amounts with their labels
 * ("基本工资1291.54万元"), the words that open an itemisation (其中：, 包含：), and the punctuation
 * that separates or ends items. A report line becomes a flat token stream that
 * report-money-lists.ts folds into nested lists.
 */
import { Dec, formatDecimal } from '../../core/decimal.ts';
import { parseAmount } from './amounts.ts';

export interface MoneyMention {
  label: string;
  /** 万元, exact. */
  amount: string;
  /** 1-based line. */
  line: number;
  /** The year the label opens with ("2022年全年执行数" → 2022), when it names one. */
  year?: number;
}

/** How strongly punctuation separates: 1 "，、", 2 "；" or an item's line end, 3 "。", 4 a heading or blank line. */
export type Strength = 1 | 2 | 3 | 4;

/**
 * `gap` says that other words stand between the previous token and this one (bracketed words
 * excepted), so "…5855.5万元。其中：" itemises the amount while "…350万元，完成建设，其中：" does not.
 */
export type MoneyToken =
  | { type: 'money'; mention: MoneyMention; hasTextBefore: boolean }
  | { type: 'itemisation'; gap: boolean }
  | { type: 'separator'; strength: Strength; gap: boolean }
  | { type: 'bracket'; opens: boolean; gap: boolean };

/**
 * An amount in 元, 万元 or 亿元. "万" alone counts only before punctuation or the line end, so
 * "20.1万株" and "1.5万多人" are not money while "平安电子监控服务费1128万；" is.
 */
const AMOUNT = String.raw`(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|万(?=[\s，。；、,;.:：)）]|$))`;
/** Words that open an itemisation of the amount just written (其中：A…；B…). */
const ITEMISATION = String.raw`(?:其中|包含|包括|分别为|具体为|明细如下)\s*[：:]|其中[，,]?`;
const SEPARATOR = String.raw`[，,、；;。!！?？]`;
const TOKEN_PATTERN = new RegExp(`${AMOUNT}|(${ITEMISATION})|(${SEPARATOR})|([（(])|([）)])`, 'g');

/** Enumerators in front of a label: "1、", "（2）", "①", "一是". */
const ENUMERATOR = /^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）、.．]|[①-⑳]|[一二三四五六七八九十]是)\s*/;
/**
 * Lead-ins before the real label: "本单位2023年基本支出" → "基本支出". 全年 before 预算 is the label's own word
 * ("全年预算40万元" is the adjusted budget, "预算" alone is a budget of no kind; reports-25).
 */
const LEAD_IN =
  /^(?:(?:本单位|本部门|我局|我单位|单位|部门)?(?:(?:19|20)\d{2}\s*年度?)(?:本单位|本部门|我局|我单位|全年(?!预算))?|(?:本单位|本部门|我局|我单位)?(?:本年度|本年|全年(?!预算)|当年)|本单位|本部门|我局|我单位)/;
/**
 * Verbs between a label and its amount: "基本支出为5105.15万元", "共计". The 为 of 调整为 stays: "预算调整为45万元"
 * states the adjusted budget, "预算调整5万元" a change.
 */
const TRAILING_VERB = /(?:(?<!调整)为|是|共计|合计|总计|共|计|达|约)$/;

/** Converts an amount written with its unit to 万元, exactly. */
function toTenThousandYuan(number: string, unit: string): string | null {
  const amount = parseAmount(number);
  if (amount === null) return null;
  if (unit === '元') return formatDecimal(new Dec(amount).div(10000));
  if (unit === '亿元') return formatDecimal(new Dec(amount).times(10000));
  return amount;
}

/** Cleans the text before an amount into its label; keeps names such as "2023年涉毒特殊人员收治". */
export function cleanLabel(text: string, { isParent }: { isParent: boolean }): string {
  const parts = text.split(/[：:]/).map((part) => part.trim());
  let label = [...parts].reverse().find((part) => part !== '') ?? '';
  // A currency sign before the figure ("全年执行数为￥1,485,000.00元") is no part of the label.
  label = label.replace(/\s+/g, '').replace(ENUMERATOR, '').replace(/[￥¥]$/, '').replace(TRAILING_VERB, '');
  // A parent's "2023年度本部门" is a lead-in; an item's "2023年…经费" is part of the item's name.
  if (isParent) label = label.replace(LEAD_IN, '');
  return label;
}

/** The year a label opens with, after its enumerator and the unit's name ("本单位2022年…" → 2022); a date is none. */
const LABEL_YEAR = /^(?:本单位|本部门|我局|我单位|单位|部门)?((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;

/** The year the text before an amount opens its label with, or null ("2022年度全年执行数" → 2022). */
export function findLabelYear(text: string): number | null {
  const parts = text.split(/[：:]/).map((part) => part.trim());
  const label = ([...parts].reverse().find((part) => part !== '') ?? '').replace(/\s+/g, '').replace(ENUMERATOR, '');
  const year = LABEL_YEAR.exec(label)?.[1];
  return year === undefined ? null : Number(year);
}

/** A line that only names a sub-section ("（二）项目支出情况", "1、基本支出情况：") ends every open list. */
function isHeadingLine(line: string): boolean {
  const text = line.trim();
  return /^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[、.．)）])/.test(
    text,
  );
}

/** A line's own enumerator ("1、", "（二）", "①"): its "、" numbers the line, it separates nothing. */
const LINE_ENUMERATOR =
  /^\s*(?:[（(]?\d{1,2}[)）]|\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])\s*/;

const BREAK: MoneyToken = { type: 'separator', strength: 4, gap: false };

/** A line that can matter only through its punctuation: no amount, no itemisation word, no bracket. */
const HAS_MONEY_OR_STRUCTURE = /\d\s*(?:亿元|万元|元|万)|其中|包含|包括|分别为|具体为|明细如下|[（()）]/;

/**
 * The single token a plain narrative line stands for: its strongest punctuation, with a gap for
 * its words. Folding gives the same lists as one token per mark, at a fraction of the cost.
 */
function summarizePlainLine(line: string): MoneyToken[] {
  const strength: Strength | null = /[。!！?？]/.test(line)
    ? 3
    : /[；;]/.test(line)
      ? 2
      : /[，,、]/.test(line)
        ? 1
        : null;
  return strength === null ? [] : [{ type: 'separator', strength, gap: true }];
}

/** The tokens of one normalised line; `lineNumber` is 1-based. */
export function tokenizeLine(line: string, lineNumber: number): MoneyToken[] {
  if (line.trim() === '') return [BREAK];
  if (!HAS_MONEY_OR_STRUCTURE.test(line)) return isHeadingLine(line) ? [BREAK] : summarizePlainLine(line);
  const tokens: MoneyToken[] = [];
  /** Where the current label began: after the last amount, separator or itemisation word. */
  let labelStart = LINE_ENUMERATOR.exec(line)?.[0].length ?? 0;
  /** Where the previous token ended, for `gap`. */
  let previousEnd = labelStart;
  TOKEN_PATTERN.lastIndex = labelStart;
  for (let match = TOKEN_PATTERN.exec(line); match !== null; match = TOKEN_PATTERN.exec(line)) {
    const end = match.index + match[0].length;
    const gap = line.slice(previousEnd, match.index).trim() !== '';
    previousEnd = end;
    if (match[1] !== undefined && match[2] !== undefined) {
      const amount = toTenThousandYuan(match[1], match[2]);
      if (amount === null) continue;
      const label = line.slice(labelStart, match.index);
      labelStart = end;
      // The raw label is kept; which lead-ins to drop depends on the role, decided later.
      tokens.push({
        type: 'money',
        mention: { label, amount, line: lineNumber },
        hasTextBefore: label.trim() !== '',
      });
    } else if (match[3] !== undefined) {
      labelStart = end;
      tokens.push({ type: 'itemisation', gap });
    } else if (match[4] !== undefined) {
      labelStart = end;
      const strength: Strength = /[；;]/.test(match[4]) ? 2 : /[。!！?？]/.test(match[4]) ? 3 : 1;
      tokens.push({ type: 'separator', strength, gap });
    } else {
      // Brackets stay inside labels ("医疗保险（单位部分）"); their words are no gap.
      tokens.push({ type: 'bracket', opens: match[5] !== undefined, gap: match[5] !== undefined && gap });
    }
  }
  // Items written one per line without punctuation: the line end separates them like "；".
  if (tokens.at(-1)?.type === 'money' && line.slice(previousEnd).trim() === '') {
    tokens.push({ type: 'separator', strength: 2, gap: false });
  }
  const hasMoney = tokens.some((token) => token.type === 'money');
  if (!isHeadingLine(line)) return tokens;
  if (!hasMoney) return [BREAK];
  // "（二）项目支出情况：项目支出678万元" starts a new sub-section; "1、巡辅警经费…" may be an item.
  return /^[（(]?[一二三四五六七八九十]/.test(line.trim()) ? [BREAK, ...tokens] : tokens;
}
