/**
 * The indicator tree of one goal as an editable table (一级/二级/三级, 指标值), laid out like the
 * official table: 一级/二级 merged over their rows (editing a merged cell edits its group), cells
 * that grow with their text, Excel keys (cell-navigation.ts), and a block of cells pasted from
 * Excel/WPS handed to the editor's paste preview. The 指标值 cell parses as you type and shows
 * what it understood and the row's findings; reviewers attach opinions per row. With `showsResults` (a report's
 * project tables, read as they were filed) 实际完成值, 分值 and 得分 follow the 指标值. Rows are memoised
 * so typing in one row re-renders only that row (trees of 200 rows stay responsive).
 */
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CopyOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { memo, useMemo, type ClipboardEvent, type ReactNode } from 'react';
import type { Finding, Goal, Indicator } from '../../../core/model.ts';
import { sheetMinWidth } from '../../components/sheet-width.ts';
import { handleCellKeyDown, toCellId } from '../../components/cell-navigation.ts';
import { SheetCellText } from '../../components/sheet-input.tsx';
import { ValueUnderstanding } from '../../components/value-understanding.tsx';
import type { Opinion } from '../../../contract/documents.ts';
import { IndicatorNameInput } from './indicator-name-input.tsx';
import { isCellBlock } from './clipboard-grid.ts';
import { parseRowPath, toRowPath, type RowAddress } from './indicator-rows.ts';
import { computeLevelSpans } from './level-spans.ts';
import { useNameSuggestions } from './name-suggestions-context.ts';
import { useReferenceNotes } from './reference-notes-context.ts';

export type RowOperation = 'up' | 'down' | 'copy' | 'insert' | 'remove';

export interface IndicatorTableProps {
  goal: Goal;
  goalIndex: number;
  /** Number of rows in earlier goals, so row numbers and Enter run across goals. */
  firstRowNumber: number;
  isEditable: boolean;
  findingsByRow: Map<string, Finding[]>;
  opinionsByRow: Map<string, Opinion[]>;
  highlightedRow: string | null;
  onChange: (address: RowAddress, change: Partial<Indicator>) => void;
  onValueText: (address: RowAddress, text: string) => void;
  onOperation: (address: RowAddress, operation: RowOperation) => void;
  /** A merged 一级/二级 cell changed: `count` rows from `address` take the change. */
  onGroupChange: (address: RowAddress, count: number, change: Partial<Indicator>) => void;
  /** A block of cells pasted (tab-separated text) at a row, or past the last row when outside one. */
  onPasteBlock?: (address: RowAddress, text: string) => void;
  renderOpinionAction?: (path: string, indicator: Indicator) => ReactNode;
  /** 实际完成值, 分值 and 得分 shown after 指标值, as filed (a report's project tables; read-only). */
  showsResults?: boolean;
  /** The table's accessible name, when the goal's name does not tell it apart (a report's project: its name). */
  tableName?: string;
}

const table = 'indicators';
const noFindings: Finding[] = [];
const noOpinions: Opinion[] = [];

/** "绩效指标表：目标一 …", or numbered where goals have no names. */
export function describeTableName(goalName: string, goalIndex: number): string {
  if (goalName.trim()) return `绩效指标表：${goalName.trim()}`;
  return goalIndex === 0 ? '绩效指标表' : `绩效指标表 ${goalIndex + 1}`;
}

