/**
 * The bell in the header (issue 10): the unread count as a badge, a dropdown of the latest
 * notifications, 全部已读 and a link to the 消息通知 page. The count is fetched when the page
 * changes and when notifications are marked read elsewhere; no timer polls the server.
 */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { NotificationList as NotificationListAnswer } from '../../../contract/notifications.ts';
import { describeError } from '../../lib/api-client.ts';
import { useRouter } from '../../lib/router.tsx';
import { NotificationList } from './notification-list.tsx';
import { announceNotificationsChanged, listNotifications, markAllNotificationsRead, onNotificationsChanged } from './notifications-api.ts';

/** How many of the latest the dropdown shows; the page shows the rest. */
const latestShown = 6;

/** The bell's name: the count once known ("消息通知，3 条未读"), plain while loading. */
function describeBell(unread: number | null): string {
  if (unread === null) return '消息通知';
  return unread > 0 ? `消息通知，${unread} 条未读` : '消息通知，没有未读';
}

export function NotificationBell() {
  const { path, navigate } = useRouter();
  const [answer, setAnswer] = useState<NotificationListAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const refresh = useCallback(() => {
    listNotifications({ limit: latestShown })
      .then((list) => {
        setAnswer(list);
        setError(null);
      })
      .catch((caught: unknown) => setError(describeError(caught)));
  }, []);
  useEffect(refresh, [refresh, path]);
  useEffect(() => onNotificationsChanged(refresh), [refresh]);
  const unread = answer?.unreadCount ?? 0;
  const content = (
    <div style={{ width: 340, maxWidth: 'calc(100vw - 32px)' }}>
      {error ? (
        <p role="alert">消息暂不可用：{error}</p>
      ) : answer ? (
        <NotificationList items={answer.items} isCompact onOpen={() => setIsOpen(false)} />
      ) : (
        <Spin />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Button size="small" disabled={unread === 0} onClick={() => void markAllNotificationsRead().then(announceNotificationsChanged, (caught: unknown) => setError(describeError(caught)))}>
          全部标为已读
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setIsOpen(false);
            navigate('/notifications');
          }}
        >
          查看全部消息
        </Button>
      </Space>
    </div>
  );
  return (
    <Popover content={content} title="消息通知" trigger="click" placement="bottomRight" open={isOpen} onOpenChange={setIsOpen}>
      <Button type="text" aria-label={describeBell(answer === null ? null : unread)} style={{ color: '#fff' }}>
        <Badge count={unread} size="small" overflowCount={99} color="#cf1322" offset={[4, -2]}>
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
