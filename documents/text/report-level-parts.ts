/**
 * Reports of 转移支付 funds tell each level's share before the whole ("中央资金年初预算420万元，全年
 * 执行408.6万元；省级资金…。合计年初预算640万元…"). The budget is the whole: the clauses about one
 * level (documents/vocabulary/report-words.ts) are left out when the budget figures are read.
 */
import { reportLevelPartClause } from '../vocabulary/report-words.ts';
import { compact } from './normalize.ts';

/** A clause and the mark that ends it (；, ; or 。), or the line's rest. */
const CLAUSE = /[^；;。]+[；;。]?/g;

/** The lines without their level-share clauses; lines without one are given back as they are. */
export function withoutLevelParts(lines: readonly string[]): string[] {
  return lines.map((line) => {
    if (!/资金/.test(line)) return line;
    const clauses = line.match(CLAUSE) ?? [];
    const kept = clauses.filter((clause) => !reportLevelPartClause.test(compact(clause)));
    return kept.length === clauses.length ? line : kept.join('');
  });
}
