/**
 * The parts of the target-table editor, memoised: a keystroke in one indicator re-renders its
 * goal and row only, not the budget, the long texts or the other goals.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Typography } from 'antd';
import { memo, type ReactNode } from 'react';
import type { Budget, Finding, Goal, Indicator, PerformanceDocument } from '../../../core/model.ts';
import type { Opinion } from '../../../contract/documents.ts';
import { useIsPhone } from '../../components/row-cards.tsx';
import { BudgetSection } from './budget-section.tsx';
import { IndicatorCards } from './indicator-cards.tsx';
import { appendRow, type RowAddress } from './indicator-rows.ts';
import { IndicatorTable, type RowOperation } from './indicator-table.tsx';

type OnUpdate = (change: (body: PerformanceDocument) => PerformanceDocument) => void;

export const BudgetCard = memo(function BudgetCard(props: {
  budget: Budget;
  isEditable: boolean;
  onUpdate: OnUpdate;
  scope?: 'department' | 'project';
}) {
  const { onUpdate } = props;
  return (
    <Card title={props.scope === 'project' ? '项目资金（万元）' : '年度预算申请（万元）'} size="small" style={{ marginBottom: 16 }}>
      <BudgetSection
        scope={props.scope}
        budget={props.budget}
        isEditable={props.isEditable}
        onChange={(budget) => onUpdate((current) => ({ ...current, budget }))}
      />
    </Card>
  );
});

export const TextCard = memo(function TextCard(props: {
  title: string;
  field: 'functions' | 'overallGoal';
  value: string | null | undefined;
  isEditable: boolean;
  onUpdate: OnUpdate;
}) {
  const { onUpdate, field } = props;
  return (
    <Card title={props.title} size="small" style={{ marginBottom: 16 }}>
      {props.isEditable ? (
        <Input.TextArea
          aria-label={props.title}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={props.value ?? ''}
          onChange={(event) => {
            const text = event.target.value;
            onUpdate((current) => ({ ...current, [field]: text }));
          }}
        />
      ) : (
        // A long text scrolls in its box; the box takes focus so it scrolls without a mouse (axe).
        <Typography.Paragraph tabIndex={0} style={{ whiteSpace: 'pre-wrap', maxHeight: 180, overflow: 'auto' }}>
          {props.value}
        </Typography.Paragraph>
      )}
    </Card>
  );
});

export const GoalCard = memo(function GoalCard(props: {
  goal: Goal;
  goalIndex: number;
  firstRowNumber: number;
  isEditable: boolean;
  findingsByRow: Map<string, Finding[]>;
  opinionsByRow: Map<string, Opinion[]>;
  highlightedRow: string | null;
  onUpdate: OnUpdate;
  onChange: (address: RowAddress, change: Partial<Indicator>) => void;
  onValueText: (address: RowAddress, text: string) => void;
  onOperation: (address: RowAddress, operation: RowOperation) => void;
  onGroupChange: (address: RowAddress, count: number, change: Partial<Indicator>) => void;
  onPasteBlock?: (address: RowAddress, text: string) => void;
  renderOpinionAction?: (path: string, indicator: Indicator) => ReactNode;
}) {
  const { goal, goalIndex, onUpdate } = props;
  // A phone shows each indicator as a block with 添加指标 below them (indicator-cards.tsx).
  const isPhone = useIsPhone();
  const onAppend = () => onUpdate((current) => appendRow(current, goalIndex));
  // What the phone's blocks and the wide screen's sheet both show and do.
  const rowProps = {
    goal,
    goalIndex,
    firstRowNumber: props.firstRowNumber,
    isEditable: props.isEditable,
    findingsByRow: props.findingsByRow,
    opinionsByRow: props.opinionsByRow,
    highlightedRow: props.highlightedRow,
    onChange: props.onChange,
    onValueText: props.onValueText,
    onOperation: props.onOperation,
    renderOpinionAction: props.renderOpinionAction,
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        props.isEditable ? (
          <Input
            aria-label={`目标名称（第${goalIndex + 1}个）`}
            value={goal.name}
            style={{ maxWidth: 480 }}
            onChange={(event) => {
              const name = event.target.value;
              onUpdate((current) => ({
                ...current,
                goals: current.goals.map((item, index) => (index === goalIndex ? { ...item, name } : item)),
              }));
            }}
          />
        ) : (
          goal.name || '绩效指标'
        )
      }
      extra={
        props.isEditable && !isPhone ? (
          <Button size="small" icon={<PlusOutlined />} onClick={onAppend}>
            添加指标
          </Button>
        ) : null
      }
    >
      {isPhone ? (
        <IndicatorCards {...rowProps} onAppend={onAppend} />
      ) : (
        <IndicatorTable {...rowProps} onGroupChange={props.onGroupChange} onPasteBlock={props.onPasteBlock} />
      )}
    </Card>
  );
});
