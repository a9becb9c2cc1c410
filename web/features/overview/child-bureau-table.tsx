/**
 * 下级财政部门: one row per finance bureau below the level, with its units, how many are behind
 * (a bar, so the laggards stand out) and the averages; sortable, so it doubles as the ranking.
 * A bureau's name opens its own level (drill-down). On a phone a block per bureau (RowCards).
 */
import { Button, Progress, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { toDecimal } from '../../../core/decimal.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import type { OverviewChild } from './overview-api.ts';
import { describeBehindShare } from './overview-data.ts';

/** Compares decimal strings, missing values last. */
function compareDecimals(a: string | null, b: string | null): number {
  const left = toDecimal(a);
  const right = toDecimal(b);
  if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1);
  return left.comparedTo(right);
}

export function ChildBureauTable({
  bureaus,
  onOpen,
}: {
  bureaus: OverviewChild[];
  /** Opens the bureau's own level. */
  onOpen: (bureau: OverviewChild) => void;
}) {
  const isPhone = useIsPhone();
  const columns: ColumnsType<OverviewChild> = [
    {
      title: '财政部门',
      dataIndex: 'name',
      fixed: 'left',
      width: 180,
      render: (_: unknown, bureau: OverviewChild) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(bureau)} aria-label={`查看${bureau.name}`}>
          {bureau.name}
        </Button>
      ),
    },
    { title: '单位数', dataIndex: 'units', width: 90, align: 'right' as const, sorter: (a, b) => a.units - b.units },
    {
      title: '报送滞后',
      key: 'behind',
      width: 220,
      sorter: (a, b) => describeBehindShare(a) - describeBehindShare(b),
      render: (_: unknown, bureau: OverviewChild) => (
        <Space size={8} style={{ width: '100%' }}>
          <span style={{ minWidth: 56, display: 'inline-block' }}>{bureau.behindUnits} 个</span>
          <Progress
            percent={describeBehindShare(bureau)}
            size="small"
            status={bureau.behindUnits > 0 ? 'exception' : 'success'}
            style={{ width: 120, margin: 0 }}
            aria-label={`${bureau.name}报送滞后单位占${describeBehindShare(bureau)}%`}
          />
        </Space>
      ),
    },
    {
      title: '平均执行率',
      dataIndex: 'averageExecutionRate',
      width: 110,
      align: 'right' as const,
      sorter: (a, b) => compareDecimals(a.averageExecutionRate, b.averageExecutionRate),
      render: (value: string | null) => (value ? `${value}%` : '—'),
    },
    {
      title: '平均自评得分',
      dataIndex: 'averageScore',
      width: 120,
      align: 'right' as const,
      sorter: (a, b) => compareDecimals(a.averageScore, b.averageScore),
      render: (value: string | null) => value ?? '—',
    },
    { title: '自评表', dataIndex: 'selfEvaluations', width: 90, align: 'right' as const, render: (value: number) => `${value} 份` },
  ];
  const pagination = bureaus.length > 20 ? { pageSize: 20, showTotal: (total: number) => `共 ${total} 个财政部门` } : false;
  if (isPhone) {
    return <RowCards<OverviewChild> label="下级财政部门" items={bureaus} rowKey={(bureau) => bureau.organisationId} columns={columns} titleKey="name" pagination={pagination} emptyText="没有下级财政部门" />;
  }
  return (
    <Table<OverviewChild>
      rowKey="organisationId"
      size="middle"
      dataSource={bureaus}
      pagination={pagination}
      locale={{ emptyText: '没有下级财政部门' }}
      columns={columns}
      scroll={{ x: 820 }}
    />
  );
}
