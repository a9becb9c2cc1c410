/**
 * One monitoring round: its counts over every table the user sees, and one page of the tables
 * (the server filters and pages: state, 逾期, lights, conclusion, a name, the organisation chosen in
 * the overview by level) with state, lights, execution against time progress and lateness. Finance
 * and the units' 主管部门 remind late units (催报); finance records a conclusion per reviewed table
 * and issues 整改 notices; reviewers also see the overview by level (round-rollup.tsx).
 */
import { Alert, Button, Card, Empty, Popconfirm, Select, Skeleton, Space, Table, Tag, Typography, message } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { defaultRoundPageSize, maxRoundPageSize } from '../../../contract/monitoring-rounds.ts';
import { monitoringConclusionNames, monitoringConclusions, type MonitoringConclusion } from '../../../core/monitoring/conclusion.ts';
import { useUser } from '../../app/session-context.tsx';
import { describeError } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { IssueNoticeButton } from './issue-notice-button.tsx';
import { IssueNoticeModal } from './issue-notice-modal.tsx';
import { getRound, recordConclusion, remindUnit, type RoundDetail } from './monitoring-api.ts';
import { LightTag } from './monitoring-view.tsx';
import { LedgerCard } from './ledger-card.tsx';
import { RoundEntryFilters, type RoundEntryFilterValues } from './round-entry-filters.tsx';
import { RoundSwitcher } from './round-switcher.tsx';

// The overview by level (sums per child organisation from the server), not every unit's lights.
const RoundRollupPanel = lazy(() => import('./round-rollup.tsx'));

type Entry = RoundDetail['entries'][number];

/** Up to this many tables of its own, a unit's round page shows them without the filter row. */
const ownTablesWithoutFilters = 10;

export default function RoundPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const user = useUser();
  const isFinance = user.role === 'finance-reviewer';
  const isSupervisor = user.role === 'supervisor-reviewer';
  const isReviewer = isFinance || isSupervisor || user.role === 'admin';
  const [round, setRound] = useState<RoundDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [filters, setFilters] = useState<RoundEntryFilterValues>({});
  const [under, setUnder] = useState<{ id: string; name: string } | null>(null);
  const [paging, setPaging] = useState({ page: 1, pageSize: defaultRoundPageSize });
  const [reloads, setReloads] = useState(0);
  const [noticeFor, setNoticeFor] = useState<Entry | null>(null);
  const load = useCallback(() => setReloads((count) => count + 1), []);
  useEffect(() => {
    let isCurrent = true;
    setIsLoading(true);
    getRound(id, { ...filters, under: under?.id, ...paging })
      .then((answer) => isCurrent && (setRound(answer), setError(null)))
      .catch((caught: unknown) => isCurrent && setError(describeError(caught)))
      .finally(() => isCurrent && setIsLoading(false));
    return () => {
      isCurrent = false;
    };
  }, [id, filters, under, paging, reloads]);
  // A page emptied under the user (a conclusion recorded while filtering by 尚未作出结论): go to the last one left.
  useEffect(() => {
    if (round && round.entries.length === 0 && round.page.page > 1 && round.page.total > 0) {
      setPaging((current) => ({ ...current, page: Math.ceil(round.page.total / round.page.pageSize) }));
    }
  }, [round]);
  // A new filter or organisation starts again at the first page.
  const changeFilters = (next: RoundEntryFilterValues) => {
    setFilters(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };
  const changeUnder = (next: { id: string; name: string } | null) => {
    // Back up to the reader's own organisation: its whole scope, no narrowing (the administrator's top is the round's bureau, so kept).
    setUnder(next && user.role !== 'admin' && next.id === user.organisationId ? null : next);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      load();
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };

  if (error && !round) return <Alert type="error" showIcon message={error} />;
  if (!round) return <Skeleton active />;
  const { counts } = round;
  const isFiltered = Object.values(filters).some((value) => value !== undefined) || under !== null;
  // A unit sees its own tables (one per project at most): filters only help when there are many.
  const isOwnTables = !isReviewer;
  const showsFilters = !isOwnTables || isFiltered || counts.entries > ownTablesWithoutFilters;
  return (
    <div>
      <Typography.Title level={1}>{round.title}</Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="round-counts">
        监控期间 {round.periodName} · 填报截止 {round.deadline} · {round.isSelective ? '重点监控' : '全部单位'} · 已提交 {counts.submitted} / {counts.tables}
        {counts.late > 0 && ` · 逾期未提交 ${counts.late} 张（${counts.lateUnits} 个单位）`}
        {counts.withoutTable > 0 && ` · 无已批复目标 ${counts.withoutTable} 个`}
        {counts.concluded > 0 && ` · 已作结论 ${counts.concluded} 张`}
      </Typography.Paragraph>
      <RoundSwitcher roundId={round.id} year={round.year} />
      {isReviewer && (
        <Suspense fallback={<Skeleton active />}>
          <RoundRollupPanel roundId={round.id} under={under?.id} onUnderChange={changeUnder} />
        </Suspense>
      )}
      <Card title={isOwnTables ? '本单位监控表' : '各单位监控表'} size="small" style={{ marginBottom: 16 }}>
        {showsFilters && <RoundEntryFilters values={filters} onChange={changeFilters} under={under} onClearUnder={() => changeUnder(null)} />}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Table<Entry>
          size="small"
          rowKey={(entry) => `${entry.organisationId}|${entry.project ?? ''}`}
          dataSource={round.entries}
          loading={isLoading}
          locale={{ emptyText: <Empty description={isFiltered ? '没有符合筛选条件的监控表' : '本轮次暂无您可查看的监控表'} /> }}
          pagination={{
            current: round.page.page,
            pageSize: round.page.pageSize,
            total: round.page.total,
            showSizeChanger: true,
            pageSizeOptions: [20, defaultRoundPageSize, 100, maxRoundPageSize],
            showTotal: (total) => `共 ${total} 条`,
          }}
          onChange={(pagination) => setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? defaultRoundPageSize })}
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
                          <Popconfirm
                            title={`向${entry.organisationName}催报`}
                            description={`提醒其提交${round.title}的监控表（单位将收到消息通知，每天只能催报一次）。`}
                            okText="催报"
                            cancelText="取消"
                            onConfirm={() => act(() => remindUnit({ roundId: round.id, organisationId: entry.organisationId }), `已向${entry.organisationName}催报`)}
                          >
                            <Button size="small" aria-label={`催报${entry.organisationName}`}>
                              催报
                            </Button>
                          </Popconfirm>
                        )}
                        {isFinance && entry.documentId && <IssueNoticeButton entry={entry} onIssue={setNoticeFor} />}
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
