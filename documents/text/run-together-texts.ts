/**
 * Texts of neighbouring cells that a dump wrote one after the other with no separator: the 长期目标 and
 * 年度目标 of a Hunan target table ("丰富村民文化生活完成4个村级文化广场建设"), the 年初设定目标 and its
 * 完成情况 of a self-evaluation ("…为水价改革打基础。已完成186套…"). The cut is made only where the
 * text itself shows it, in this order:
 *
 * - the same text written in every cell (a long-term goal copied as the year's);
 * - a numbered list starting again ("1、…2、…1、…"): each cell opens with its first item;
 * - as many sentence ends inside the run as there are cuts to make;
 * - as many places as cuts where a cell's opening word stands (完成…, 已…: documents/vocabulary/goal-texts.ts),
 *   not right after a comma (a clause of the same cell) and not inside the first cell's first word;
 * - for two cells, the first place where the second restates the first's words ("完成全县供水工程维修任务，保障
 *   饮水安全|全县供水工程维修任务全部完成…", a Hunan county 自评表's goal and result): a run of several
 *   different characters written before, not right after a comma.
 *
 * Otherwise nothing is cut and null says so: two texts with no mark between them are not guessed apart.
 */

/** A list's first item: "1、", "1." (not "1.5"), "（1）", "一是". A digit or point before it makes it part of a figure. */
const LIST_START = /(?<![\d.．])(?:1[、.．](?!\d)|[(（]1[)）]|一是)/g;
const SENTENCE_END = /[。；;！!？?]/g;
/** Marks after which a word opens a clause of the same cell, not a new cell. */
const CLAUSE_MARKS = '，,、：:';

function partsAt(text: string, cuts: readonly number[]): string[] | null {
  const parts = [0, ...cuts].map((start, index) => text.slice(start, cuts[index] ?? text.length).trim());
  return parts.every((part) => part !== '') ? parts : null;
}

function repeatedCuts(text: string, count: number): number[] | null {
  if (text.length % count !== 0) return null;
  const length = text.length / count;
  const first = text.slice(0, length);
  const cuts = Array.from({ length: count - 1 }, (_, index) => (index + 1) * length);
  return cuts.every((cut) => text.startsWith(first, cut)) ? cuts : null;
}

function listCuts(text: string, count: number): number[] | null {
  const starts = [...text.matchAll(LIST_START)].map((match) => match.index);
  return starts.length === count && starts[0] === 0 ? starts.slice(1) : null;
}

function sentenceCuts(text: string, count: number): number[] | null {
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + 1).filter((end) => end < text.length);
  return ends.length === count - 1 && !ends.some((end) => continuesList(text, end)) ? ends : null;
}

/** A list's later item: "二是", "2、", "2.", "（2）" (any number after the first). */
const LATER_ITEM = /^(?:[二三四五六七八九十]是|[2-9][、.．](?!\d)|[(（][2-9][)）])/;

/**
 * Whether the text after a sentence end goes on with the list the text before opened ("一是…；二是…", a Ningxia
 * 自评表's one goal cell): then the end parts two items of one cell, never two cells.
 */
function continuesList(text: string, at: number): boolean {
  if (!LATER_ITEM.test(text.slice(at).trimStart())) return false;
  LIST_START.lastIndex = 0;
  const opened = LIST_START.test(text.slice(0, at));
  LIST_START.lastIndex = 0;
  return opened;
}

function openingCuts(text: string, count: number, openings: readonly string[]): number[] | null {
  const cuts: number[] = [];
  // The first cell opens at 0: an opening word there is its own, and so is one right after it ("全年完成").
  let covered = openings.find((opening) => text.startsWith(opening))?.length ?? 0;
  for (let at = 1; at < text.length; at += 1) {
    const word = openings.find((opening) => text.startsWith(opening, at));
    if (word === undefined) continue;
    // Two opening words in a row ("全年完成") open one cell.
    if (at > covered && !CLAUSE_MARKS.includes(text.charAt(at - 1))) cuts.push(at);
    covered = at + word.length;
  }
  return cuts.length === count - 1 ? cuts : null;
}

/** A restated run is this long, with all but one of its characters different (no "农农农…" or "田园田园…" repeat). */
const RESTATED_LENGTH = 6;

function restatedCuts(text: string, count: number): number[] | null {
  if (count !== 2) return null;
  const isRestatedAt = (at: number): boolean => {
    const run = text.slice(at, at + RESTATED_LENGTH);
    return run.length === RESTATED_LENGTH && new Set(run).size >= RESTATED_LENGTH - 1 && text.slice(0, at).includes(run);
  };
  for (let at = RESTATED_LENGTH; at + RESTATED_LENGTH <= text.length; at += 1) {
    // The restated run starts here (not one character earlier), and not as a clause of the same cell.
    if (isRestatedAt(at) && !isRestatedAt(at - 1) && !CLAUSE_MARKS.includes(text.charAt(at - 1))) return [at];
  }
  return null;
}

/**
 * Whether the run is one numbered list from its start, each later item after a sentence end ("一是…；二是…"): one
 * cell's text, which no cut parts.
 */
export function isOneNumberedList(text: string): boolean {
  const run = text.trim();
  LIST_START.lastIndex = 0;
  const opens = LIST_START.exec(run)?.index === 0;
  LIST_START.lastIndex = 0;
  if (!opens) return false;
  const ends = [...run.matchAll(SENTENCE_END)].map((match) => match.index + 1).filter((end) => end < run.length);
  return ends.length > 0 && ends.every((end) => continuesList(run, end));
}

/**
 * The run cut into `count` texts where the text shows the cuts (see above); `openings` are the words a
 * later cell opens with. Null when the run does not show them.
 */
export function splitRunTogetherTexts(text: string, count: number, openings: readonly string[]): string[] | null {
  const run = text.trim();
  if (run === '' || count < 1) return null;
  if (count === 1) return [run];
  const cuts = repeatedCuts(run, count) ?? listCuts(run, count) ?? sentenceCuts(run, count) ?? openingCuts(run, count, openings) ?? restatedCuts(run, count);
  return cuts === null ? null : partsAt(run, cuts);
}
