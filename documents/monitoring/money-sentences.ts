/**
 * Money sentences of narrative monitoring reports: each clause with an amount tells what the sum
 * is — 预算 (budget), 到位 (received), 使用/支付 (spent), 执行 (executed), 预计 (forecast) — and
 * each stated rate what was divided by what, when the text says (占到位资金的…, 到位率 of the
 * budget; a 使用率 in a sentence about 到位 funds only is of the received funds; in a sentence giving both
 * the budget and 到位 funds, of the one its figures give).
 */
import type { MoneyFact, MoneyFactKind, StatedRate } from '../../core/monitoring/schema.ts';
import { compact } from '../text/normalize.ts';
import { parseWrittenAmount } from './amount.ts';
import { findRateBaseByFigures } from './rate-base.ts';
import {
  expenditureCategories,
  forecastRateWords,
  moneyNotFactWords,
  moneyWords,
  rateBaseWords,
  rateWords,
  shareOfBase,
} from './vocabulary.ts';

// Starts only where a run of digits starts (clauses hold no commas), so a long run is read once.
const AMOUNT = /(?<![\d,，])(\d[\d,，]*(?:\.\d+)?)(亿元|万元|元)/g;
const RATE = /([\u4e00-\u9fa5]{0,8}?(?:率|进度))(?:为|达到?|是|了)?(\d+(?:\.\d+)?)%/g;

/** Each kind's words, found anywhere in a clause. */
const MONEY_WORDS_ANYWHERE = moneyWords.map(
  ([kind, pattern]) => [kind, new RegExp(pattern.source, 'g')] as const,
);

/**
 * What the sum after these words is: a forecast when they say 预计, else the kind whose word stands last,
 * nearest the amount ("项目支出预算40万元" a budget, "到位资金中已支出12.5万元" spent).
 */
function classifyClause(clause: string): MoneyFactKind | null {
  let found: MoneyFactKind | null = null;
  let foundEnd = -1;
  for (const [kind, pattern] of MONEY_WORDS_ANYWHERE) {
    for (const match of clause.matchAll(pattern)) {
      if (kind === 'forecast') return kind;
      const end = match.index + match[0].length;
      if (end > foundEnd) [found, foundEnd] = [kind, end];
    }
  }
  return found;
}

/**
 * What an amount is, by the words before it in its clause, else by the whole clause, with kinds of
 * expenditure (项目支出, 基本支出…) set aside: they name budget lines. An amount named only by one is
 * a part of the sentence's budget when it gave one (no fact), else spending.
 */
function classifyAmount(before: string, clause: string, sentenceHasBudget: boolean): MoneyFactKind | null {
  const clauseWithout = clause.replace(expenditureCategories, '');
  const kind = classifyClause(before.replace(expenditureCategories, '')) ?? classifyClause(clauseWithout);
  if (kind !== null || clauseWithout === clause) return kind;
  return sentenceHasBudget ? null : 'spent';
}

/** The amount of the last fact of a kind among a sentence's facts. */
function lastAmount(facts: readonly MoneyFact[], kinds: readonly MoneyFactKind[]): string | null {
  for (const kind of kinds) {
    const found = facts.findLast((fact) => fact.kind === kind);
    if (found) return found.amount;
  }
  return null;
}

/** Every money fact and stated rate of the lines (万元; line numbers 1-based). */
export function readMoneySentences(lines: readonly string[]): { facts: MoneyFact[]; rates: StatedRate[] } {
  const facts: MoneyFact[] = [];
  const rates: StatedRate[] = [];
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    for (const sentence of compact(text).split(/[。；;！!]/)) {
      const sentenceKinds = new Set<MoneyFactKind>();
      const sentenceFacts: MoneyFact[] = [];
      let lastKind: MoneyFactKind | null = null;
      for (const clause of sentence.split(/[，,]/)) {
        for (const match of clause.matchAll(AMOUNT)) {
          const before = clause.slice(0, match.index);
          if (moneyNotFactWords.test(before)) continue;
          const kind = classifyAmount(before, clause, sentenceKinds.has('budget'));
          const amount = match[1] && match[2] ? parseWrittenAmount(match[1], match[2]) : null;
          if (!kind || amount === null) continue;
          sentenceKinds.add(kind);
          lastKind = kind;
          const fact = { kind, amount, label: before.slice(-8) || clause.slice(0, 8), line };
          facts.push(fact);
          sentenceFacts.push(fact);
        }
        for (const match of clause.matchAll(RATE)) {
          const word = match[1] ?? '';
          const rate = match[2];
          const known = rateWords.find(([pattern]) => pattern.test(word));
          if (!known || !rate) continue;
          // "预计全年支付率100%": what the year's end should bring, no rate of the figures to date.
          if (forecastRateWords.test(clause.slice(0, match.index + word.length))) continue;
          const [, numerator, impliedBase] = known;
          const explicit =
            rateBaseWords.find(([pattern]) => pattern.test(clause.slice(0, match.index)))?.[1] ?? null;
          // Without an explicit base, the sentence's own figures decide: 到位 funds only → of them; a budget
          // only → of it; both → the one whose figures give the rate.
          const bySentence =
            sentenceKinds.has('received') && !sentenceKinds.has('budget')
              ? 'received'
              : sentenceKinds.has('budget') && !sentenceKinds.has('received')
                ? 'budget'
                : findRateBaseByFigures({
                    rate,
                    numerator: lastAmount(
                      sentenceFacts,
                      numerator === 'executed' ? ['executed', 'spent'] : [numerator],
                    ),
                    budget: lastAmount(sentenceFacts, ['budget']),
                    received: lastAmount(sentenceFacts, ['received']),
                  });
          const base = explicit ?? impliedBase ?? (numerator === 'received' ? 'budget' : bySentence);
          rates.push({ rate, numerator, base, label: word, line });
        }
        // "已支付54万元，占到位资金的56.25%": the share is of the sum just named.
        for (const match of clause.matchAll(shareOfBase)) {
          const numerator = lastKind;
          const rate = match[2];
          if (!numerator || numerator === 'budget' || !rate) continue;
          const base = rateBaseWords.find(([pattern]) => pattern.test(match[1] ?? ''))?.[1] ?? 'budget';
          rates.push({ rate, numerator, base, label: match[0].slice(0, -(rate.length + 1)), line });
        }
      }
    }
  }
  return { facts, rates };
}
