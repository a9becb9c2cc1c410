/**
 * One goal's indicators on a phone: the desktop sheet (序号, 一级, 二级, 三级, 指标值, 审核意见, 操作)
 * is 900 px wide and scrolled sideways at 390 px, so each indicator is a block (RowCards, as the
 * finance tables do): its number and name, 编辑 at the right, then 一级/二级 (分值 if any)/指标值 with what the
 * value was read as and the row's findings (with `showsResults`: 实际完成值 and 得分 after it), and a reviewer's opinions. 编辑 opens the indicator
 * in a drawer (indicator-drawer.tsx); 添加指标 below the blocks adds a row and opens it.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Indicator } from '../../../core/model.ts';
import type { Opinion } from '../../../contract/documents.ts';
import { RowCards } from '../../components/row-cards.tsx';
import { ValueUnderstanding } from '../../components/value-understanding.tsx';
import '../../components/sheet.css';
import './indicator-cards.css';
import { IndicatorDrawer } from './indicator-drawer.tsx';
import { describeTableName, type IndicatorTableProps, type RowOperation } from './indicator-table.tsx';
import { toRowPath, type RowAddress } from './indicator-rows.ts';
import { useReferenceNotes } from './reference-notes-context.ts';

interface Item {
  indicator: Indicator;
  index: number;
  path: string;
}

export type IndicatorCardsProps = Omit<IndicatorTableProps, 'onGroupChange' | 'onPasteBlock'> & {
  /** 添加指标: a blank row at the end of the goal. */
  onAppend?: () => void;
};

const noOpinions: Opinion[] = [];

/** Where the drawer goes after a row operation: it follows the row it was on, or the new row. */
function nextEditedIndex(operation: RowOperation, index: number, count: number): number | null {
  switch (operation) {
    case 'up':
      return Math.max(0, index - 1);
    case 'down':
      return Math.min(count - 1, index + 1);
    case 'copy':
    case 'insert':
      return index + 1;
    case 'remove':
      return null;
  }
}

export function IndicatorCards(props: IndicatorCardsProps) {
  const { goal, goalIndex, onOperation } = props;
  const [editedIndex, setEditedIndex] = useState<number | null>(null);
  const referenceNotes = useReferenceNotes();
  const showsOpinions = props.renderOpinionAction !== undefined || props.opinionsByRow.size > 0;
  const rowNumberOf = (index: number) => props.firstRowNumber + index + 1;
  const items: Item[] = goal.indicators.map((indicator, index) => ({
    indicator,
    index,
    path: toRowPath({ goalIndex, indicatorIndex: index }),
  }));

  const columns: ColumnsType<Item> = [
    {
      key: 'name',
      render: (_, item) =>
        `${rowNumberOf(item.index)}. ${item.indicator.name.trim() || '（未填写三级指标）'}`,
    },
    { key: 'level1', title: '一级指标', render: (_, item) => item.indicator.level1 },
    { key: 'level2', title: '二级指标', render: (_, item) => item.indicator.level2 },
    // 分值 when the table has them (pasted or copied from last year): the weight findings speak of them.
    { key: 'weight', title: '分值', render: (_, item) => item.indicator.weight ?? '' },
    {
      key: 'target',
      title: '指标值',
      render: (_, item) => {
        const findings = props.findingsByRow.get(item.path) ?? [];
        const note = referenceNotes?.(item.indicator.name) ?? null;
        return (
          <>
            {item.indicator.target?.text || <Typography.Text type="secondary">未填写</Typography.Text>}
            {props.isEditable && <ValueUnderstanding value={item.indicator.target} />}
            {note && <span className="sheet-note muted">{note}</span>}
            {findings.map((finding, index) => (
              <span
                key={index}
                className={`sheet-note ${finding.severity === 'error' ? 'error' : 'warning'}`}
              >
                {finding.message}
              </span>
            ))}
          </>
        );
      },
    },
    ...(props.showsResults
      ? [
          { key: 'actual', title: '实际完成值', render: (_: unknown, item: Item) => item.indicator.actual?.text ?? '' },
          { key: 'score', title: '得分', render: (_: unknown, item: Item) => item.indicator.score ?? '' },
        ]
      : []),
    ...(showsOpinions
      ? [
          {
            key: 'opinions',
            title: '审核意见',
            render: (_: unknown, item: Item) => (
              <>
                {(props.opinionsByRow.get(item.path) ?? noOpinions).map((opinion) => (
                  <span key={opinion.id} className="sheet-note error">
                    {opinion.actorName ?? '审核人'}：{opinion.text}
                  </span>
                ))}
                {props.renderOpinionAction?.(item.path, item.indicator)}
              </>
            ),
          },
        ]
      : []),
    ...(props.isEditable
      ? [
          {
            key: 'action',
            render: (_: unknown, item: Item) => (
              <Button
                size="small"
                data-row-edit
                aria-label={`编辑（第${rowNumberOf(item.index)}行）`}
                onClick={() => setEditedIndex(item.index)}
              >
                编辑
              </Button>
            ),
          },
        ]
      : []),
  ];

  const editedAddress: RowAddress = { goalIndex, indicatorIndex: editedIndex ?? 0 };
  return (
    <div className="indicator-cards sheet-notes">
      <RowCards<Item>
        label={props.tableName ?? describeTableName(goal.name, goalIndex)}
        items={items}
        rowKey={(item) => item.path}
        columns={columns}
        titleKey="name"
        actionKey="action"
        emptyText="本目标还没有指标"
        rowClassName={(item) => (item.path === props.highlightedRow ? 'row-highlighted' : '')}
        rowAttributes={(item) => ({ 'data-row-path': item.path })}
      />
      {props.isEditable && props.onAppend && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => {
            props.onAppend?.();
            setEditedIndex(goal.indicators.length);
          }}
        >
          添加指标
        </Button>
      )}
      {props.isEditable && (
        <IndicatorDrawer
          indicator={editedIndex === null ? undefined : goal.indicators[editedIndex]}
          address={editedAddress}
          rowNumber={rowNumberOf(editedAddress.indicatorIndex)}
          rowCount={goal.indicators.length}
          findings={props.findingsByRow.get(toRowPath(editedAddress)) ?? []}
          goals={[goal]}
          onChange={props.onChange}
          onValueText={props.onValueText}
          onOperation={(address, operation) => {
            onOperation(address, operation);
            setEditedIndex(nextEditedIndex(operation, address.indicatorIndex, goal.indicators.length));
          }}
          onClose={() => setEditedIndex(null)}
        />
      )}
    </div>
  );
}
