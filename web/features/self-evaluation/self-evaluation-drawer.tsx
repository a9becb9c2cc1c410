/**
 * One indicator of a self-evaluation edited on a phone: a full-width drawer with what the unit
 * fills in one under the other (实际完成值 read as typed, 分值, 得分 with the rules' band, the
 * score by the rules with its formula and 采用, 偏差原因分析及改进措施), under the indicator's
 * levels and 年度指标值, which the approved target fixed. 上一项/下一项 step through the
 * indicators without closing. Every change goes to the editor at once, as a cell edit does: the
 * page's draft autosaves it with its version (optimistic locking), so the drawer saves nothing itself.
 */
import { Button, Input, Typography } from 'antd';
import type { Indicator } from '../../../core/model.ts';
import { DecimalInput } from '../../components/decimal-input.tsx';
import { ValueUnderstanding } from '../../components/value-understanding.tsx';
import { RowEditDrawer } from '../../components/row-edit-drawer.tsx';
import '../../components/sheet.css';
import '../target-editor/indicator-cards.css';
import './self-evaluation-cards.css';
import { readValueText, toRowPath, type RowAddress } from '../target-editor/indicator-rows.ts';
import type { RowScore } from './live-score.ts';
import type { OnAccept, OnChange } from './self-evaluation-rows.tsx';

export interface SelfEvaluationDrawerProps {
  /** The indicator being edited; undefined closes the drawer. */
  indicator: Indicator | undefined;
  address: RowAddress;
  /** 1-based, numbered across goals as the page shows it. */
  rowNumber: number;
  /** The indicator's live score (scoreRow), computed once for its block and the drawer. */
  score: RowScore | undefined;
  hasPrevious: boolean;
  hasNext: boolean;
  onChange: OnChange;
  onAccept?: OnAccept;
  /** -1 for 上一项, +1 for 下一项. */
  onStep: (offset: number) => void;
  onClose: () => void;
}

export function SelfEvaluationDrawer(props: SelfEvaluationDrawerProps) {
  const { indicator, address, score } = props;
  const idOf = (field: string) => `self-evaluation-${address.goalIndex}-${address.indicatorIndex}-${field}`;
  const change = (patch: Partial<Indicator>) => props.onChange(address, patch);
  return (
    <RowEditDrawer rowNumber={props.rowNumber} isOpen={indicator !== undefined} onClose={props.onClose}>
      {indicator && score && (
        // Keyed by the row: the 分值/得分 boxes keep what was typed per indicator, not across a step.
        <div key={toRowPath(address)} className="indicator-drawer sheet-notes">
          <div className="indicator-drawer-field">
            <span>{indicator.name.trim() || '（未填写三级指标）'}</span>
            <Typography.Text type="secondary">
              {[indicator.level1, indicator.level2].filter(Boolean).join(' / ')}
            </Typography.Text>
          </div>
          <div className="indicator-drawer-field">
            <span>年度指标值</span>
            {indicator.target?.text || <Typography.Text type="secondary">未填写</Typography.Text>}
          </div>
          <div className="indicator-drawer-field">
            <label htmlFor={idOf('actual')}>实际完成值</label>
            <Input.TextArea
              id={idOf('actual')}
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={indicator.actual?.text ?? ''}
              onChange={(event) => change({ actual: readValueText(event.target.value, indicator.name) })}
            />
            <ValueUnderstanding value={indicator.actual} isActual />
          </div>
          <div className="indicator-drawer-field self-evaluation-drawer-scores">
            <div>
              <span>分值</span>
              <DecimalInput ariaLabel="分值" width={120} value={indicator.weight} onChange={(weight) => change({ weight })} />
            </div>
            <div>
              <span>得分（填报）</span>
              <DecimalInput ariaLabel="得分" width={120} value={indicator.score} onChange={(entered) => change({ score: entered })} />
              {score.isOutsideBand && <span className="sheet-note error">超出规则区间</span>}
            </div>
          </div>
          <div className="indicator-drawer-field" role="group" aria-label="建议得分">
            <span>建议得分（按规则）</span>
            <strong data-testid="drawer-suggested-score">{score.suggestedScore ?? '—'}</strong>
            {score.hasGap && (
              <span className="sheet-tag is-orange" style={{ marginLeft: 6 }}>
                与填报不一致
              </span>
            )}
            {props.onAccept && score.suggestedScore !== null && (score.hasGap || !indicator.score) && (
              <Button size="small" style={{ marginLeft: 8 }} onClick={() => props.onAccept?.(address)}>
                采用建议得分
              </Button>
            )}
            {score.formula && <span className="sheet-note">{score.formula}</span>}
            <span className="sheet-note muted">{score.reason}</span>
          </div>
          <div className="indicator-drawer-field">
            <label htmlFor={idOf('deviation')}>偏差原因分析及改进措施</label>
            <Input.TextArea
              id={idOf('deviation')}
              autoSize={{ minRows: 2, maxRows: 6 }}
              status={score.needsDeviation ? 'error' : undefined}
              value={indicator.deviation ?? ''}
              onChange={(event) => change({ deviation: event.target.value })}
            />
            {score.needsDeviation && <span className="sheet-note error">未完全达成，请填写偏差原因及改进措施</span>}
          </div>
          <div className="indicator-drawer-operations" role="group" aria-label="切换指标">
            <Button disabled={!props.hasPrevious} onClick={() => props.onStep(-1)}>
              上一项
            </Button>
            <Button disabled={!props.hasNext} onClick={() => props.onStep(1)}>
              下一项
            </Button>
          </div>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            修改即时生效并自动保存，点“完成”回到指标列表。
          </Typography.Paragraph>
        </div>
      )}
    </RowEditDrawer>
  );
}
