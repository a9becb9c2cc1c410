/**
 * A decimal point written 、 or ， ("167、05万元", "96，20万元"), as a converter or a hurried typist leaves
 * it. withDecimalMarks writes the point only where the context proves it, since 、 also separates the
 * amounts of a list ("分别为40、45万元") and ， the clauses of a sentence:
 * - the digits after the mark open with 0 ("167、05万元"): no amount of a list is written "05";
 * - or they are two digits right before 万元/元/%, the figure before the mark follows a word (a label or
 *   its verb, never another figure or mark), and the sentence lists nothing: no 分别/均/依次/各, no 、
 *   beside a word before the figure (labels listed "年初预算数、全年预算数为40、45万元" are a list without 分别).
 */

/** An integer (group 1) right after a word, the mark (group 2), the digits after it (group 3), then a unit. */
const MARKED_DECIMAL = /(?<=[\u4e00-\u9fa5:：])(\d+)([、，])(\d{1,2})(?=万元|亿元|元|%|％)/g;
/** Words that make a sentence give several figures at once. */
const LISTING_WORDS = /分别|均为|依次|各为/;

/** A 、 with a word on one side: things listed (a 、 between digits may be another decimal mark). */
const LISTED_WORDS = /\D、|、\D/;

/** The sentence around `offset` up to it: from the last full stop or semicolon before it. */
function sentenceBefore(line: string, offset: number): string {
  const before = line.slice(0, offset);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'));
  return before.slice(start + 1);
}

/** The sentence holding `offset`, to its end. */
function sentenceAfter(line: string, offset: number): string {
  const rest = line.slice(offset);
  const end = rest.search(/[。；;]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The line with each 、 or ， that the context proves a decimal point written as a point. */
export function withDecimalMarks(line: string): string {
  if (!/\d[、，]\d/.test(line)) return line;
  return line.replace(MARKED_DECIMAL, (written, whole: string, _mark: string, fraction: string, offset: number) => {
    if (fraction.startsWith('0')) return `${whole}.${fraction}`;
    if (fraction.length !== 2) return written;
    const before = sentenceBefore(line, offset);
    const sentence = before + sentenceAfter(line, offset);
    if (LISTING_WORDS.test(sentence) || LISTED_WORDS.test(before)) return written;
    return `${whole}.${fraction}`;
  });
}
