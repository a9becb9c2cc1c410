/**
 * The 二级 a table names of its own (巡护任务量, 民生保障成效) in a stream without separators
 * (spaceless-stream.ts), found only where the text itself shows where the word ends — never by guessing
 * a length. Three kinds of evidence:
 * - **repetition**: the same words open several row starts (after a written 一级, or after a 监控表's
 *   likelihood word, where the next row starts) and the rows' names part there; of a word and a longer one
 *   it opens, the longer is a name's start added when those added words open a name after another group's
 *   level word too;
 * - **the 二级 form**: right after a written 一级, a short word ending in 指标 (巡护工作量指标) is a level
 *   word by the vocabulary's own pattern (数量指标, 社会效益指标);
 * - **the group's names**: a 二级 written once over merged cells, whose group's later rows (no level
 *   written) open with the words that follow it in the first row ("巡护任务量河道巡查次数…" then
 *   "河道保洁面积…": the group's names open with 河道, so 巡护任务量 is the 二级).
 * Where none holds, the word stays in the name, as before.
 */

/** The longest 二级 a table names of its own (巡检任务量, 民生保障成效). */
export const LONGEST_OWN_LEVEL2 = 8;
/** A 二级 found only from the group's later names is at least this long ("河道" before "巡查次数" is a name's start). */
const SHORTEST_GROUP_LEVEL2 = 3;
/** Names of one group share at least this many opening characters to count as opening with the same word. */
const SHORTEST_SHARED_OPENING = 2;
/** A 二级 found through a place inside a reason is at least this long ("巡查" shared with a reason's word is chance). */
const SHORTEST_LEVEL2_AFTER_REASON = 3;

/** Where a row may start in the stream, with the text from there. */
export interface RowStart {
  text: string;
  /** Right after a written 一级 (a 二级 must follow when the table has the column); else after a likelihood word. */
  isAfterLevel1: boolean;
  /**
   * A place inside the reason after a likelihood word (the next row may start after it: "有可能汛期推迟巡护质量…"):
   * it counts only as the partner of a start that is one, never by itself.
   */
  isInsideReason?: boolean;
}

/** What the stream's reader knows of words, passed in so the rules here stay its own. */
export interface WordJudge {
  /** Whether `text` opens with a level word of the vocabulary. */
  startsWithLevelWord: (text: string) => boolean;
  /** The vocabulary's level words (一级 and 二级, with their variants). */
  levelWords: readonly string[];
  /** Whether `text` can open a 三级 name (the stream's name rating). */
  opensName: (text: string) => boolean;
  /** The words that say a 二级's kind and end it (工作数量, 服务质量: the vocabulary's level2ShapeKinds). */
  kindWords: readonly string[];
}

const FIGURE_OR_MARK = /[\d≥≤%％（()）：:，,。；;]/;
const LEVEL_FORM = /^([^\d≥≤%％（()）：:，,。；;]{1,6}指标)/;

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

function isOwnLevel2Word(word: string, rest: string, judge: WordJudge, shortest = 2): boolean {
  return word.length >= shortest && word.length <= LONGEST_OWN_LEVEL2 && !FIGURE_OR_MARK.test(word) && !judge.startsWithLevelWord(word) && judge.opensName(rest);
}

/**
 * Whether the words `extension` adds to a shorter 二级 open a name elsewhere in the stream, right after a
 * level word of another group ("…民生保障成效河道水质达标率…" for 巡护任务量 + 河道): then they are a name's
 * opening words, not the 二级's end.
 */
function opensNameElsewhere(text: string, extension: string, levelWords: readonly string[]): boolean {
  for (let at = text.indexOf(extension); at >= 0; at = text.indexOf(extension, at + 1)) {
    if (levelWords.some((word) => text.startsWith(word, at - word.length))) return true;
  }
  return false;
}

