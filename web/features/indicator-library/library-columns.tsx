/**
 * The 指标库 table's columns, shared by the desktop table and the phone's blocks (RowCards), and
 * an entry's details (指标解释, 计算公式, 评（扣）分标准, 来源), the table's expanded row.
 */
import { Button, Popconfirm, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  directionNames,
  entryStatusNames,
  referenceBasisNames,
} from '../../../core/indicator-library/entry.ts';
import { changeEntry, type LibraryEntry } from './indicator-library-api.ts';

const statusColors = { proposed: 'orange', confirmed: 'green', retired: 'default' } as const;
const levelNames: Record<string, string> = {
  output: '产出指标',
  outcome: '效益指标',
  satisfaction: '满意度指标',
  cost: '成本指标',
};

export function EntryDetails({ entry }: { entry: LibraryEntry }) {
  return (
    <div style={{ fontSize: 13 }}>
      <p>指标解释：{entry.definition || '—'}</p>
      <p>计算公式：{entry.formula || '—'}</p>
      <p>评（扣）分标准：{entry.scoringMethod || '—'}</p>
      <p>来源：{entry.source || '—'}</p>
    </div>
  );
}

export function listLibraryColumns(props: {
  /** Runs a change and says it is done (the page reloads). */
  act: (work: () => Promise<unknown>, done: string) => Promise<void>;
  onMerge: (entry: LibraryEntry) => void;
}): ColumnsType<LibraryEntry> {
  const { act } = props;
  return [
    {
      title: '指标名称',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, entry) => (
        <span>
          {name} {entry.kind === 'common' && <Tag color="blue">共性</Tag>}
        </span>
      ),
    },
    {
      title: '一级 / 二级',
      render: (_, entry) => `${levelNames[entry.level1] ?? entry.level1} / ${entry.level2}`,
    },
    { title: '单位', dataIndex: 'unit', width: 70 },
    { title: '方向', width: 70, render: (_, entry) => directionNames[entry.direction] },
    {
      title: '参考值',
      render: (_, entry) =>
        entry.referenceValues
          .map((value) => `${value.text}（${referenceBasisNames[value.basis]}）`)
          .join('；') || '—',
    },
    { title: '行业', render: (_, entry) => entry.tags.sectors.join('、') || '通用' },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, entry) => (
        <Tag color={statusColors[entry.status]}>{entryStatusNames[entry.status]}</Tag>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, entry) => (
        <Space size="small" wrap>
          {entry.status === 'proposed' && (
            <Button
              size="small"
              type="primary"
              onClick={() => void act(() => changeEntry(entry.id, 'confirm'), `已确认“${entry.name}”`)}
            >
              确认
            </Button>
          )}
          {entry.status !== 'retired' && (
            // Nothing re-enables a retired entry, so it is asked first.
            <Popconfirm
              title={`停用“${entry.name}”？`}
              description="停用后不再向单位推荐，且不能重新启用；已填报文档中的指标不受影响。"
              okText="停用"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => act(() => changeEntry(entry.id, 'retire'), `已停用“${entry.name}”`)}
            >
              <Button size="small">停用</Button>
            </Popconfirm>
          )}
          {entry.status !== 'retired' && (
            <Button
              size="small"
              onClick={() => props.onMerge(entry)}
            >
              合并
            </Button>
          )}
        </Space>
      ),
    },
  ];
}
