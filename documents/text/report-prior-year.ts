/**
 * A report sentence about the year before names it once, at its start, and then lists its figures:
 * "上年度全年预算数为702.15万元，全年执行数为681.40万元，预算执行率为97.04%。" Every figure of such a
 * sentence is last year's. carryPriorYear writes the sentence's opening word in front of each later
 * clause up to the first that names a time of its own, so the readers of figures, rates and scores, which look at a
 * clause, see it ("…，上年度全年执行数为681.40万元，上年度预算执行率为97.04%").
 */

import { compact } from './normalize.ts';

/** The word a sentence opens with (after a list number) when it is about the year before. */
const PRIOR_YEAR_OPENING = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?(上年度|上一年度|上年|去年)/;
/** A clause naming a time of its own: it keeps its own. */
const OWN_TIME = /(?:19|20)\d{2}\s*年|本年|当年|今年|上年|上一年|去年|同期/;

function carryInSentence(sentence: string): string {
  const opening = PRIOR_YEAR_OPENING.exec(sentence)?.[1];
  if (opening === undefined) return sentence;
  const clauses = sentence.split(/(?<=[，,])/);
  // The opening word holds until a clause names a time of its own ("…，本年全年预算数…").
  const ownTimeAt = clauses.findIndex((clause, index) => index > 0 && OWN_TIME.test(clause));
  const carriedUntil = ownTimeAt < 0 ? clauses.length : ownTimeAt;
  return clauses
    .map((clause, index) => (index === 0 || index >= carriedUntil || !/\d/.test(clause) ? clause : `${opening}${clause}`))
    .join('');
}

/**
 * The line with each sentence about the year before naming it in every clause; a line so rewritten
 * comes compacted (a page's padding, "上年度…" after an ideographic space, must not hide the sentence's opening).
 */
export function carryPriorYear(line: string): string {
  if (!/上年|上一年度|去年/.test(line)) return line;
  const text = compact(line);
  const carried = text
    .split(/(?<=[。；;！!？?])/)
    .map(carryInSentence)
    .join('');
  return carried === text ? line : carried;
}