/**
 * How many opening characters each start shares at most with another (0 when under two): a place inside a
 * reason counts only with a row start, never with another such place. In sorted order a text shares its
 * longest opening with a neighbour, so a stream of many alike starts (a hostile repetition, or a long
 * reason's places) is compared in n log n, not with every other start.
 */
function findLongestShared(starts: readonly RowStart[]): number[] {
  const order = (indexes: number[]) => indexes.sort((a, b) => (starts[a]!.text < starts[b]!.text ? -1 : starts[a]!.text > starts[b]!.text ? 1 : a - b));
  const candidates = starts.flatMap((start, index) => (start.text.length < 2 ? [] : [index]));
  const all = order([...candidates]);
  const rowStarts = order(candidates.filter((index) => starts[index]!.isInsideReason !== true));
  const sharedWithNeighbours = (index: number, sorted: readonly number[], at: number): number => {
    let longest = 0;
    for (const neighbour of [sorted[at - 1], sorted[at], sorted[at + 1]]) {
      if (neighbour === undefined || neighbour === index) continue;
      longest = Math.max(longest, commonPrefixLength(starts[index]!.text, starts[neighbour]!.text));
    }
    return longest;
  };
  const longestShared = starts.map(() => 0);
  all.forEach((index, at) => {
    if (starts[index]!.isInsideReason !== true) {
      longestShared[index] = sharedWithNeighbours(index, all, at);
      return;
    }
    // A reason's place against the row starts only: its neighbours where it would stand among them.
    const text = starts[index]!.text;
    let low = 0;
    let high = rowStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[rowStarts[middle]!]!.text < text) low = middle + 1;
      else high = middle;
    }
    longestShared[index] = sharedWithNeighbours(index, rowStarts, low);
  });
  // Two characters are the least a 二级 shares.
  return longestShared.map((shared) => (shared < 2 ? 0 : shared));
}

/**
 * The 二级 words row starts show by repetition or by the 二级 form, longest first. Of two words where
 * one opens the other (巡护任务量 and 巡护任务量河道), the longer is shared only by names of one group that
 * open with 河道 when 河道 opens a name after another group's level word too; then the shorter is the 二级.
 * When the longer ends in a kind word (工作数量), the shorter is the opening its group shares with a
 * sibling (工作质量 of a single row): no 二级; the sibling is, where a kind word ends it too (kindSiblings).
 * Otherwise both stay (nothing says which level they share).
 */
export function findRowStartLevel2Words(text: string, starts: readonly RowStart[], judge: WordJudge): string[] {
  const words = new Set<string>();
  const longestShared = findLongestShared(starts);
  // The starts sharing the same longest word are each other's partners (they share no longer word with anyone).
  const partnersByWord = new Map<string, { rowStarts: number; reasonPlaces: number }>();
  starts.forEach((start, index) => {
    const shared = longestShared[index]!;
    if (shared === 0) return;
    const word = start.text.slice(0, shared);
    const partners = partnersByWord.get(word) ?? { rowStarts: 0, reasonPlaces: 0 };
    if (start.isInsideReason === true) partners.reasonPlaces += 1;
    else partners.rowStarts += 1;
    partnersByWord.set(word, partners);
  });
  for (const [index, start] of starts.entries()) {
    if (start.isInsideReason === true) continue;
    const shared = longestShared[index]!;
    const word = start.text.slice(0, shared);
    const partners = shared === 0 ? undefined : partnersByWord.get(word);
    const rowPartners = (partners?.rowStarts ?? 1) - 1;
    const reasonPartners = partners?.reasonPlaces ?? 0;
    // After a likelihood word a reason may stand instead of the next row: its word must be its partner's longest too
    // ("巡护" shared with rows of 巡护任务量 is no 二级 of a 巡护质量 row).
    const isMutual = start.isAfterLevel1 || rowPartners + reasonPartners > 0;
    const isOnlyAfterReason = rowPartners === 0 && reasonPartners > 0 && !start.isAfterLevel1;
    const shortest = isOnlyAfterReason ? SHORTEST_LEVEL2_AFTER_REASON : 2;
    if (isMutual && isOwnLevel2Word(word, start.text.slice(shared), judge, shortest)) words.add(word);
    const form = start.isAfterLevel1 ? LEVEL_FORM.exec(start.text)?.[1] : undefined;
    if (form !== undefined && isOwnLevel2Word(form, start.text.slice(form.length), judge, 3)) words.add(form);
  }
  const found = [...words];
  const levelWords = [...judge.levelWords, ...found];
  const isNameOpeningAdded = (longer: string) =>
    found.some((shorter) => shorter.length < longer.length && longer.startsWith(shorter) && opensNameElsewhere(text, longer.slice(shorter.length), levelWords.filter((word) => word !== shorter && word !== longer)));
  return kindSiblings(
    found.filter((word) => !isNameOpeningAdded(word)),
    starts.filter((start) => start.isInsideReason !== true),
    judge,
  ).sort((a, b) => b.length - a.length);
}

