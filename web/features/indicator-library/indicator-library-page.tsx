/**
 * 指标库 (/indicator-library, finance): browse and search the entries, confirm units' proposals,
 * retire, merge duplicates, import and export the library as .xlsx (issue 13).
 */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Select, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { entryStatusNames } from '../../../core/indicator-library/entry.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { describeError } from '../../lib/api-client.ts';
import { EntryDetails, listLibraryColumns } from './library-columns.tsx';
import {
  exportUrl,
  importEntries,
  listEntries,
  mergeEntry,
  type LibraryEntry,
} from './indicator-library-api.ts';

const PAGE_SIZE = 20;

async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export default function IndicatorLibraryPage() {
  // The App's message and modal carry the theme (accessible colours); the static ones do not.
  const { message, modal } = App.useApp();
  const [filter, setFilter] = useState({ q: '', status: '', kind: '', offset: 0 });
  const [page, setPage] = useState<{ items: LibraryEntry[]; total: number }>({ items: [], total: 0 });
  const [isLoading, setIsLoading] = useState(true);
  const [merging, setMerging] = useState<LibraryEntry | null>(null);
  const [mergeInto, setMergeInto] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<LibraryEntry[]>([]);
  const isPhone = useIsPhone();

  const load = useCallback(() => {
    setIsLoading(true);
    listEntries({ ...filter, limit: PAGE_SIZE })
      .then(setPage)
      .catch((error: unknown) => void message.error(describeError(error)))
      .finally(() => setIsLoading(false));
  }, [filter]);
  useEffect(load, [load]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      load();
    } catch (error) {
      void message.error(describeError(error));
    }
  };

  const searchCandidates = (q: string) => {
    listEntries({ q, offset: 0, limit: 20 })
      .then((result) =>
        setCandidates(result.items.filter((entry) => entry.id !== merging?.id && entry.status !== 'retired')),
      )
      .catch(() => setCandidates([]));
  };

  const columns = listLibraryColumns({
    act,
    onMerge: (entry) => {
      setMerging(entry);
      setMergeInto(null);
      setCandidates([]);
    },
  });
  // On a phone a block per entry (eight columns needed 900 px), its details folded under 详情 as the table's expanded row.
  const phoneColumns: ColumnsType<LibraryEntry> = [
    ...columns.slice(0, -1),
    {
      // No 名称： before it: the summary says what it holds.
      key: 'details',
      render: (_, entry) => (
        <details>
          <summary>指标解释、计算公式、评分标准</summary>
          <EntryDetails entry={entry} />
        </details>
      ),
    },
    ...columns.slice(-1),
  ];
  const pagination = {
    current: filter.offset / PAGE_SIZE + 1,
    pageSize: PAGE_SIZE,
    total: page.total,
    showSizeChanger: false,
    onChange: (current: number) => setFilter((previous) => ({ ...previous, offset: (current - 1) * PAGE_SIZE })),
  };

  return (
    <div>
      <Typography.Title level={1}>指标库</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="搜索指标名称"
          aria-label="搜索指标名称"
          style={{ width: isPhone ? '100%' : 240 }}
          onSearch={(q) => setFilter((current) => ({ ...current, q, offset: 0 }))}
        />
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          value={filter.status}
          onChange={(status: string) => setFilter((current) => ({ ...current, status, offset: 0 }))}
          options={[
            { value: '', label: '全部状态' },
            ...Object.entries(entryStatusNames).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          aria-label="类别"
          style={{ width: 120 }}
          value={filter.kind}
          onChange={(kind: string) => setFilter((current) => ({ ...current, kind, offset: 0 }))}
          options={[
            { value: '', label: '全部类别' },
            { value: 'common', label: '共性指标' },
            { value: 'specific', label: '个性指标' },
          ]}
        />
        <Button icon={<DownloadOutlined />} href={exportUrl}>
          导出 .xlsx
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void act(async () => {
              const result = await importEntries(await readBase64(file));
              if (result.errors.length > 0) {
                modal.warning({
                  title: '部分行未导入',
                  content: result.errors.map((error) => error.message).join('\n'),
                });
              }
              void message.info(`新增 ${result.created} 条，更新 ${result.updated} 条`);
            }, '导入完成');
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>导入 .xlsx</Button>
        </Upload>
      </Space>
      {isPhone ? (
        <RowCards<LibraryEntry>
          label="指标库条目"
          items={page.items}
          rowKey={(entry) => entry.id}
          columns={phoneColumns}
          titleKey="name"
          actionKey="status"
          emptyText="没有符合条件的指标"
          isLoading={isLoading}
          pagination={pagination}
        />
      ) : (
        <Table<LibraryEntry>
          rowKey="id"
          size="small"
          loading={isLoading}
          dataSource={page.items}
          scroll={{ x: 900 }}
          pagination={pagination}
          expandable={{
            // The expand column needs a heading: an empty one is announced as nothing (axe empty-table-header).
            columnTitle: '详情',
            columnWidth: 56,
            expandedRowRender: (entry) => <EntryDetails entry={entry} />,
          }}
          columns={columns}
        />
      )}
      <Modal
        title={merging ? `把“${merging.name}”合并到另一条指标` : ''}
        open={merging !== null}
        okText="合并"
        okButtonProps={{ disabled: mergeInto === null }}
        onCancel={() => setMerging(null)}
        onOk={() => {
          if (!merging || !mergeInto) return;
          void act(() => mergeEntry(merging.id, mergeInto), '已合并，原指标的历史数据归入保留的指标').then(
            () => setMerging(null),
          );
        }}
      >
        <Select
          showSearch
          aria-label="保留的指标"
          placeholder="搜索并选择保留的指标"
          style={{ width: '100%' }}
          filterOption={false}
          value={mergeInto}
          onSearch={searchCandidates}
          onChange={(value: string) => setMergeInto(value)}
          options={candidates.map((entry) => ({
            value: entry.id,
            label: `${entry.name}（${entryStatusNames[entry.status]}）`,
          }))}
        />
      </Modal>
    </div>
  );
}
