/**
 * Test helper: an HTML page with one indicator table (own names and numbers), rendered to PDF by
 * Chromium, to test reading tables from text positions: narrow columns wrap long names onto two
 * lines, 一级/二级 are merged down (rowspan, centred), and a long table runs over pages with its
 * header repeated (thead).
 */
import { escapeHtml } from '../print/render-html.ts';

export interface TableRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
}

const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

/** The HTML page: title, unit line, the table with merged levels and a 总分 row. */
export function renderTableHtml(options: { title: string; unit: string; rows: readonly TableRow[]; nameWidth: number }): string {
  const { rows } = options;
  const body = rows.map((row, index) => {
    const cells: string[] = [];
    const span = (key: 'level1' | 'level2'): number => {
      if (index > 0 && rows[index - 1]?.[key] === row[key] && (key === 'level1' || rows[index - 1]?.level1 === row.level1)) return 0;
      let count = 1;
      while (rows[index + count]?.[key] === row[key] && (key === 'level1' || rows[index + count]?.level1 === row.level1)) count += 1;
      return count;
    };
    for (const key of ['level1', 'level2'] as const) {
      const count = span(key);
      if (count > 0) cells.push(`<td rowspan="${count}">${escapeHtml(row[key])}</td>`);
    }
    for (const text of [row.name, row.target, row.actual, row.weight, row.score]) cells.push(`<td>${escapeHtml(text)}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  const weight = rows.reduce((sum, row) => sum + Number(row.weight), 0);
  const score = rows.reduce((sum, row) => sum + Number(row.score), 0);
  const widths = [24, 34, options.nameWidth, 26, 26, 14, 14];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: A4 portrait; margin: 15mm 12mm; }
    body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; }
    h1 { font-size: 16pt; text-align: center; margin: 0 0 12pt; }
    table { border-collapse: collapse; table-layout: fixed; width: ${widths.reduce((a, b) => a + b, 0)}mm; }
    td, th { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-break: break-all; font-weight: normal; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; }
  </style></head><body><h1>${escapeHtml(options.title)}</h1><p>${escapeHtml(options.unit)}</p>
  <table><colgroup>${widths.map((width) => `<col style="width:${width}mm">`).join('')}</colgroup>
  <thead><tr>${header.map((text) => `<th>${text}</th>`).join('')}</tr></thead>
  <tbody>${body.join('\n')}<tr><td colspan="5">总分</td><td>${weight}</td><td>${score}</td></tr></tbody></table></body></html>`;
}
