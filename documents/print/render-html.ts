/**
 * The HTML print views: an official table with rowspan/colspan exactly as in .xlsx and .docx, or
 * the evaluation report, each as a whole page with A4 CSS. They are the source of PDF
 * (documents/pdf) and the web app shows the same markup.
 */
import { mapCoverage, type TableLayout } from './table-layout.ts';
import type { ReportOutline } from './report-outline.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const baseStyle = `
  body { font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10.5pt; color: #000; margin: 0; }
  h1 { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 16pt; text-align: center; margin: 0 0 6pt; }
  .subtitle { margin: 0 0 6pt; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-break: break-all; white-space: pre-wrap; }
  td.label { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-weight: bold; text-align: center; }
  td.center { text-align: center; }
  h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 12pt; margin: 12pt 0 4pt; }
  p { text-indent: 2em; margin: 0 0 4pt; line-height: 1.6; }
`;

function wrapPage(options: { title: string; orientation: 'portrait' | 'landscape'; body: string }): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>
<style>@page { size: A4 ${options.orientation}; margin: 15mm 12mm; }${baseStyle}</style></head>
<body>${options.body}</body></html>`;
}

/** The `<table>` element of a layout (no page around it), for embedding in the web app. */
export function renderTableElement(layout: TableLayout): string {
  const total = layout.columns.reduce((a, b) => a + b, 0);
  const columns = layout.columns
    .map((units) => `<col style="width:${((units / total) * 100).toFixed(2)}%">`)
    .join('');
  const coverage = mapCoverage(layout);
  const rows = layout.rows.map((_, rowIndex) => {
    const cells: string[] = [];
    coverage[rowIndex]!.forEach((covered) => {
      if (!covered) return void cells.push('<td></td>');
      if (!covered.isMaster) return;
      const { cell } = covered;
      const classes = [
        cell.role === 'label' || cell.role === 'header' ? 'label' : '',
        cell.align === 'center' ? 'center' : '',
      ].filter(Boolean);
      const attributes = [
        (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '',
        (cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '',
        classes.length > 0 ? ` class="${classes.join(' ')}"` : '',
      ].join('');
      cells.push(`<td${attributes}>${escapeHtml(cell.text)}</td>`);
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table><colgroup>${columns}</colgroup><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** The print view of an official table: a whole HTML page with A4 CSS. */
export function renderTableHtml(layout: TableLayout): string {
  const body = `<h1>${escapeHtml(layout.title)}</h1><p class="subtitle" style="text-indent:0">${escapeHtml(layout.subtitle)}</p>${renderTableElement(layout)}`;
  return wrapPage({ title: layout.title, orientation: layout.orientation, body });
}

/** The print view of an evaluation report. */
export function renderReportHtml(outline: ReportOutline): string {
  const sections = outline.sections
    .map(
      (section) =>
        `<h2>${escapeHtml(section.title)}</h2>${section.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}`,
    )
    .join('\n');
  return wrapPage({
    title: outline.title,
    orientation: 'portrait',
    body: `<h1>${escapeHtml(outline.title)}</h1>\n${sections}`,
  });
}
