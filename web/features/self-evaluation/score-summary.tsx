/**
 * 总分 and 等级 of a self-evaluation, kept in view while the unit scrolls through the indicators
 * (sticky), with 全部采用建议得分 to copy the rules' scores into every row at once.
 */
import { Button, Popconfirm, Space, Typography } from 'antd';
import type { PerformanceDocument } from '../../../core/model.ts';
import { computeEnteredTotal, countAcceptableScores } from './accept-scores.ts';

export function ScoreSummary(props: {
  analysed: PerformanceDocument;
  isEditable: boolean;
  onAcceptAll: () => void;
}) {
  const { analysed } = props;
  const enteredTotal = computeEnteredTotal(analysed);
  const acceptable = countAcceptableScores(analysed);
  return (
    <div className="score-summary" role="region" aria-label="总分与等级">
      <Space size="large" wrap>
        <span>
          填报总分 <Typography.Text strong data-testid="entered-total">{enteredTotal ?? '—'}</Typography.Text>
          {' · '}等级 <Typography.Text strong>{analysed.totals.enteredGrade ?? analysed.totals.grade ?? '—'}</Typography.Text>
        </span>
        <span>
          按规则总分 <Typography.Text strong data-testid="suggested-total">{analysed.totals.suggestedScore ?? '—'}</Typography.Text>
          {' · '}等级 <Typography.Text strong data-testid="suggested-grade">{analysed.totals.suggestedGrade ?? '—'}</Typography.Text>
        </span>
        {props.isEditable && acceptable > 0 && (
          <Popconfirm
            title="全部采用建议得分"
            description={`将 ${acceptable} 项得分改为按规则计算的建议得分，可再逐项修改。`}
            okText="全部采用"
            cancelText="取消"
            onConfirm={props.onAcceptAll}
          >
            <Button size="small">全部采用建议得分（{acceptable} 项）</Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}
