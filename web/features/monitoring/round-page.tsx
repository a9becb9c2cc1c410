/**
 * One monitoring round: every table the user sees with its state, lights, execution against time
 * progress and lateness. Finance and the units' 主管部门 remind late units (催报); finance records a
 * conclusion per reviewed table and issues 整改 notices; reviewers also see the overview by level
 * (round-rollup.tsx).
 */
import { Alert, Button, Card, Select, Skeleton, Space, Table, Tag, Typography, message } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { monitoringConclusionNames, monitoringConclusions, type MonitoringConclusion } from '../../../core/monitoring/conclusion.ts';
import { useUser } from '../../app/session-context.tsx';
import { describeError } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { IssueNoticeModal } from './issue-notice-modal.tsx';
import { getRound, recordConclusion, remindUnit, type RoundDetail } from './monitoring-api.ts';
import { LightTag } from './monitoring-view.tsx';
import { LedgerCard } from './ledger-card.tsx';
import { RoundSwitcher } from './round-switcher.tsx';

// The overview by level (sums per child organisation from the server), not every unit's lights.
const RoundRollupPanel = lazy(() => import('./round-rollup.tsx'));

type Entry = RoundDetail['entries'][number];

export default function RoundPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const user = useUser();
  const isFinance = user.role === 'finance-reviewer';
  const isSupervisor = user.role === 'supervisor-reviewer';
  const isReviewer = isFinance || isSupervisor || user.role === 'admin';
  const [round, setRound] = useState<RoundDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noticeFor, setNoticeFor] = useState<Entry | null>(null);
  const load = useCallback(() => {
    getRound(id)
      .then(setRound)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [id]);
  useEffect(load, [load]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      load();
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!round) return <Skeleton active />;
  return (
    <div>
      <Typography.Title level={1}>{round.title}</Typography.Title>
      <Typography.Paragraph type="secondary">
        监控期间 {round.periodName} · 填报截止 {round.deadline} · {round.isSelective ? '重点监控' : '全部单位'} · 已提交 {round.submitted} / {round.tables}
      </Typography.Paragraph>
      <RoundSwitcher roundId={round.id} year={round.year} />
      {isReviewer && (
        <Suspense fallback={<Skeleton active />}>
          <RoundRollupPanel roundId={round.id} />
        </Suspense>
      )}
      <Card title="各单位监控表" size="small" style={{ marginBottom: 16 }}>
        <Table<Entry>
          size="small"
          rowKey={(entry) => `${entry.organisationId}|${entry.project ?? ''}`}
          dataSource={round.entries}
          pagination={round.entries.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: '单位',
              render: (_, entry) =>
                entry.documentId ? <Link to={`/documents/${entry.documentId}`}>{entry.organisationName}{entry.project ? `（${entry.project}）` : ''}</Link> : entry.organisationName,
            },
            { title: '状态', width: 120, render: (_, entry) => entry.stateName ?? <Typography.Text type="secondary">无已批复目标</Typography.Text> },
            { title: '预算执行', width: 80, render: (_, entry) => <LightTag light={entry.budgetLight} /> },
            { title: '绩效目标', width: 80, render: (_, entry) => <LightTag light={entry.targetLight} /> },
            { title: '执行率', width: 80, render: (_, entry) => (entry.executionRate === null ? '—' : `${entry.executionRate}%`) },
            {
              title: '逾期',
              width: 150,
              render: (_, entry) =>
                entry.isLate ? (
                  <Space direction="vertical" size={0}>
                    <Tag color="red">逾期 {entry.daysOverdue} 天</Tag>
                    {entry.lastRemindedAt && <Typography.Text type="secondary">已催报 {formatDateTime(entry.lastRemindedAt)}</Typography.Text>}
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              title: '监控结论',
              width: 150,
              render: (_, entry) =>
                isFinance && entry.documentId && (entry.state === 'supervisor-reviewed' || entry.state === 'finance-reviewed') ? (
                  <Select<MonitoringConclusion>
                    aria-label={`${entry.organisationName} 监控结论`}
                    style={{ width: 130 }}
                    placeholder="作出结论"
                    value={entry.conclusion ?? undefined}
                    options={monitoringConclusions.map((conclusion) => ({ value: conclusion, label: monitoringConclusionNames[conclusion] }))}
                    onChange={(conclusion) => void act(() => recordConclusion({ roundId: round.id, documentId: entry.documentId as string, conclusion }), '已记录监控结论')}
                  />
                ) : (
                  (entry.conclusionName ?? '—')
                ),
            },
            // A 主管部门 sees only its own units here, so it may remind every late one it sees.
            ...(isFinance || isSupervisor
              ? [
                  {
                    title: '操作',
                    width: 170,
                    render: (_: unknown, entry: Entry) => (
                      <Space>
                        {entry.isLate && (
                          <Button
                            size="small"
                            aria-label={`催报${entry.organisationName}`}
                            onClick={() => void act(() => remindUnit({ roundId: round.id, organisationId: entry.organisationId }), `已向${entry.organisationName}催报`)}
                          >
                            催报
                          </Button>
                        )}
                        {isFinance && entry.documentId && (
                          <Button size="small" onClick={() => setNoticeFor(entry)}>
                            下发整改
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {isReviewer && <LedgerCard />}
      {noticeFor && <IssueNoticeModal round={round} entry={noticeFor} onClose={() => setNoticeFor(null)} />}
    </div>
  );
}
