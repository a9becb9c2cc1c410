/**
 * 整改: the notices the user sees (a unit its own), and for reviewers the ledger. On a phone a block
 * per notice (RowCards): six columns scrolled sideways and hid 状态 and 期限.
 */
import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useUser } from '../../app/session-context.tsx';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { describeError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { LedgerCard } from '../monitoring/ledger-card.tsx';
import { describeNoNotices } from '../monitoring/empty-texts.ts';
import { listNotices, type NoticeSummary } from '../monitoring/monitoring-api.ts';
import { OverdueTag } from '../../components/overdue-tag.tsx';

export default function NoticesPage() {
  const user = useUser();
  const [notices, setNotices] = useState<NoticeSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listNotices()
      .then((result) => setNotices(result.items))
      .catch((caught: unknown) => setError(describeError(caught)));
  }, []);
  const isUnit = user.role === 'unit-filler' || user.role === 'unit-leader';
  const isPhone = useIsPhone();
  const isLoading = notices === null && !error;
  const columns: ColumnsType<NoticeSummary> = [
    {
      title: '通知',
      key: 'title',
      render: (_, notice) => <Link to={`/rectification/${notice.id}`}>{notice.title}</Link>,
    },
    { title: '单位', dataIndex: 'organisationName', width: 140 },
    { title: '整改期限', dataIndex: 'deadline', width: 110 },
    {
      title: '状态',
      key: 'state',
      width: 150,
      render: (_, notice) => (
        <>
          <Tag color={notice.state === 'closed' ? 'green' : 'blue'}>{notice.stateName}</Tag>
          <OverdueTag days={notice.daysOverdue} />
        </>
      ),
    },
    { title: '已验收/事项', width: 100, render: (_, notice) => `${notice.itemsAccepted} / ${notice.items}` },
    { title: '下发日期', width: 110, render: (_, notice) => formatDate(notice.issuedAt) },
  ];
  return (
    <div>
      <Typography.Title level={1}>整改</Typography.Title>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {!isUnit && <LedgerCard />}
      <Card title={isUnit ? '本单位收到的整改通知' : '整改通知'} size="small">
        {isPhone ? (
          <RowCards<NoticeSummary>
            label="整改通知"
            items={notices ?? []}
            rowKey={(notice) => notice.id}
            columns={columns}
            titleKey="title"
            actionKey="state"
            isLoading={isLoading}
            emptyText={describeNoNotices(user.role)}
          />
        ) : (
          <Table<NoticeSummary>
            size="small"
            rowKey="id"
            loading={isLoading}
            dataSource={notices ?? []}
            pagination={false}
            scroll={{ x: 720 }}
            locale={{ emptyText: describeNoNotices(user.role) }}
            columns={columns}
          />
        )}
      </Card>
    </div>
  );
}
