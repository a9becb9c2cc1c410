/**
 * 年度与截止日期 (/admin/fiscal-years; finance and the administrator): each year's deadlines as
 * settings, which every home page shows; the administrator also adds, opens and closes years.
 */
import { Button, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import {
  deadlineKindNames,
  deadlineKinds,
  type FiscalYearDeadlines,
} from '../../../core/fiscal-year-deadlines.ts';
import { fiscalYearListSchema, fiscalYearSchema, type FiscalYear } from '../../../contract/fiscal-years.ts';
import { useUser } from '../../app/session-context.tsx';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { callApi } from '../../lib/api-client.ts';
import { useManagedList } from '../../lib/use-managed-list.ts';
import { formatDate } from '../../lib/format.ts';
import { DeadlinesModal } from './deadlines-modal.tsx';

export default function FiscalYearsPage() {
  const user = useUser();
  const isAdmin = user.role === 'admin';
  const { items: years, isLoading, act } = useManagedList({ url: '/api/fiscal-years', response: fiscalYearListSchema });
  const [editing, setEditing] = useState<FiscalYear | null>(null);
  const [newYear, setNewYear] = useState<number | null>(null);
  // On a phone a block per year (状态 beside it, the deadlines one a line): seven columns did not fit 390 px.
  const isPhone = useIsPhone();

  const saveDeadlines = async (input: { year: number; deadlines: FiscalYearDeadlines }) => {
    const isDone = await act(
      () =>
        callApi({
          method: 'PUT',
          url: `/api/fiscal-years/${input.year}/deadlines`,
          body: { deadlines: input.deadlines },
          response: fiscalYearSchema,
        }),
      `已保存${input.year}年度的截止日期。`,
    );
    if (isDone) setEditing(null);
  };

  const setOpen = (year: number, isOpen: boolean) =>
    act(
      () =>
        callApi({
          method: 'PUT',
          url: `/api/fiscal-years/${year}`,
          body: { isOpen },
          response: fiscalYearSchema,
        }),
      isOpen ? `${year}年度已开放。` : `${year}年度已关闭，其文档不能再修改。`,
    );

  const columns: ColumnsType<FiscalYear> = [
    { title: '年度', dataIndex: 'year', key: 'year', render: (year: number) => `${year}年度` },
    {
      title: '状态',
      dataIndex: 'isOpen',
      key: 'isOpen',
      render: (isOpen: boolean) => (isOpen ? <Tag color="green">开放</Tag> : <Tag>已关闭</Tag>),
    },
    ...deadlineKinds.map((kind) => ({
      title: `${deadlineKindNames[kind]}截止`,
      key: kind,
      onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
      render: (_value: unknown, year: FiscalYear) =>
        year.deadlines[kind] ? formatDate(year.deadlines[kind]) : '未设',
    })),
    {
      title: '操作',
      key: 'actions',
      render: (_value: unknown, year: FiscalYear) => (
        <Space size={4} wrap>
          <Button
            size="small"
            aria-label={`设置${year.year}年度截止日期`}
            onClick={() => setEditing(year)}
          >
            设置截止日期
          </Button>
          {isAdmin && (
            <Popconfirm
              title={
                year.isOpen
                  ? `关闭${year.year}年度？关闭后该年度的文档不能再修改。`
                  : `重新开放${year.year}年度？`
              }
              okText={year.isOpen ? '关闭' : '开放'}
              cancelText="取消"
              onConfirm={() => void setOpen(year.year, !year.isOpen)}
            >
              <Button size="small">{year.isOpen ? '关闭年度' : '开放年度'}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>年度与截止日期</Typography.Title>
      <Typography.Paragraph>
        各年度的截止日期由财政部门设定，所有人的首页按此提醒。新增年度时先按惯例填入（目标表上年11月30日、监控8月31日、自评表次年4月30日），可随时修改；每次修改都记录操作人和时间。
      </Typography.Paragraph>
      {isAdmin && (
        <Space wrap>
          <InputNumber
            aria-label="新增年度"
            placeholder="年度，如 2027"
            min={1990}
            max={2100}
            precision={0}
            value={newYear}
            onChange={(value) => setNewYear(value)}
            style={{ width: 160 }}
          />
          <Button
            type="primary"
            disabled={newYear === null}
            onClick={() =>
              newYear !== null && void setOpen(newYear, true).then((isDone) => isDone && setNewYear(null))
            }
          >
            新增年度
          </Button>
        </Space>
      )}
      {isPhone ? (
        <RowCards<FiscalYear>
          label="各年度截止日期"
          items={years}
          rowKey={(year) => String(year.year)}
          columns={columns}
          titleKey="year"
          actionKey="isOpen"
          emptyText="暂无年度"
          isLoading={isLoading}
        />
      ) : (
        <Table<FiscalYear>
          rowKey="year"
          size="small"
          scroll={{ x: 760 }}
          loading={isLoading}
          dataSource={years}
          pagination={false}
          columns={columns}
        />
      )}
      <DeadlinesModal fiscalYear={editing} onSave={saveDeadlines} onCancel={() => setEditing(null)} />
    </Space>
  );
}
