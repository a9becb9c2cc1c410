/**
 * Texts that make a super-linear regex slow (issue 9): long runs of one character followed by
 * something that makes the match fail, the shape of "....x." that froze the server for seconds.
 * Used by the regex probe (*.security.test.ts) and the hostile benchmark.
 */

/** Characters the readers and checks trim or skip in runs: punctuation, spaces, digits, markup. */
const runCharacters = ['.', '。', '，', '；', ' ', '\u3000', '0', ':', '：', '<', '$', '\\', '-', '分', '%'];

/** About `length` characters: a run of `character`, a breaking "x", and the run character again. */
export function makeRun(character: string, length: number): string {
  return `${character.repeat(Math.max(0, length - 2))}x${character}`;
}

/** One hostile text per run character, each about `length` characters long. */
export function makeHostileTexts(length: number): string[] {
  return [...runCharacters.map((character) => makeRun(character, length)), '....x.'.repeat(Math.ceil(length / 6))];
}
