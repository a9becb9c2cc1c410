/**
 * A document site shows the text of a Word or PDF file in numbered chunks: "1、…" "2、…" "3、…" at
 * line starts, each a few hundred characters cut wherever the site's page ended, mid-row and mid-word
 * ("…经济效益指标指" / "3、标1：…"). joinSiteChunks puts such chunks back into one line (the first
 * chunk's), leaving the others empty so line numbers hold. A numbered paragraph of a report is no chunk:
 * it is short or ends its sentence.
 */

/** The site's chunk number at a line start. */
const CHUNK_MARK = /^(\d{1,2})、/;
/** A chunk is a page of text: shorter lines are a document's own numbered items. */
const MIN_CHUNK_LENGTH = 160;
/** A line that ends its sentence was not cut by a page end. */
const SENTENCE_END = /[。！？!?；;]$/;

function chunkNumber(line: string): number | null {
  const mark = CHUNK_MARK.exec(line.trim());
  return mark ? Number(mark[1]) : null;
}

/**
 * A page of text runs its cells together: where the file had a tab or an empty cell the site may keep a
 * run of spaces ("（2016年度）           项目名称…"), a few in a page, while a table row written with spaces
 * parts every cell (a piece every few characters).
 */
const MIN_CHARACTERS_PER_PIECE = 40;
/**
 * Where a Word cell wrapped its words the site keeps a single space inside them ("绩 效 指 标", "年度指标 值",
 * "管理制 度严格执行率"): many pieces, yet most of the page still stands in runs longer than any cell of a
 * table row written with spaces (its pieces are cells of a few characters: "指标1 10 95%").
 */
const MIN_WRAPPED_PIECE_LENGTH = 12;
const MIN_SHARE_IN_LONG_PIECES = 0.5;

/**
 * In a page run together a cell has no separator, so a single space between two Chinese characters is
 * where the Word cell wrapped its text ("绩 效 指 标", "年度指标 值", "管理制 度严格执行率"): the word is whole
 * again without it. A run of spaces (a tab or an empty cell) and a space beside a figure stay.
 */
const WRAP_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

function isPageOfText(line: string): boolean {
  const written = line.trim();
  if (written.length < MIN_CHUNK_LENGTH || /[\t|]/.test(written)) return false;
  const pieces = written.split(/\s+/);
  if (pieces.length === 1 || written.length / pieces.length >= MIN_CHARACTERS_PER_PIECE) return true;
  const inLongPieces = pieces.filter((piece) => piece.length >= MIN_WRAPPED_PIECE_LENGTH).reduce((sum, piece) => sum + piece.length, 0);
  return inLongPieces >= written.replace(/\s/g, '').length * MIN_SHARE_IN_LONG_PIECES;
}

/** Whether the line is a document site's numbered chunk: a page of text, no table row however it is spaced. */
export function isSiteChunk(line: string): boolean {
  return chunkNumber(line) !== null && isPageOfText(line);
}

export function joinSiteChunks(lines: readonly string[]): string[] {
  const result = [...lines];
  for (let index = 0; index < lines.length; index += 1) {
    if (chunkNumber(lines[index] ?? '') !== 1 || !isPageOfText(lines[index] ?? '')) continue;
    const run = [index];
    for (let next = index + 1; next < lines.length; next += 1) {
      const line = lines[next] ?? '';
      if (line.trim() === '') continue;
      if (chunkNumber(line) !== run.length + 1) break;
      run.push(next);
    }
    // Every chunk but the last was cut by the page: none of them ends its sentence.
    const cut = run.slice(0, -1).every((at) => isPageOfText(lines[at] ?? '') && !SENTENCE_END.test((lines[at] ?? '').trim()));
    if (run.length < 2 || !cut) continue;
    result[index] = run
      .map((at) => (lines[at] ?? '').trim().replace(CHUNK_MARK, ''))
      .join('')
      .replace(WRAP_SPACE, '');
    for (const at of run.slice(1)) result[at] = '';
    index = run.at(-1) ?? index;
  }
  return result;
}
