/**
 * The self-evaluation's indicators on a phone: the desktop sheet has ten columns (1,100 px) and
 * scrolled sideways at 390 px, so each indicator is a block (RowCards, as the target editor's
 * indicators): its number and name with 编辑 at the right, then 指标类别, 年度指标值, 实际完成值,
 * 分值, 得分, the score by the rules with 采用, and 偏差原因 (or the prompt for one). 编辑 opens
 * the indicator in a full-width drawer (self-evaluation-drawer.tsx). Edits go through the same
 * onChange/onAccept as the sheet's cells, so the page's draft saves and scores them alike.
 */
import { Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { RowCards } from '../../components/row-cards.tsx';
import '../../components/sheet.css';
import '../target-editor/indicator-cards.css';
import { toRowPath, type RowAddress } from '../target-editor/indicator-rows.ts';
import { useReferenceNotes } from '../target-editor/reference-notes-context.ts';
import { useScoringPolicy } from '../rule-packs/scoring-policy-context.ts';
import { scoreRow, type RowScore } from './live-score.ts';
import { SelfEvaluationDrawer } from './self-evaluation-drawer.tsx';
import type { OnAccept, OnChange } from './self-evaluation-rows.tsx';

interface Item {
  indicator: Indicator;
  address: RowAddress;
  path: string;
  /** 1-based, across goals, as the sheet numbers its rows. */
  rowNumber: number;
  score: RowScore;
}

const notFilled = <Typography.Text type="secondary">未填写</Typography.Text>;

/** The one list of every goal's indicators, numbered as the sheet numbers them. */
function listItems(body: PerformanceDocument, score: (indicator: Indicator) => RowScore): Item[] {
  let rowNumber = 0;
  return body.goals.flatMap((goal, goalIndex) =>
    goal.indicators.map((indicator, indicatorIndex) => {
      rowNumber += 1;
      const address = { goalIndex, indicatorIndex };
      return { indicator, address, path: toRowPath(address), rowNumber, score: score(indicator) };
    }),
  );
}

export function SelfEvaluationCards(props: {
  body: PerformanceDocument;
  isEditable: boolean;
  onChange: OnChange;
  onAccept?: OnAccept;
}) {
  const policy = useScoringPolicy();
  const referenceNotes = useReferenceNotes();
  const [editedPath, setEditedPath] = useState<string | null>(null);
  const items = listItems(props.body, (indicator) => scoreRow(indicator, policy));
  const editedIndex = items.findIndex((item) => item.path === editedPath);
  const edited = editedIndex < 0 ? undefined : items[editedIndex];
  const acceptLabel = (item: Item) => `采用建议得分（${item.indicator.name}）`;

  const columns: ColumnsType<Item> = [
    { key: 'name', render: (_, item) => `${item.rowNumber}. ${item.indicator.name.trim() || '（未填写三级指标）'}` },
    {
      key: 'levels',
      title: '指标类别',
      render: (_, item) => [item.indicator.level1, item.indicator.level2].filter(Boolean).join(' / '),
    },
    {
      key: 'target',
      title: '年度指标值',
      render: (_, item) => {
        const note = referenceNotes?.(item.indicator.name) ?? null;
        return (
          <>
            {item.indicator.target?.text || notFilled}
            {note && <span className="sheet-note muted">{note}</span>}
          </>
        );
      },
    },
    { key: 'actual', title: '实际完成值', render: (_, item) => item.indicator.actual?.text || notFilled },
    { key: 'weight', title: '分值', render: (_, item) => item.indicator.weight ?? '' },
    {
      key: 'score',
      title: '得分（填报）',
      render: (_, item) => (
        <>
          {item.indicator.score ?? notFilled}
          {item.score.isOutsideBand && <span className="sheet-note error">超出规则区间</span>}
        </>
      ),
    },
    {
      key: 'suggested',
      title: '建议得分',
      render: (_, item) => (
        <>
          <strong data-testid="suggested-score">{item.score.suggestedScore ?? '—'}</strong>
          {item.score.hasGap && (
            <span className="sheet-tag is-orange" style={{ marginLeft: 6 }}>
              与填报不一致
            </span>
          )}
          {props.isEditable && props.onAccept && item.score.suggestedScore !== null && (item.score.hasGap || !item.indicator.score) && (
            <Button size="small" type="link" aria-label={acceptLabel(item)} onClick={() => props.onAccept?.(item.address)}>
              采用
            </Button>
          )}
        </>
      ),
    },
    {
      key: 'deviation',
      title: '偏差原因',
      render: (_, item) =>
        item.score.needsDeviation ? (
          <span className="sheet-note error">未完全达成，请填写偏差原因及改进措施</span>
        ) : (
          item.indicator.deviation
        ),
    },
    ...(props.isEditable
      ? [
          {
            key: 'action',
            render: (_: unknown, item: Item) => (
              <Button size="small" aria-label={`编辑（第${item.rowNumber}行）`} onClick={() => setEditedPath(item.path)}>
                编辑
              </Button>
            ),
          },
        ]
      : []),
  ];

  const step = (offset: number) => {
    const next = items[editedIndex + offset];
    if (next) setEditedPath(next.path);
  };
  return (
    <div className="sheet-notes">
      {props.isEditable && items.length > 0 && (
        <Typography.Paragraph type="secondary">点指标右侧的“编辑”填写完成值、得分和偏差原因，修改会自动保存。</Typography.Paragraph>
      )}
      <RowCards<Item>
        label="自评指标表"
        items={items}
        rowKey={(item) => item.path}
        columns={columns}
        titleKey="name"
        actionKey="action"
        emptyText="本表还没有指标"
        rowAttributes={(item) => ({ 'data-row-path': item.path })}
      />
      {props.isEditable && (
        <SelfEvaluationDrawer
          indicator={edited?.indicator}
          address={edited?.address ?? { goalIndex: 0, indicatorIndex: 0 }}
          rowNumber={edited?.rowNumber ?? 0}
          score={edited?.score}
          hasPrevious={editedIndex > 0}
          hasNext={editedIndex >= 0 && editedIndex < items.length - 1}
          onChange={props.onChange}
          onAccept={props.onAccept}
          onStep={step}
          onClose={() => setEditedPath(null)}
        />
      )}
    </div>
  );
}
