/**
 * `<edit>/<family>` pairs that still lose facts after one edit, and why (documents/layouts/variation.test.ts
 * marks them it.fails; docs/layouts.md "Seventh study"). The pairs test leaves these families out of
 * the pairs holding that edit: the loss is recorded once, here.
 */
export const openEdits: ReadonlyMap<string, string> = new Map<string, string>([
  // The family is itself a 决算 page whose table has no title: its unit is its page heading's, and the edit puts another page's heading above it.
  ['final-accounts-page/dept-self-eval-management-score-cell-lines', 'a second 决算 heading above the family’s own'],
]);