/**
 * Of a word and a longer one it opens that a kind word ends (工作 and 工作数量), the shorter is only the
 * opening sibling 二级 share (工作数量 / 工作质量): it goes, and a row start that opens with it and not with
 * the longer takes the shortest longer word a kind word ends as its 二级 (工作质量), when one ends within a
 * 二级's length; else that row's 二级 stays in its name.
 */
function kindSiblings(words: readonly string[], starts: readonly RowStart[], judge: WordJudge): string[] {
  const endsWithKind = (word: string) => judge.kindWords.some((kind) => word.endsWith(kind));
  const kept = new Set(words);
  for (const shorter of words) {
    const longer = words.filter((word) => word.length > shorter.length && word.startsWith(shorter) && endsWithKind(word));
    if (longer.length === 0) continue;
    kept.delete(shorter);
    for (const start of starts) {
      if (!start.text.startsWith(shorter) || longer.some((word) => start.text.startsWith(word))) continue;
      for (let end = shorter.length + 1; end <= LONGEST_OWN_LEVEL2; end += 1) {
        const sibling = start.text.slice(0, end);
        if (!endsWithKind(sibling)) continue;
        if (isOwnLevel2Word(sibling, start.text.slice(end), judge)) kept.add(sibling);
        break;
      }
    }
  }
  return [...kept];
}

/** A row as the stream's first reading gave it: what it wrote in the level columns, and its name. */
export interface ReadRow {
  level1: string;
  level2: string;
  name: string;
}

/**
 * The 二级 words a first reading shows through its groups' names: a row that writes its 一级 and no
 * 二级, then rows writing no level (the group's later rows under merged cells) whose names open with
 * the words that follow a short start of the first row's name. That start is the group's 二级.
 */
export function findGroupLevel2Words(rows: readonly ReadRow[], judge: WordJudge): string[] {
  const words = new Set<string>();
  for (const [index, row] of rows.entries()) {
    if (row.level1 === '' || row.level2 !== '' || row.name === '') continue;
    let best: { word: string; shared: number } | null = null;
    for (let next = index + 1; next < rows.length; next += 1) {
      const later = rows[next]!;
      if (later.level1 !== '' || later.level2 !== '' || later.name === '') break;
      for (let cut = SHORTEST_GROUP_LEVEL2; cut <= Math.min(LONGEST_OWN_LEVEL2, row.name.length - SHORTEST_SHARED_OPENING); cut += 1) {
        const shared = commonPrefixLength(row.name.slice(cut), later.name);
        const word = row.name.slice(0, cut);
        if (shared < SHORTEST_SHARED_OPENING || !isOwnLevel2Word(word, row.name.slice(cut), judge, SHORTEST_GROUP_LEVEL2)) continue;
        if (best === null || shared > best.shared) best = { word, shared };
      }
    }
    if (best !== null) words.add(best.word);
  }
  return [...words].sort((a, b) => b.length - a.length);
}
