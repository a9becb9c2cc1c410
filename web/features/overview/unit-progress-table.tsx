/** 各单位报送情况: one row per unit, each kind's state (or 未报送), execution rate, score and grade; on a phone a block per unit. */
import { Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { toDecimal } from '../../../core/decimal.ts';
import { documentKindNames } from '../../../core/model.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { StateTag } from '../../components/state-tag.tsx';
import { Link } from '../../lib/router.tsx';
import type { OverviewUnit as UnitProgress } from './overview-api.ts';
import { trackedKinds, type TrackedKind } from './overview-data.ts';

function KindCell({ progress, kind }: { progress: UnitProgress; kind: TrackedKind }) {
  const row = progress.documents[kind];
  if (!row) {
    return (
      <Tooltip title="财政部门尚未收到（单位未提交或主管部门尚未审核）">
        <Tag color="error">未报送</Tag>
      </Tooltip>
    );
  }
  return (
    <Link to={`/documents/${encodeURIComponent(row.documentId)}`}>
      <StateTag state={row.state} />
    </Link>
  );
}

/** 文档查询 filtered to one unit (and the year shown), where every document of the unit is listed. */
export function describeUnitDocumentsUrl(unitId: string, year: number | undefined): string {
  const query = new URLSearchParams({
    organisationId: unitId,
    ...(year !== undefined ? { year: String(year) } : {}),
  });
  return `/documents?${query.toString()}`;
}

export function UnitProgressTable({
  progress,
  year,
  onRemind,
}: {
  progress: UnitProgress[];
  year?: number;
  /** 催报 (finance, one year shown): resolves when the unit was reminded. */
  onRemind?: (unit: UnitProgress, year: number) => Promise<void>;
}) {
  const isPhone = useIsPhone();
  const columns: ColumnsType<UnitProgress> = [
    {
      title: '单位',
      dataIndex: 'unit',
      fixed: 'left',
      width: 180,
      render: (_: unknown, unit: UnitProgress) => (
        <Link to={describeUnitDocumentsUrl(unit.unitId, year)} ariaLabel={`查看${unit.unit}的全部文档`}>
          {unit.unit}
        </Link>
      ),
    },
    {
      title: '主管部门',
      dataIndex: 'supervisor',
      width: 150,
      render: (value: string | null) => value ?? '—',
    },
    ...trackedKinds.map((kind) => ({
      title: documentKindNames[kind],
      key: kind,
      width: 150,
      render: (_: unknown, unit: UnitProgress) => <KindCell progress={unit} kind={kind} />,
    })),
    {
      title: '执行率',
      width: 100,
      align: 'right' as const,
      render: (_: unknown, unit: UnitProgress) => {
        const rate = toDecimal(unit.executionRate);
        return rate ? `${rate.toFixed(2)}%` : '—';
      },
    },
    {
      title: '自评得分',
      width: 100,
      align: 'right' as const,
      render: (_: unknown, unit: UnitProgress) => unit.score ?? '—',
    },
    { title: '等级', width: 70, render: (_: unknown, unit: UnitProgress) => unit.grade ?? '—' },
    {
      title: '进度',
      key: 'progress',
      width: 170,
      render: (_: unknown, unit: UnitProgress) =>
        unit.pendingKinds.length === 0 ? (
          <Tag color="success">已全部报送</Tag>
        ) : (
          <Space size={4} wrap>
            <Tag color="warning">滞后 {unit.pendingKinds.length} 项</Tag>
            {onRemind && year !== undefined && (
              <Popconfirm
                title={`向${unit.unit}催报`}
                description={`提醒其提交${year}年度尚未提交的绩效目标表、绩效自评表、评价报告（单位将收到消息通知）。`}
                okText="催报"
                cancelText="取消"
                onConfirm={() => onRemind(unit, year)}
              >
                <Button size="small" aria-label={`催报${unit.unit}`}>
                  催报
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];
  const pagination = progress.length > 20 ? { pageSize: 20, showTotal: (total: number) => `共 ${total} 个单位` } : false;
  const rowClassName = (unit: UnitProgress) => (unit.pendingKinds.length > 0 ? 'overview-row-behind' : '');
  if (isPhone) {
    return (
      <RowCards<UnitProgress>
        label="各单位报送情况"
        items={progress}
        rowKey={(unit) => unit.unitId}
        columns={columns}
        titleKey="unit"
        actionKey="progress"
        pagination={pagination}
        emptyText="没有可查看的单位"
        rowClassName={rowClassName}
      />
    );
  }
  return (
    <Table<UnitProgress>
      rowKey="unitId"
      size="middle"
      dataSource={progress}
      pagination={pagination}
      locale={{ emptyText: '没有可查看的单位' }}
      rowClassName={rowClassName}
      columns={columns}
      scroll={{ x: 1100 }}
    />
  );
}
