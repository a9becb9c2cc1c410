/**
 * Itemised money lists in a report's running text, each level its own list, as the document
 * wrote them (no sums are checked here: core/checks compares each amount with Σ items):
 *
 *   基本支出5105.15万元，其中：工资福利支出4035.19万元，包含：基本工资1291.54万元，…；
 *   一般商品及服务支出960.39万元，包含：公用经费960.39万元；…
 *
 * gives 基本支出 → [工资福利支出, 一般商品及服务支出, …] and 工资福利支出 → [基本工资, …].
 * A list's separator is the punctuation after its first item; stronger punctuation closes it
 * (so "；" closes a "，"-list nested in a "；"-list), and "。", a blank line or a sub-heading close
 * all. Amounts without 其中/包含 are mentions, not lists.
 */
import type { MoneyList } from '../../core/model.ts';
import {
  cleanLabel,
  findLabelYear,
  tokenizeLine,
  type MoneyMention,
  type MoneyToken,
  type Strength,
} from './report-money-mentions.ts';

interface OpenList {
  list: MoneyList & { line: number };
  separator: Strength | null;
  /** Order of opening, so outer lists come before the lists nested in them. */
  order: number;
  /** Bracket depth at opening: "（其中：…）" ends with its closing bracket. */
  depth: number;
}

export interface ReportMoney {
  lists: Array<MoneyList & { line: number }>;
  /** Every amount with its label (parents with lead-ins dropped), for budget figures. */
  mentions: MoneyMention[];
}

/** The words of an amount that sums the items before it rather than adding one. */
const SUBTOTAL_LABEL = /^\s*(?:以上)?(?:合计|共计|总计|小计|累计|共)\s*(?:(?:[:：]|为|支出)\s*)?$/;

/** The itemised lists and all labelled amounts of a report's lines. */
export function extractMoneyLists(lines: readonly string[]): ReportMoney {
  const tokens: MoneyToken[] = lines.flatMap((line, index) => tokenizeLine(line, index + 1));
  const lists: Array<{ list: MoneyList & { line: number }; order: number }> = [];
  const mentions: MoneyMention[] = [];
  const open: OpenList[] = [];
  let pending: Strength | null = null;
  let opened = 0;
  /** The last amount, while only punctuation follows it: the parent of a following 其中. */
  let candidateParent: MoneyMention | null = null;

  const closeTop = (): void => {
    const top = open.pop();
    if (top && top.list.items.length > 0) lists.push({ list: top.list, order: top.order });
  };
  const applySeparator = (strength: Strength): void => {
    while (open.length > 0) {
      const top = open[open.length - 1] as OpenList;
      const parent = open[open.length - 2];
      const belongsToParent = parent?.separator != null && strength >= parent.separator;
      if (strength >= 3 || belongsToParent || (top.separator !== null && strength > top.separator)) {
        closeTop();
        continue;
      }
      if (top.separator === null) top.separator = strength;
      return;
    }
  };

  let depth = 0;

  for (const token of tokens) {
    if (token.type !== 'money' && token.gap) candidateParent = null;
    if (token.type === 'bracket') {
      if (token.opens) depth += 1;
      else {
        while (open.length > 0 && (open[open.length - 1] as OpenList).depth >= depth && depth > 0) closeTop();
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (token.type === 'separator') {
      pending = Math.max(pending ?? 0, token.strength) as Strength;
      if (token.strength === 4) {
        applySeparator(4);
        pending = null;
        candidateParent = null;
        depth = 0;
      }
      continue;
    }
    if (token.type === 'itemisation') {
      // "…5855.5万元。其中：" — the full stop ends what came before, not the amount's itemisation.
      if (pending !== null && pending >= 3) applySeparator(pending);
      pending = null;
      if (candidateParent) {
        const top = open[open.length - 1];
        const isItemOfTop = top?.list.items.at(-1) === candidateParent;
        if (!isItemOfTop) while (open.length > 0) closeTop();
        const { label, amount, line } = candidateParent;
        open.push({ list: { label, amount, items: [], line }, separator: null, order: opened, depth });
        opened += 1;
      }
      candidateParent = null;
      continue;
    }
    if (pending !== null) applySeparator(pending);
    pending = null;
    if (open.length > 0 && SUBTOTAL_LABEL.test(token.mention.label)) {
      // "…，合计30万元" restates the list's total: it ends the list and is no item of it.
      closeTop();
      candidateParent = null;
      continue;
    }
    const top = open[open.length - 1];
    const year = findLabelYear(token.mention.label);
    const mention: MoneyMention = {
      ...token.mention,
      label: cleanLabel(token.mention.label, { isParent: top === undefined }),
      ...(year === null ? {} : { year }),
    };
    mentions.push(mention);
    if (top) top.list.items.push(mention);
    // An amount with no label of its own ("，共计3万元" after an item) cannot be itemised.
    candidateParent = token.hasTextBefore ? mention : null;
  }
  while (open.length > 0) closeTop();
  lists.sort((left, right) => left.order - right.order);
  return {
    lists: lists.map(({ list: { label, amount, items, line } }) => ({
      label,
      amount,
      items: items.map((item) => ({ label: item.label, amount: item.amount })),
      line,
    })),
    mentions,
  };
}
