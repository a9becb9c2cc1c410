/**
 * The base of a stated rate that the words leave open ("使用率85%" in a sentence giving both the budget
 * and the funds received, 到位): the base whose figures give the rate. When both give it (all funds
 * received) or neither does, the base stays unsaid: guessing would make the stated-rate check judge the
 * wrong division.
 */
import { doesRateAgree } from '../../core/checks/stated-rate.ts';
import { toDecimal } from '../../core/decimal.ts';

export interface RateFigures {
  /** The stated rate in percent ("85"). */
  rate: string;
  /** The sum divided (spent or executed), 万元. */
  numerator: string | null;
  budget: string | null;
  received: string | null;
}

/** Whether numerator ÷ base, in percent, agrees with the stated rate at its precision. */
function gives(rate: string, numerator: string | null, base: string | null): boolean {
  const top = toDecimal(numerator);
  const bottom = toDecimal(base);
  if (!top || !bottom || bottom.lessThanOrEqualTo(0)) return false;
  return doesRateAgree(rate, top.times(100).dividedBy(bottom));
}

/** The one base (budget or received) whose figures give the rate, else null. */
export function findRateBaseByFigures(figures: RateFigures): 'budget' | 'received' | null {
  const byBudget = gives(figures.rate, figures.numerator, figures.budget);
  const byReceived = gives(figures.rate, figures.numerator, figures.received);
  if (byBudget === byReceived) return null;
  return byBudget ? 'budget' : 'received';
}
