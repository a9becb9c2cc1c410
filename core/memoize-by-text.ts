/**
 * Remembers a pure function's answers by the text it was asked about. A document repeats the
 * same few level headings and wordings (产出指标, 健全, 是) across a million rows: each is worked
 * out once per text (bench/analyse.bench.ts). The cache holds at most `limit` texts and starts
 * afresh when full, so a document of distinct texts costs memory no larger than that.
 */

/** How many texts a cache keeps unless told otherwise. */
export const DEFAULT_TEXT_CACHE_LIMIT = 10_000;

/** `compute` with its answers remembered by text; `compute` must depend on the text alone. */
export function memoizeByText<T>(compute: (text: string) => T, limit = DEFAULT_TEXT_CACHE_LIMIT): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
