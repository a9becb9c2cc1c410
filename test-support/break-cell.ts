/** Test support for the wrapped-cell readers: a tab table with a line break put inside one cell. */

/** `lines` with the cell `cell` of line `line` broken after `at` characters. */
export function breakCell(lines: readonly string[], line: number, cell: number, at: number): string[] {
  return lines.flatMap((text, index) => {
    if (index !== line) return [text];
    const cells = text.split('\t');
    const broken = cells[cell] as string;
    cells[cell] = `${broken.slice(0, at)}\n${broken.slice(at)}`;
    return cells.join('\t').split('\n');
  });
}
