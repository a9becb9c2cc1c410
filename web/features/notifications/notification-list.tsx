/**
 * Notifications as a list (the bell's dropdown and the 消息通知 page): kind, title, what was said,
 * when; an unread one is bold. Opening one marks it read for this user and goes to its document
 * or 整改 notice.
 */
import { List, Tag, Typography } from 'antd';
import type { Notification, NotificationKind } from '../../../contract/notifications.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useRouter } from '../../lib/router.tsx';
import { announceNotificationsChanged, markNotificationRead } from './notifications-api.ts';

const kindColours: Record<NotificationKind, string> = {
  returned: 'red',
  approved: 'green',
  reminder: 'orange',
  'deadline-near': 'gold',
  'rectification-issued': 'blue',
  'rectification-returned': 'red',
};

export function NotificationList(props: { items: Notification[]; isCompact?: boolean; onOpen?: () => void; emptyText?: string }) {
  const { navigate } = useRouter();
  const open = (notification: Notification) => {
    const marking = notification.isRead ? Promise.resolve() : markNotificationRead(notification.id).then(announceNotificationsChanged);
    // Navigate even if marking fails: the document matters more than the badge.
    void marking.catch(() => undefined).finally(() => {
      props.onOpen?.();
      navigate(notification.link);
    });
  };
  return (
    <List
      size="small"
      dataSource={props.items}
      locale={{ emptyText: props.emptyText ?? '暂无消息' }}
      renderItem={(notification) => (
        <List.Item>
          <div style={{ width: '100%' }}>
            <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Tag color={kindColours[notification.kind]}>{notification.kindName}</Tag>
              <a
                href={notification.link}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  open(notification);
                }}
                aria-label={`${notification.isRead ? '' : '未读：'}${notification.title}`}
                style={{ fontWeight: notification.isRead ? 'normal' : 600, overflowWrap: 'anywhere' }}
              >
                {notification.title}
              </a>
            </div>
            <Typography.Paragraph style={{ margin: '4px 0 0', color: 'rgba(0, 0, 0, 0.72)' }} ellipsis={props.isCompact ? { rows: 2 } : false}>
              {notification.message}
            </Typography.Paragraph>
            <span style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.62)' }}>{formatDateTime(notification.createdAt)}</span>
          </div>
        </List.Item>
      )}
    />
  );
}
