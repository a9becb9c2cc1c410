/**
 * The preview of a block pasted from Excel/WPS: which column goes where (changeable), whether the
 * first row is a header, over or under the cursor row, how many rows are added and overwritten,
 * and the first rows as they will read. Nothing changes until 粘贴 is pressed.
 */
import { Alert, Checkbox, Modal, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ClipboardGrid } from './clipboard-grid.ts';
import { countPaste, type PasteMode } from './paste-apply.ts';
import { pasteRoleLabels, pasteRoles, readPastedRows, type PastePlan, type PasteRole, type PastedRow } from './paste-plan.ts';
import '../../components/sheet.css';

/** Rows shown in the preview; the rest are counted. */
const PREVIEW_ROWS = 8;

export interface PasteRequest {
  plan: PastePlan;
  /** Rows of the goal and the cursor row (index past the end: no cursor row). */
  indicatorCount: number;
  start: number;
  mode: PasteMode;
  above?: { level1: string; level2: string };
}

export function PastePreview(props: {
  request: PasteRequest;
  onConfirm: (input: { rows: PastedRow[]; mode: PasteMode }) => void;
  onCancel: () => void;
}) {
  const { request } = props;
  const [columns, setColumns] = useState(request.plan.columns);
  const [hasHeader, setHasHeader] = useState(request.plan.hasHeader);
  const [mode, setMode] = useState<PasteMode>(request.mode);
  const allRows: ClipboardGrid = useMemo(
    () => (request.plan.header ? [request.plan.header, ...request.plan.rows] : request.plan.rows),
    [request.plan],
  );
  const plan: PastePlan = {
    columns,
    hasHeader,
    header: hasHeader ? (allRows[0] ?? null) : null,
    rows: hasHeader ? allRows.slice(1) : allRows,
  };
  const rows = readPastedRows(plan, request.above);
  const counts = countPaste({ indicatorCount: request.indicatorCount, start: request.start, rows: rows.length, mode });
  const hasCursorRow = request.start < request.indicatorCount;
  const isMapped = columns.some((role) => role !== null);
  return (
    <Modal
      open
      title="粘贴表格内容"
      width={860}
      okText={`粘贴 ${rows.length} 行`}
      cancelText="取消"
      okButtonProps={{ disabled: rows.length === 0 || !isMapped }}
      onOk={() => props.onConfirm({ rows, mode })}
      onCancel={props.onCancel}
    >
      <Alert
        type={counts.replaced > 0 ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        message={`共 ${rows.length} 行：新增 ${counts.added} 行，覆盖 ${counts.replaced} 行。确认前不会改动表格，粘贴后可撤销。`}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Checkbox checked={hasHeader} onChange={(event) => setHasHeader(event.target.checked)}>
          第一行是表头
        </Checkbox>
        {hasCursorRow && (
          <Radio.Group value={mode} onChange={(event) => setMode(event.target.value as PasteMode)}>
            <Radio value="replace">从第 {request.start + 1} 行起覆盖</Radio>
            <Radio value="insert">插入到第 {request.start + 1} 行下方</Radio>
          </Radio.Group>
        )}
      </Space>
      <Typography.Paragraph>各列对应：</Typography.Paragraph>
      <div className="sheet-scroll" tabIndex={0} role="region" aria-label="粘贴列对应">
        <table className="sheet" style={{ minWidth: 0 }}>
          <thead>
            <tr>
              {columns.map((role, index) => (
                <th key={index}>
                  <select
                    className="sheet-input"
                    aria-label={`第${index + 1}列对应`}
                    value={role ?? ''}
                    onChange={(event) => {
                      const chosen = (event.target.value || null) as PasteRole | null;
                      // A role goes to one column: taking it here frees it elsewhere.
                      setColumns((current) => current.map((item, at) => (at === index ? chosen : item === chosen ? null : item)));
                    }}
                  >
                    <option value="">不导入</option>
                    {pasteRoles.map((choice) => (
                      <option key={choice} value={choice}>
                        {pasteRoleLabels[choice]}
                      </option>
                    ))}
                  </select>
                  {plan.header && <span className="sheet-note muted">表头：{plan.header[index]}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.rows.slice(0, PREVIEW_ROWS).map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index} style={{ whiteSpace: 'pre-wrap' }}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Typography.Paragraph style={{ marginTop: 12 }}>粘贴后的指标：</Typography.Paragraph>
      <div className="sheet-scroll" tabIndex={0} role="region" aria-label="粘贴后的指标">
        <table className="sheet" style={{ minWidth: 0 }}>
          <thead>
            <tr>
              <th>一级指标</th>
              <th>二级指标</th>
              <th>三级指标</th>
              <th>指标值</th>
              <th>分值</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PREVIEW_ROWS).map((row, index) => (
              <tr key={index}>
                <td>{row.level1 ?? '—'}</td>
                <td>{row.level2 ?? '—'}</td>
                <td style={{ whiteSpace: 'pre-wrap' }}>{row.name ?? '—'}</td>
                <td>{row.valueText ?? '—'}</td>
                <td>{row.weight === undefined ? '—' : (row.weight ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        “—”：该列未粘贴，覆盖的行保留原内容，新增的行沿用上一行的一级/二级指标。
      </Typography.Paragraph>
      {rows.length > PREVIEW_ROWS && (
        <Typography.Paragraph style={{ marginTop: 8 }}>另有 {rows.length - PREVIEW_ROWS} 行未列出。</Typography.Paragraph>
      )}
    </Modal>
  );
}
