/**
 * 整改 on the home page: a unit sees the notices it still has to answer (with the deadline, and
 * how late), finance the notices with answers waiting for its 验收. Nothing when there is nothing to
 * do: the full list stays on the 整改 page.
 */
import { Card, List } from 'antd';
import { useEffect, useState } from 'react';
import type { NoticeSummary } from '../../../contract/rectification.ts';
import { Link } from '../../lib/router.tsx';
import { listNotices } from '../monitoring/monitoring-api.ts';
import { OverdueTag } from '../../components/overdue-tag.tsx';

export type RectificationTaskRole = 'unit' | 'finance';

/** The notices with something for this side to do, the most urgent (earliest deadline) first. */
export function pickRectificationTasks(notices: readonly NoticeSummary[], side: RectificationTaskRole): NoticeSummary[] {
  return notices
    .filter((notice) => notice.state === 'open' && (side === 'unit' ? notice.itemsToAnswer : notice.itemsToReview) > 0)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/** "待反馈 1 项 · 整改期限 2027-01-06" / "待验收 1 项（示范县公安局）". */
export function describeRectificationTask(notice: NoticeSummary, side: RectificationTaskRole): string {
  return side === 'unit'
    ? `待反馈 ${notice.itemsToAnswer} 项 · 整改期限 ${notice.deadline}`
    : `${notice.organisationName} · 待验收 ${notice.itemsToReview} 项 · 整改期限 ${notice.deadline}`;
}

export function RectificationTasksCard(props: { side: RectificationTaskRole }) {
  const [tasks, setTasks] = useState<NoticeSummary[]>([]);
  useEffect(() => {
    let isCurrent = true;
    listNotices()
      .then((result) => isCurrent && setTasks(pickRectificationTasks(result.items, props.side)))
      .catch(() => isCurrent && setTasks([]));
    return () => {
      isCurrent = false;
    };
  }, [props.side]);
  if (tasks.length === 0) return null;
  return (
    <Card title={props.side === 'unit' ? '整改通知，待反馈' : '整改反馈，待验收'} style={{ marginBottom: 16 }}>
      <List
        dataSource={tasks}
        renderItem={(notice) => (
          <List.Item>
            <div>
              <div style={{ fontWeight: 500, marginBottom: 4 }}>
                <Link to={`/rectification/${notice.id}`}>{notice.title}</Link>
              </div>
              <div style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{describeRectificationTask(notice, props.side)}</div>
            </div>
            <OverdueTag days={notice.daysOverdue} />
          </List.Item>
        )}
      />
    </Card>
  );
}
