/**
 * A printed page's running head or foot: a line a template draws at the top (or foot) of every page (the bureau's
 * letterhead, the table's title repeated as a print title, 制表单位 under each page). In a PDF's text it stands
 * between a table's last row on one page and its first on the next, where a reader joining a cell the page cut
 * would take it for more of that cell (the year's goal, a name, a reason). pdftotext opens each page with a form
 * feed (normalize.ts names those lines), so such a line is told by standing among the first (or last) written
 * lines of every page.
 */
/** How many written lines at a page's top (and foot) a running head (foot) is looked for among. */
const EDGE_LINES = 2;

/** A line a running head can be: one piece (no run of spaces between cells), no tab row; its text to compare. */
function headKey(line: string): string | null {
  const text = line.trim();
  if (text === '' || line.includes('\t') || /\S {2,}\S/.test(text)) return null;
  return text.replace(/\s+/g, '');
}

/**
 * `lines` with every line that repeats at the head of every page, or at the foot of every page, blanked (a head
 * on each page after the first: the first page's may be the title itself); line count kept. Texts of
 * one page (no `pageStarts`) come back as they are.
 */
export function blankRunningHeads(lines: readonly string[], pageStarts: readonly number[]): string[] {
  if (pageStarts.length === 0) return [...lines];
  const bounds = [0, ...pageStarts, lines.length];
  const pages: number[][] = [];
  for (let page = 0; page + 1 < bounds.length; page += 1) {
    const written: number[] = [];
    for (let index = bounds[page] as number; index < (bounds[page + 1] as number); index += 1) if ((lines[index] as string).trim() !== '') written.push(index);
    if (written.length > 0) pages.push(written);
  }
  if (pages.length < 2) return [...lines];
  const result = [...lines];
  // (A head is kept on the first page, where it may be the title; a foot is blanked on every page.)
  const sides = [
    { edge: (written: number[]) => written.slice(0, EDGE_LINES), from: 1 },
    { edge: (written: number[]) => written.slice(-EDGE_LINES), from: 0 },
  ];
  for (const { edge, from } of sides) {
    const edges = pages.map((written) =>
      edge(written).flatMap((index) => {
        const key = headKey(lines[index] as string);
        return key === null ? [] : [{ index, key }];
      }),
    );
    let onEveryPage = new Set((edges[0] ?? []).map(({ key }) => key));
    for (const page of edges.slice(1)) onEveryPage = new Set(page.map(({ key }) => key).filter((key) => onEveryPage.has(key)));
    for (const page of edges.slice(from)) for (const { index, key } of page) if (onEveryPage.has(key)) result[index] = '';
  }
  return result;
}
