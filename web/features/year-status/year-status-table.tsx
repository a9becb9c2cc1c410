/**
 * 年度报送情况 table (issue 10): one row per unit, the state of its 目标表, 自评表 and 评价报告
 * (and its monitoring table when the year has a round), overdue days in red, the last 催报 and
 * a 催报 button that asks first. One page of the server's (issue 14); on a phone a block per unit (RowCards).
 */
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { YearDocumentStatus, YearStatus, YearUnitStatus } from '../../../contract/year-status.ts';
import { defaultYearPageSize, maxYearPageSize, yearDocumentKinds } from '../../../contract/year-status.ts';
import { documentKindNames } from '../../../core/model.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { isRemindedToday } from './year-status-filter.ts';

const statusColors: Record<YearDocumentStatus['status'], string> = {
  missing: 'default',
  draft: 'default',
  returned: 'red',
  'handed-in': 'green',
};

function OverdueTag({ days }: { days: number }) {
  return days > 0 ? <Tag color="error">逾期 {days} 天</Tag> : null;
}

function DocumentCell({ unit, status, kindName }: { unit: YearUnitStatus; status: YearDocumentStatus; kindName: string }) {
  const tag = <Tag color={statusColors[status.status]}>{status.stateName}</Tag>;
  return (
    <Space size={4} wrap>
      {status.documentId ? (
        <Link to={`/documents/${encodeURIComponent(status.documentId)}`} ariaLabel={`打开${unit.organisationName}的${kindName}`}>
          {tag}
        </Link>
      ) : (
        tag
      )}
      <OverdueTag days={status.daysOverdue} />
    </Space>
  );
}

export function YearStatusTable({
  view,
  now,
  isLoading,
  isFiltered,
  onPageChange,
  onRemind,
}: {
  view: YearStatus;
  now: Date;
  isLoading: boolean;
  isFiltered: boolean;
  onPageChange: (paging: { page: number; pageSize: number }) => void;
  onRemind: (unit: YearUnitStatus) => Promise<void>;
}) {
  const round = view.round;
  const isPhone = useIsPhone();
  const columns: ColumnsType<YearUnitStatus> = [
    {
      title: '单位',
      dataIndex: 'organisationName',
      fixed: 'left',
      width: 150,
      render: (_: unknown, unit: YearUnitStatus) => (
        <Link
          to={`/documents?${new URLSearchParams({ organisationId: unit.organisationId, year: String(view.year) }).toString()}`}
          ariaLabel={`查看${unit.organisationName}的全部文档`}
        >
          {unit.organisationName}
        </Link>
      ),
    },
    // A 主管部门 sees only its own units: the column would repeat its name on every row.
    ...(view.hasSeveralSupervisors
      ? [{ title: '主管部门', dataIndex: 'supervisor', width: 130, render: (value: string | null) => value ?? '—' }]
      : []),
    ...yearDocumentKinds.map((kind) => ({
      title: `${documentKindNames[kind]}${view.dueDates[kind] ? `（截止 ${view.dueDates[kind]}）` : ''}`,
      key: kind,
      width: 160,
      render: (_: unknown, unit: YearUnitStatus) => (
        <DocumentCell unit={unit} status={unit.documents[kind]} kindName={documentKindNames[kind]} />
      ),
    })),
    ...(round
      ? [
          {
            title: (
              <Link to={`/monitoring/${encodeURIComponent(round.id)}`} ariaLabel={`打开监控轮次${round.title}`}>
                监控表（截止 {round.deadline}）
              </Link>
            ),
            key: 'monitoring',
            width: 160,
            render: (_: unknown, unit: YearUnitStatus) =>
              unit.monitoring ? (
                <Space size={4} wrap>
                  <Tag>{unit.monitoring.stateName}</Tag>
                  <OverdueTag days={unit.monitoring.daysOverdue} />
                </Space>
              ) : (
                <Typography.Text type="secondary">不在本轮</Typography.Text>
              ),
          },
        ]
      : []),
    {
      title: '催报',
      key: 'remind',
      width: 170,
      render: (_: unknown, unit: YearUnitStatus) => (
        <Space size={4} direction="vertical">
          {unit.lastRemindedAt && <span>已催报 {formatDateTime(unit.lastRemindedAt)}</span>}
          {unit.isOutstanding && unit.canRemind && !isRemindedToday(unit, now) && (
            <Popconfirm
              title={`向${unit.organisationName}催报`}
              description={`提醒其提交${view.year}年度尚未提交的文档（单位将收到消息通知）。`}
              okText="催报"
              cancelText="取消"
              onConfirm={() => onRemind(unit)}
            >
              <Button size="small" aria-label={`催报${unit.organisationName}`}>
                催报
              </Button>
            </Popconfirm>
          )}
          {!unit.isOutstanding && <Tag color="success">已全部提交</Tag>}
        </Space>
      ),
    },
  ];
  const pagination = {
    current: view.page.page,
    pageSize: view.page.pageSize,
    total: view.page.total,
    showSizeChanger: true,
    pageSizeOptions: [20, defaultYearPageSize, 100, maxYearPageSize],
    showTotal: (total: number) => `共 ${total} 个单位`,
    hideOnSinglePage: view.page.total <= 20,
  };
  const emptyText = isFiltered ? '没有符合条件的单位' : '范围内没有单位';
  const rowClassName = (unit: YearUnitStatus) => (unit.isOverdue ? 'year-status-row-overdue' : '');
  if (isPhone) {
    return (
      <RowCards<YearUnitStatus>
        label="各单位报送情况"
        items={view.units}
        rowKey={(unit) => unit.organisationId}
        columns={columns}
        titleKey="organisationName"
        actionKey="remind"
        isLoading={isLoading}
        pagination={{ ...pagination, onChange: (page, pageSize) => onPageChange({ page, pageSize }) }}
        emptyText={emptyText}
        rowClassName={rowClassName}
      />
    );
  }
  return (
    <Table<YearUnitStatus>
      rowKey="organisationId"
      size="middle"
      dataSource={view.units}
      loading={isLoading}
      pagination={pagination}
      onChange={(pagination) => onPageChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? defaultYearPageSize })}
      locale={{ emptyText }}
      rowClassName={rowClassName}
      scroll={{ x: round ? 1150 : 1000 }}
      columns={columns}
    />
  );
}
