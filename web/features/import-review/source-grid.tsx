/**
 * The source grid beside the model: the file's cells with their merges, each row labelled with its
 * source (line, sheet), the header band marked, and above each column a select of the column's
 * role (the vocabulary's roles). Rows named by a finding are highlighted.
 */
import { Select, Typography } from 'antd';
import type { ImportPreview } from '../../../contract/import-review.ts';
import type { ColumnRole } from '../../../documents/vocabulary/columns.ts';
import { columnRoleOptions, ignoredColumn } from './column-role-names.ts';
import { placeCells } from './grid-layout.ts';

type Props = {
  preview: ImportPreview;
  onChangeRole: (column: number, role: ColumnRole | null) => void;
  highlightedLines: ReadonlySet<number>;
};

function describeSource(source: { line?: number; page?: number; sheet?: string }): string {
  return [source.sheet, source.page === undefined ? null : `第${source.page}页`, source.line === undefined ? null : `${source.line}`].filter(Boolean).join(' ');
}

export function SourceGrid({ preview, onChangeRole, highlightedLines }: Props) {
  const grid = preview.grid;
  if (!grid) return <Typography.Text type="secondary">该文件没有可显示的表格。</Typography.Text>;
  const header = preview.header;
  const width = Math.max(grid.width, header?.columns.length ?? 0);
  const columns = Array.from({ length: width }, (_, column) => column);
  const placed = placeCells(grid, width);
  return (
    <div className="import-review-grid" style={{ overflow: 'auto', maxHeight: 560 }}>
      <table style={{ borderCollapse: 'collapse', fontSize: 12 }}>
        <thead>
          {header && (
            <tr>
              <th scope="col" style={{ position: 'sticky', top: 0, background: '#fafafa', padding: 4 }}>
                栏目
              </th>
              {columns.map((column) => {
                const mapped = header.columns[column];
                return (
                  <th key={column} scope="col" style={{ position: 'sticky', top: 0, background: '#fafafa', padding: 4, minWidth: 110 }}>
                    <Select
                      size="small"
                      style={{ width: '100%' }}
                      // All 23 roles drawn at once (no virtual list), so each option is reachable.
                      virtual={false}
                      listHeight={320}
                      aria-label={`第${column + 1}列栏目：${mapped?.text ?? ''}`}
                      value={mapped?.role ?? ignoredColumn}
                      options={columnRoleOptions}
                      onChange={(value: string) => onChangeRole(column, value === ignoredColumn ? null : (value as ColumnRole))}
                    />
                  </th>
                );
              })}
            </tr>
          )}
        </thead>
        <tbody>
          {grid.rows.map((row, rowIndex) => {
            const isHeader = header !== null && row.index >= header.firstRow && row.index <= header.lastRow;
            const isHighlighted = row.source.line !== undefined && highlightedLines.has(row.source.line);
            return (
              <tr key={row.index} style={{ background: isHighlighted ? '#fff1b8' : isHeader ? '#e6f4ff' : undefined }} data-line={row.source.line}>
                <th scope="row" style={{ color: '#595959', fontWeight: 'normal', padding: '2px 6px', whiteSpace: 'nowrap', border: '1px solid #f0f0f0' }}>
                  {describeSource(row.source)}
                </th>
                {(placed[rowIndex] ?? []).map((entry) =>
                  entry.kind === 'empty' ? (
                    <td key={entry.column} style={{ border: '1px solid #f0f0f0' }} />
                  ) : (
                  <td
                    key={entry.cell.column}
                    rowSpan={entry.cell.rowSpan}
                    colSpan={entry.cell.colSpan}
                    title={entry.cell.source.address}
                    style={{ border: '1px solid #d9d9d9', padding: '2px 6px', verticalAlign: 'top', fontWeight: isHeader ? 600 : undefined }}
                  >
                    {entry.cell.text}
                  </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {grid.isTruncated && <Typography.Text type="secondary">表格较大，只显示前一部分。</Typography.Text>}
    </div>
  );
}
