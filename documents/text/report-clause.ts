/**
 * The clause a report states a figure in: the words back to the last comma, semicolon or full stop
 * before it. A rate, score or grade is the report's own only when its clause names no other year
 * ("2022年度预算执行率为88%", "上年度自评得分88分"): these helpers say what the clause names.
 */
import { reportPriorYearWords } from '../vocabulary/report-words.ts';

const CLAUSE_MARKS = [...'，,；;。'];
/** A year in a clause: "2022年度…"; a date's year ("2024年3月") is when, not which year's. */
const CLAUSE_YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;

/** The words of the clause before `index`. */
export function clauseBefore(text: string, index: number): string {
  const start = Math.max(...CLAUSE_MARKS.map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
  return text.slice(start, index);
}

/**
 * Whether a clause names the year before or a year other than `year` (null: the report's year is unknown).
 * `isUndatedOnly`: any year the clause names counts, for a first look at the clauses that name none in a
 * report that never dates its own figures (its title's year may be the year of publication).
 */
export function namesOtherYear(clause: string, year: number | null, isUndatedOnly = false): boolean {
  if (reportPriorYearWords.test(clause)) return true;
  if (isUndatedOnly) return CLAUSE_YEAR.test(clause);
  const named = CLAUSE_YEAR.exec(clause)?.[1];
  return year !== null && named !== undefined && Number(named) !== year;
}
