/** 登录设备: the own sessions (when, where, which browser), each can be ended except the current one. */
import { Button, Table, Tag, message } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ownSessionListSchema, type OwnSession as SessionItem } from '../../../contract/session.ts';
import { callApi, describeError, requestJson } from '../../lib/api-client.ts';
import { describeBrowser } from './describe-browser.ts';

const formatTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export function SessionList() {
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

  return (
    <Table<SessionItem>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={items}
      pagination={false}
      // On a phone the table scrolls sideways instead of breaking every heading over lines.
      scroll={{ x: 640 }}
      columns={[
        { title: '登录时间', dataIndex: 'createdAt', render: formatTime },
        { title: '最近使用', dataIndex: 'lastSeenAt', render: formatTime },
        { title: '地址', dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
        {
          title: '浏览器',
          dataIndex: 'userAgent',
          render: (agent: string | null) => <span title={agent ?? undefined}>{describeBrowser(agent)}</span>,
        },
        {
          title: '操作',
          key: 'action',
          render: (_value, item) =>
            item.isCurrent ? <Tag color="green">当前设备</Tag> : <Button size="small" danger onClick={() => void revoke(item.id)}>退出该设备</Button>,
        },
      ]}
    />
  );
}
