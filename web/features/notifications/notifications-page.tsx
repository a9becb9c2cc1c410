/** 消息通知 (issue 10): all of the unit's notifications, unread ones first to the eye, with 全部标为已读. */
import { Alert, Button, Card, Segmented, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { notificationListLimits, type NotificationList as NotificationListAnswer } from '../../../contract/notifications.ts';
import { describeError } from '../../lib/api-client.ts';
import { NotificationList } from './notification-list.tsx';
import { announceNotificationsChanged, listNotifications, markAllNotificationsRead, onNotificationsChanged } from './notifications-api.ts';

export default function NotificationsPage() {
  const [answer, setAnswer] = useState<NotificationListAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isUnreadOnly, setIsUnreadOnly] = useState(false);
  const load = useCallback(() => {
    listNotifications({ limit: notificationListLimits.max, isUnreadOnly })
      .then(setAnswer)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [isUnreadOnly]);
  useEffect(load, [load]);
  useEffect(() => onNotificationsChanged(load), [load]);
  return (
    <div>
      <Typography.Title level={1}>消息通知</Typography.Title>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Card
        size="small"
        loading={!answer && !error}
        title={answer ? `未读 ${answer.unreadCount} 条` : '消息'}
        extra={
          <Space wrap>
            <Segmented
              size="small"
              aria-label="显示范围"
              value={isUnreadOnly ? 'unread' : 'all'}
              options={[
                { label: '全部', value: 'all' },
                { label: '只看未读', value: 'unread' },
              ]}
              onChange={(value) => setIsUnreadOnly(value === 'unread')}
            />
            <Button size="small" disabled={!answer || answer.unreadCount === 0} onClick={() => void markAllNotificationsRead().then(announceNotificationsChanged, (caught: unknown) => setError(describeError(caught)))}>
              全部标为已读
            </Button>
          </Space>
        }
      >
        <NotificationList items={answer?.items ?? []} emptyText={isUnreadOnly ? '没有未读消息' : '暂无消息'} />
        {answer && answer.items.length >= notificationListLimits.max && <Typography.Text type="secondary">只显示最近 {notificationListLimits.max} 条。</Typography.Text>}
      </Card>
    </div>
  );
}
