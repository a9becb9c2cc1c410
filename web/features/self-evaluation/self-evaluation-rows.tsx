/**
 * The indicator rows of a self-evaluation: target, actual (parsed as typed), 分值, entered 得分,
 * the score by the rules (live), band and 偏差原因 prompts. 一级/二级 merged over their rows within a
 * goal, as the official 自评表 prints them. Memoised rows: typing re-renders one row.
 */
import { memo } from 'react';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { handleCellKeyDown, toCellId } from '../../components/cell-navigation.ts';
import { DecimalInput } from '../../components/decimal-input.tsx';
import { sheetMinWidth } from '../../components/sheet-width.ts';
import { SheetInput, SheetTextArea } from '../../components/sheet-input.tsx';
import { ValueUnderstanding } from '../../components/value-understanding.tsx';
import { readValueText, toRowPath, type RowAddress } from '../target-editor/indicator-rows.ts';
import { computeLevelSpans } from '../target-editor/level-spans.ts';
import { scoreRow } from './live-score.ts';
import { useScoringPolicy } from '../rule-packs/scoring-policy-context.ts';

/** 序号, 一级, 二级, 三级 (what is left), 年度指标值, 实际完成值, 分值, 得分, 建议得分, 偏差原因. */
const columnWidths = [44, 90, 100, null, 150, 180, 80, 80, 180, 220] as const;
import { useReferenceNotes } from '../target-editor/reference-notes-context.ts';

const table = 'self-evaluation';

export type OnChange = (address: RowAddress, change: Partial<Indicator>) => void;
export type OnAccept = (address: RowAddress) => void;

export function SelfEvaluationRows(props: {
  body: PerformanceDocument;
  isEditable: boolean;
  onChange: OnChange;
  /** 采用: copy the rules' score into the row's 得分. */
  onAccept?: OnAccept;
}) {
  let rowNumber = 0;
  return (
    // Focusable so a keyboard can scroll the wide table sideways (axe scrollable-region-focusable).
    <div className="sheet-scroll" tabIndex={0} role="region" aria-label="自评指标表">
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
            <th>年度指标值</th>
            <th>实际完成值</th>
            <th>分值</th>
            <th>得分（填报）</th>
            <th>建议得分（按规则）</th>
            <th>偏差原因分析及改进措施</th>
          </tr>
        </thead>
        <tbody>
          {props.body.goals.flatMap((goal, goalIndex) => {
            const spans = computeLevelSpans(goal.indicators);
            return goal.indicators.map((indicator, indicatorIndex) => {
              const path = toRowPath({ goalIndex, indicatorIndex });
              rowNumber += 1;
              return (
                <SelfEvaluationRow
                  key={path}
                  path={path}
                  goalIndex={goalIndex}
                  indicatorIndex={indicatorIndex}
                  rowNumber={rowNumber - 1}
                  indicator={indicator}
                  level1Span={spans.level1[indicatorIndex]!}
                  level2Span={spans.level2[indicatorIndex]!}
                  isEditable={props.isEditable}
                  onChange={props.onChange}
                  onAccept={props.onAccept}
                />
              );
            });
          })}
        </tbody>
      </table>
    </div>
  );
}

const SelfEvaluationRow = memo(function SelfEvaluationRow(props: {
  path: string;
  goalIndex: number;
  indicatorIndex: number;
  rowNumber: number;
  indicator: Indicator;
  /** Rows the 一级/二级 cell spans; 0 when a merged cell above covers this row. */
  level1Span: number;
  level2Span: number;
  isEditable: boolean;
  onChange: OnChange;
  onAccept?: OnAccept;
}) {
  const { indicator, rowNumber } = props;
  const address: RowAddress = { goalIndex: props.goalIndex, indicatorIndex: props.indicatorIndex };
  const score = scoreRow(indicator, useScoringPolicy());
  const referenceNote = useReferenceNotes()?.(indicator.name) ?? null;
  const cell = (column: number) => toCellId({ table, row: rowNumber, column });
  const label = (name: string) => `${name}（${indicator.name}）`;
  return (
    <tr data-row-path={props.path}>
      <td>{rowNumber + 1}</td>
      {props.level1Span > 0 && <td rowSpan={props.level1Span > 1 ? props.level1Span : undefined}>{indicator.level1}</td>}
      {props.level2Span > 0 && <td rowSpan={props.level2Span > 1 ? props.level2Span : undefined}>{indicator.level2}</td>}
      <td>
        {indicator.name}
        {referenceNote && <span className="sheet-note muted">{referenceNote}</span>}
      </td>
      <td>
        {indicator.target?.text}
        {props.isEditable && <ValueUnderstanding value={indicator.target} />}
      </td>
      <td>
        {props.isEditable ? (
          <SheetInput
            ariaLabel={label('实际完成值')}
            value={indicator.actual?.text ?? ''}
            dataCell={cell(0)}
            onKeyDown={handleCellKeyDown}
            onChange={(value) => props.onChange(address, { actual: readValueText(value, indicator.name) })}
          />
        ) : (
          indicator.actual?.text
        )}
        {props.isEditable && <ValueUnderstanding value={indicator.actual} isActual />}
      </td>
      <td>
        {props.isEditable ? (
          <DecimalInput
            isCompact
            ariaLabel={label('分值')}
            width={68}
            value={indicator.weight}
            dataCell={cell(1)}
            onKeyDown={handleCellKeyDown}
            onChange={(weight) => props.onChange(address, { weight })}
          />
        ) : (
          indicator.weight
        )}
      </td>
      <td>
        {props.isEditable ? (
          <DecimalInput
            isCompact
            ariaLabel={label('得分')}
            width={68}
            value={indicator.score}
            dataCell={cell(2)}
            onKeyDown={handleCellKeyDown}
            onChange={(entered) => props.onChange(address, { score: entered })}
          />
        ) : (
          indicator.score
        )}
        {score.isOutsideBand && <span className="sheet-note error">超出规则区间</span>}
      </td>
      <td>
        <strong data-testid="suggested-score">{score.suggestedScore ?? '—'}</strong>
        {score.hasGap && (
          <span className="sheet-tag is-orange" style={{ marginLeft: 6 }}>
            与填报不一致
          </span>
        )}
        {props.isEditable && props.onAccept && score.suggestedScore !== null && (score.hasGap || !indicator.score) && (
          <button
            type="button"
            className="sheet-button"
            style={{ marginLeft: 6 }}
            aria-label={label('采用建议得分')}
            onClick={() => props.onAccept?.(address)}
          >
            采用
          </button>
        )}
        {score.formula && (
          <span className="sheet-note" data-testid="score-formula">
            {score.formula}
          </span>
        )}
        <span className="sheet-note muted">{score.reason}</span>
      </td>
      <td>
        {props.isEditable ? (
          <SheetTextArea
            ariaLabel={label('偏差原因')}
            status={score.needsDeviation ? 'error' : undefined}
            value={indicator.deviation ?? ''}
            onChange={(value) => props.onChange(address, { deviation: value })}
          />
        ) : (
          <span>{indicator.deviation}</span>
        )}
        {score.needsDeviation && (
          <span className="sheet-note error">未完全达成，请填写偏差原因及改进措施</span>
        )}
      </td>
    </tr>
  );
});
