/** 登录设备: the own sessions (when, where, which browser), each can be ended except the current one. */
import { Button, Table, Tag, message } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { ownSessionListSchema, type OwnSession as SessionItem } from '../../../contract/session.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
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

export function SessionList() {
  const isPhone = useIsPhone();
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

  const columns: ColumnsType<SessionItem> = [
    { title: '登录时间', dataIndex: 'createdAt', render: formatTime },
    { title: '最近使用', dataIndex: 'lastSeenAt', render: formatTime },
    { title: '地址', dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    {
      title: '浏览器',
      dataIndex: 'userAgent',
      render: (agent: string | null) => <span title={agent ?? undefined}>{describeBrowser(agent)}</span>,
    },
    { title: '操作', key: 'action', render: (_value, item) => <SessionAction item={item} onRevoke={onRevoke} /> },
  ];
  // On a phone five columns do not fit in 390 px (the table scrolled sideways and hid 浏览器 and 操作).
  if (isPhone) {
    return (
      <RowCards<SessionItem>
        label="登录设备"
        items={items}
        rowKey={(item) => item.id}
        columns={columns}
        titleKey="userAgent"
        actionKey="action"
        isLoading={isLoading}
        emptyText="暂无登录记录。"
      />
    );
  }
  return <Table<SessionItem> rowKey="id" size="small" loading={isLoading} dataSource={items} pagination={false} columns={columns} />;
}