export function IndicatorTable(props: IndicatorTableProps) {
  // An official view (批复表, a read-only table) shows 审核意见 only when there are some to show.
  const showsOpinions = props.renderOpinionAction !== undefined || props.opinionsByRow.size > 0;
  const spans = useMemo(() => computeLevelSpans(props.goal.indicators), [props.goal.indicators]);
  const { onPasteBlock, goalIndex } = props;
  const indicatorCount = props.goal.indicators.length;
  const showsResults = props.showsResults ?? false;
  // 序号, 一级, 二级, 三级 (what is left), 指标值, then 实际完成值 / 分值 / 得分, 审核意见 and 操作 where shown.
  const columnWidths = [
    48,
    120,
    140,
    null,
    showsResults ? 200 : 280,
    ...(showsResults ? [160, 64, 64] : []),
    ...(showsOpinions ? [180] : []),
    ...(props.isEditable ? [150] : []),
  ];
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    // One value goes into the cell as typed; only a block of cells opens the preview.
    if (!onPasteBlock || !props.isEditable || !isCellBlock(text)) return;
    event.preventDefault();
    const rowPath = (event.target as HTMLElement).closest('tr[data-row-path]')?.getAttribute('data-row-path');
    const address = rowPath ? parseRowPath(rowPath) : null;
    onPasteBlock(address ?? { goalIndex, indicatorIndex: indicatorCount }, text);
  };
  return (
    // Focusable so a keyboard can scroll the wide table sideways (axe scrollable-region-focusable).
    // One region per goal, each named apart (axe landmark-unique).
    <div className="sheet-scroll" tabIndex={0} role="region" aria-label={props.tableName ?? describeTableName(props.goal.name, goalIndex)} onPaste={onPaste}>
      <table className="sheet" style={{ minWidth: sheetMinWidth(columnWidths) }}>
        <colgroup>
          {columnWidths.map((width, index) => (
            <col key={index} style={width === null ? undefined : { width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>一级指标</th>
            <th>二级指标</th>
            <th>三级指标</th>
            <th>指标值</th>
            {showsResults && (
              <>
                <th>实际完成值</th>
                <th>分值</th>
                <th>得分</th>
              </>
            )}
            {showsOpinions && <th>审核意见</th>}
            {props.isEditable && <th>操作</th>}
          </tr>
        </thead>
        <tbody>
          {props.goal.indicators.map((indicator, indicatorIndex) => {
            const path = toRowPath({ goalIndex: props.goalIndex, indicatorIndex });
            return (
              <IndicatorRow
                key={path}
                path={path}
                goalIndex={props.goalIndex}
                indicatorIndex={indicatorIndex}
                rowNumber={props.firstRowNumber + indicatorIndex}
                indicator={indicator}
                level1Span={spans.level1[indicatorIndex]!}
                level2Span={spans.level2[indicatorIndex]!}
                findings={props.findingsByRow.get(path) ?? noFindings}
                opinions={props.opinionsByRow.get(path) ?? noOpinions}
                isEditable={props.isEditable}
                showsOpinions={showsOpinions}
                showsResults={showsResults}
                isHighlighted={props.highlightedRow === path}
                onChange={props.onChange}
                onValueText={props.onValueText}
                onOperation={props.onOperation}
                onGroupChange={props.onGroupChange}
                renderOpinionAction={props.renderOpinionAction}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  path: string;
  goalIndex: number;
  indicatorIndex: number;
  rowNumber: number;
  indicator: Indicator;
  /** Rows the 一级/二级 cell spans; 0 when a merged cell above covers this row. */
  level1Span: number;
  level2Span: number;
  findings: Finding[];
  opinions: Opinion[];
  isEditable: boolean;
  showsOpinions: boolean;
  showsResults: boolean;
  isHighlighted: boolean;
  onChange: IndicatorTableProps['onChange'];
  onValueText: IndicatorTableProps['onValueText'];
  onOperation: IndicatorTableProps['onOperation'];
  onGroupChange: IndicatorTableProps['onGroupChange'];
  renderOpinionAction?: IndicatorTableProps['renderOpinionAction'];
}

/** Findings are recomputed on every edit; equal content must not re-render the row. */
function keyOfFindings(findings: Finding[]): string {
  return findings.map((finding) => `${finding.severity}|${finding.code}|${finding.message}`).join('\n');
}

function isSameRow(before: RowProps, after: RowProps): boolean {
  return (
    before.indicator === after.indicator &&
    before.rowNumber === after.rowNumber &&
    before.level1Span === after.level1Span &&
    before.level2Span === after.level2Span &&
    before.path === after.path &&
    before.isEditable === after.isEditable &&
    before.showsOpinions === after.showsOpinions &&
    before.showsResults === after.showsResults &&
    before.isHighlighted === after.isHighlighted &&
    before.opinions === after.opinions &&
    before.onChange === after.onChange &&
    before.onValueText === after.onValueText &&
    before.onOperation === after.onOperation &&
    before.onGroupChange === after.onGroupChange &&
    before.renderOpinionAction === after.renderOpinionAction &&
    (before.findings === after.findings || keyOfFindings(before.findings) === keyOfFindings(after.findings))
  );
}

const IndicatorRow = memo(function IndicatorRow(props: RowProps) {
  const { indicator, rowNumber } = props;
  const address: RowAddress = { goalIndex: props.goalIndex, indicatorIndex: props.indicatorIndex };
  const label = (name: string) => `${name}（第${rowNumber + 1}行）`;
  const suggestions = useNameSuggestions();
  const referenceNote = useReferenceNotes()?.(indicator.name) ?? null;
  const textCell = (field: 'level1' | 'level2' | 'name', column: number, name: string, span = 1) =>
    props.isEditable && field === 'name' && suggestions ? (
      <IndicatorNameInput
        ariaLabel={label(name)}
        value={indicator.name}
        year={suggestions.year}
        dataCell={toCellId({ table, row: rowNumber, column })}
        onKeyDown={handleCellKeyDown}
        onChange={(value) => props.onChange(address, { name: value })}
        onTake={(suggestion) => suggestions.onTake(address, suggestion)}
      />
    ) : props.isEditable ? (
      <SheetCellText
        ariaLabel={span > 1 ? `${name}（第${rowNumber + 1}-${rowNumber + span}行）` : label(name)}
        value={indicator[field]}
        dataCell={toCellId({ table, row: rowNumber, column })}
        onKeyDown={handleCellKeyDown}
        onChange={(value) =>
          span > 1
            ? props.onGroupChange(address, span, { [field]: value })
            : props.onChange(address, { [field]: value })
        }
      />
    ) : (
      <span>{indicator[field]}</span>
    );
  const levelCell = (field: 'level1' | 'level2', column: number, name: string, span: number) =>
    span === 0 ? null : (
      <td rowSpan={span > 1 ? span : undefined} className={span > 1 ? 'is-merged' : undefined}>
        {textCell(field, column, name, span)}
      </td>
    );
  const hasError = props.findings.some((finding) => finding.severity === 'error');
  const operation = (name: string, kind: RowOperation, icon: ReactNode, isDanger = false) => (
    <button
      type="button"
      className={`sheet-button${isDanger ? ' is-danger' : ''}`}
      title={name}
      aria-label={label(name)}
      onClick={() => props.onOperation(address, kind)}
    >
      {icon}
    </button>
  );
  return (
    <tr data-row-path={props.path} className={props.isHighlighted ? 'row-highlighted' : undefined}>
      <td>{rowNumber + 1}</td>
      {levelCell('level1', 0, '一级指标', props.level1Span)}
      {levelCell('level2', 1, '二级指标', props.level2Span)}
      <td>{textCell('name', 2, '三级指标')}</td>
      <td>
        {props.isEditable ? (
          <SheetCellText
            ariaLabel={label('指标值')}
            value={indicator.target?.text ?? ''}
            status={hasError ? 'error' : props.findings.length ? 'warning' : undefined}
            dataCell={toCellId({ table, row: rowNumber, column: 3 })}
            onKeyDown={handleCellKeyDown}
            onChange={(value) => props.onValueText(address, value)}
          />
        ) : (
          <span>{indicator.target?.text ?? ''}</span>
        )}
        {props.isEditable && <ValueUnderstanding value={indicator.target} />}
        {referenceNote && <span className="sheet-note muted">{referenceNote}</span>}
        {props.findings.map((finding, index) => (
          <span key={index} className={`sheet-note ${finding.severity === 'error' ? 'error' : 'warning'}`}>
            {finding.message}
          </span>
        ))}
      </td>
      {props.showsResults && (
        <>
          <td>{indicator.actual?.text ?? ''}</td>
          <td>{indicator.weight ?? ''}</td>
          <td>{indicator.score ?? ''}</td>
        </>
      )}
      {props.showsOpinions && (
        <td>
          {props.opinions.map((opinion) => (
            <span key={opinion.id} className="sheet-note error">
              {opinion.actorName ?? '审核人'}：{opinion.text}
            </span>
          ))}
          {props.renderOpinionAction?.(props.path, indicator)}
        </td>
      )}
      {props.isEditable && (
        <td className="sheet-actions">
          {operation('上移', 'up', <ArrowUpOutlined />)}
          {operation('下移', 'down', <ArrowDownOutlined />)}
          {operation('复制', 'copy', <CopyOutlined />)}
          {operation('在下方插入', 'insert', <PlusOutlined />)}
          {operation('删除', 'remove', <DeleteOutlined />, true)}
        </td>
      )}
    </tr>
  );
}, isSameRow);
