/** 登录设备: the own sessions (when, where, which browser), each can be ended except the current one. */
import { Button, Grid, Table, Tag, Typography, message } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ownSessionListSchema, type OwnSession as SessionItem } from '../../../contract/session.ts';
import { callApi, describeError, requestJson } from '../../lib/api-client.ts';
import { describeBrowser } from './describe-browser.ts';

const formatTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

function SessionAction({ item, onRevoke }: { item: SessionItem; onRevoke: (id: string) => void }) {
  return item.isCurrent ? (
    <Tag color="green">当前设备</Tag>
  ) : (
    <Button size="small" danger onClick={() => onRevoke(item.id)}>
      退出该设备
    </Button>
  );
}

/**
 * On a phone five columns do not fit in 390 px (the table scrolled sideways and hid 浏览器 and 操作):
 * each device is a short block instead, its name and the action on the first line, the times below.
 */
function SessionCards({ items, onRevoke }: { items: SessionItem[]; onRevoke: (id: string) => void }) {
  if (items.length === 0) return <Typography.Text type="secondary">暂无登录记录。</Typography.Text>;
  return (
    <ul aria-label="登录设备" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => (
        <li key={item.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <Typography.Text strong title={item.userAgent ?? undefined}>
              {describeBrowser(item.userAgent)}
            </Typography.Text>
            <SessionAction item={item} onRevoke={onRevoke} />
          </div>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            登录于 {formatTime(item.createdAt)}，最近使用 {formatTime(item.lastSeenAt)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            地址 {item.ip ?? '—'}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

export function SessionList() {
  const isNarrow = Grid.useBreakpoint().md === false;
  const [items, setItems] = useState<SessionItem[]>([]);
  const [isLoading, setIsLoading] = useState(true);
  const load = useCallback(() => {
    setIsLoading(true);
    callApi({ method: 'GET', url: '/api/sessions', response: ownSessionListSchema })
      .then((response) => setItems(response.items))
      .catch((error: unknown) => void message.error(describeError(error)))
      .finally(() => setIsLoading(false));
  }, []);
  useEffect(load, [load]);

  const revoke = async (id: string) => {
    try {
      await requestJson('DELETE', `/api/sessions/${id}`);
      void message.success('已让该设备退出登录。');
      load();
    } catch (error) {
      void message.error(describeError(error));
    }
  };
  const onRevoke = (id: string) => void revoke(id);

  if (isNarrow && !isLoading) return <SessionCards items={items} onRevoke={onRevoke} />;
  return (
    <Table<SessionItem>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={items}
      pagination={false}
      columns={[
        { title: '登录时间', dataIndex: 'createdAt', render: formatTime },
        { title: '最近使用', dataIndex: 'lastSeenAt', render: formatTime },
        { title: '地址', dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
        {
          title: '浏览器',
          dataIndex: 'userAgent',
          render: (agent: string | null) => <span title={agent ?? undefined}>{describeBrowser(agent)}</span>,
        },
        { title: '操作', key: 'action', render: (_value, item) => <SessionAction item={item} onRevoke={onRevoke} /> },
      ]}
    />
  );
}
