/**
 * One indicator edited on a phone: a full-width drawer with the row's fields one under the other
 * (一级/二级 picked or typed, 三级指标 with the library's suggestions, 指标值 read as typed with the
 * row's findings), and the row operations the desktop sheet has as icons (上移, 下移, 复制, 在下方插入,
 * 删除) as named buttons. Every change goes to the editor at once, as a cell edit does: the page's
 * draft autosaves it with its version (optimistic locking), so the drawer has nothing to save itself.
 */
import { AutoComplete, Button, Input, Typography } from 'antd';
import type { Finding, Goal, Indicator } from '../../../core/model.ts';
import { ValueUnderstanding } from '../../components/value-understanding.tsx';
import { RowEditDrawer } from '../../components/row-edit-drawer.tsx';
import '../../components/sheet.css';
import './indicator-cards.css';
import { IndicatorNameInput } from './indicator-name-input.tsx';
import type { RowOperation } from './indicator-table.tsx';
import { listLevel1Options, listLevel2Options } from './level-options.ts';
import { useNameSuggestions } from './name-suggestions-context.ts';
import type { RowAddress } from './indicator-rows.ts';

const ignoreKey = () => undefined;

export interface IndicatorDrawerProps {
  /** The row being edited; undefined closes the drawer. */
  indicator: Indicator | undefined;
  address: RowAddress;
  /** 1-based, numbered across goals as the page shows it. */
  rowNumber: number;
  rowCount: number;
  findings: Finding[];
  /** The document's goals, for the level names it already uses. */
  goals: readonly Goal[];
  onChange: (address: RowAddress, change: Partial<Indicator>) => void;
  onValueText: (address: RowAddress, text: string) => void;
  onOperation: (address: RowAddress, operation: RowOperation) => void;
  onClose: () => void;
}

function LevelField(props: {
  id: string;
  label: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="indicator-drawer-field">
      <label htmlFor={props.id}>{props.label}</label>
      <AutoComplete
        id={props.id}
        value={props.value}
        options={props.options.map((name) => ({ value: name }))}
        onChange={(value: string) => props.onChange(value)}
        style={{ width: '100%' }}
      />
    </div>
  );
}

export function IndicatorDrawer(props: IndicatorDrawerProps) {
  const { indicator, address, rowNumber } = props;
  const suggestions = useNameSuggestions();
  const idOf = (field: string) => `indicator-${address.goalIndex}-${address.indicatorIndex}-${field}`;
  const hasError = props.findings.some((finding) => finding.severity === 'error');
  const operation = (
    name: string,
    kind: RowOperation,
    options: { isDisabled?: boolean; isDanger?: boolean } = {},
  ) => (
    <Button
      danger={options.isDanger}
      disabled={options.isDisabled}
      onClick={() => props.onOperation(address, kind)}
    >
      {name}
    </Button>
  );
  return (
    <RowEditDrawer rowNumber={rowNumber} isOpen={indicator !== undefined} onClose={props.onClose}>
      {indicator && (
        <div className="indicator-drawer sheet-notes">
          <LevelField
            id={idOf('level1')}
            label="一级指标"
            value={indicator.level1}
            options={listLevel1Options(props.goals)}
            onChange={(level1) => props.onChange(address, { level1 })}
          />
          <LevelField
            id={idOf('level2')}
            label="二级指标"
            value={indicator.level2}
            options={listLevel2Options(props.goals, indicator.level1)}
            onChange={(level2) => props.onChange(address, { level2 })}
          />
          <div className="indicator-drawer-field">
            {/* The suggestions' input names itself (aria-label); the plain one is named by the label. */}
            {suggestions ? <span aria-hidden>三级指标</span> : <label htmlFor={idOf('name')}>三级指标</label>}
            {suggestions ? (
              <IndicatorNameInput
                ariaLabel="三级指标"
                value={indicator.name}
                year={suggestions.year}
                dataCell={idOf('name')}
                onKeyDown={ignoreKey}
                onChange={(name) => props.onChange(address, { name })}
                onTake={(suggestion) => suggestions.onTake(address, suggestion)}
              />
            ) : (
              <Input.TextArea
                id={idOf('name')}
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={indicator.name}
                onChange={(event) => props.onChange(address, { name: event.target.value })}
              />
            )}
          </div>
          <div className="indicator-drawer-field">
            <label htmlFor={idOf('target')}>指标值</label>
            <Input.TextArea
              id={idOf('target')}
              autoSize={{ minRows: 1, maxRows: 4 }}
              status={hasError ? 'error' : props.findings.length ? 'warning' : undefined}
              placeholder="如 ≥95%、≤2小时、健全"
              value={indicator.target?.text ?? ''}
              onChange={(event) => props.onValueText(address, event.target.value)}
            />
            <ValueUnderstanding value={indicator.target} />
            {props.findings.map((finding, index) => (
              <span
                key={index}
                className={`sheet-note ${finding.severity === 'error' ? 'error' : 'warning'}`}
              >
                {finding.message}
              </span>
            ))}
          </div>
          <div className="indicator-drawer-operations" role="group" aria-label="本行操作">
            {operation('上移', 'up', { isDisabled: address.indicatorIndex === 0 })}
            {operation('下移', 'down', { isDisabled: address.indicatorIndex === props.rowCount - 1 })}
            {operation('复制本行', 'copy')}
            {operation('在下方插入', 'insert')}
            {operation('删除', 'remove', { isDanger: true })}
          </div>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            修改即时生效并自动保存，点“完成”回到指标列表。
          </Typography.Paragraph>
        </div>
      )}
    </RowEditDrawer>
  );
}
