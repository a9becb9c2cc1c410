/**
 * 绩效监控: the monitoring rounds the user takes part in; finance opens new ones here. On a phone a
 * block per round (RowCards): six columns scrolled sideways and cut the headers (名称 期间 填报截止 范…).
 */
import { Alert, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useUser } from '../../app/session-context.tsx';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { describeError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { Link, useRouter } from '../../lib/router.tsx';
import { listRounds, type RoundSummary } from './monitoring-api.ts';
import { OpenRoundForm } from './open-round-form.tsx';
import { RemindersCard } from './reminders-card.tsx';
import { describeNoRounds } from './empty-texts.ts';

export default function RoundsPage() {
  const user = useUser();
  const { navigate } = useRouter();
  const [rounds, setRounds] = useState<RoundSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    listRounds()
      .then((result) => setRounds(result.items))
      .catch((caught: unknown) => setError(describeError(caught)));
  }, []);
  useEffect(load, [load]);
  const isPhone = useIsPhone();
  const isLoading = rounds === null && !error;
  const columns: ColumnsType<RoundSummary> = [
    {
      title: '名称',
      key: 'title',
      render: (_, round) => <Link to={`/monitoring/${round.id}`}>{round.title}</Link>,
    },
    { title: '期间', dataIndex: 'periodName', width: 110 },
    { title: '填报截止', dataIndex: 'deadline', width: 110 },
    { title: '范围', width: 100, render: (_, round) => (round.isSelective ? '重点监控' : '全部单位') },
    { title: '已提交/监控表', width: 120, render: (_, round) => `${round.submitted} / ${round.tables}` },
    { title: '开启时间', width: 110, render: (_, round) => formatDate(round.createdAt) },
  ];
  return (
    <div>
      <Typography.Title level={1}>绩效运行监控</Typography.Title>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <RemindersCard />
      {user.role === 'finance-reviewer' && (
        <OpenRoundForm rounds={rounds ?? []} onOpened={(round) => navigate(`/monitoring/${round.id}`)} />
      )}
      <Card title="监控轮次" size="small">
        {isPhone ? (
          <RowCards<RoundSummary>
            label="监控轮次"
            items={rounds ?? []}
            rowKey={(round) => round.id}
            columns={columns}
            titleKey="title"
            isLoading={isLoading}
            emptyText={describeNoRounds(user.role)}
          />
        ) : (
          <Table<RoundSummary>
            size="small"
            rowKey="id"
            loading={isLoading}
            dataSource={rounds ?? []}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: describeNoRounds(user.role) }}
            columns={columns}
          />
        )}
      </Card>
    </div>
  );
}
