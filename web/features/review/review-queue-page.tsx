/**
 * 审核队列: documents waiting for this reviewer, then those waiting to be published (finance),
 * with the date each was submitted (sortable), filters by kind, state, unit and year, a search
 * box, and 导出 Excel of what is shown. The queue is short (what waits for one reviewer), so it
 * is filtered in the browser.
 */
import { Alert, Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { DocumentKind } from '../../../core/model.ts';
import type { ReviewState } from '../../../core/review/index.ts';
import { useUser } from '../../app/session-context.tsx';
import { DocumentSearchBox, ExportListButton } from '../../components/document-list-toolbar.tsx';
import { DocumentTable } from '../../components/document-table.tsx';
import { filterDocuments, listFilterOptions, type DocumentListFilter } from '../../lib/document-list-filter.ts';
import { useTasks } from '../home/use-tasks.ts';

export default function ReviewQueuePage() {
  const user = useUser();
  const { tasks, error } = useTasks(user.role);
  const [filter, setFilter] = useState<DocumentListFilter>({});
  const isFinance = user.role === 'finance-reviewer';
  const everything = useMemo(() => [...(tasks?.toReview ?? []), ...(tasks?.toPublish ?? [])], [tasks]);
  const options = useMemo(() => listFilterOptions(everything), [everything]);
  const toReview = useMemo(() => filterDocuments(tasks?.toReview ?? [], filter), [tasks, filter]);
  const toPublish = useMemo(() => filterDocuments(tasks?.toPublish ?? [], filter), [tasks, filter]);
  const change = (part: Partial<DocumentListFilter>) => setFilter((current) => ({ ...current, ...part }));

  return (
    <div>
      <Typography.Title level={1}>审核队列</Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <DocumentSearchBox value={filter.search ?? ''} onSearch={(search) => change({ search })} />
          <Select
            aria-label="种类筛选"
            allowClear
            placeholder="全部种类"
            style={{ width: 150 }}
            value={filter.kind}
            onChange={(kind: DocumentKind | undefined) => change({ kind })}
            options={options.kinds}
          />
          <Select
            aria-label="状态筛选"
            allowClear
            placeholder="全部状态"
            style={{ width: 150 }}
            value={filter.state}
            onChange={(state: ReviewState | undefined) => change({ state })}
            options={options.states}
          />
          <Select
            aria-label="单位筛选"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部单位"
            style={{ width: 200 }}
            value={filter.organisationId}
            onChange={(organisationId: string | undefined) => change({ organisationId })}
            options={options.units}
          />
          <Select
            aria-label="年度筛选"
            allowClear
            placeholder="全部年度"
            style={{ width: 120 }}
            value={filter.year}
            onChange={(year: number | undefined) => change({ year })}
            options={options.years}
          />
          <ExportListButton title="审核队列" load={() => [...toReview, ...toPublish]} />
        </Space>
      </Card>
      <Card title={`待审核（${toReview.length}）`} style={{ marginBottom: 16 }}>
        <DocumentTable documents={toReview} isLoading={!tasks} showSubmittedAt />
      </Card>
      {isFinance && (
        <Card title={`待公开（${toPublish.length}）`}>
          <DocumentTable documents={toPublish} isLoading={!tasks} showSubmittedAt />
        </Card>
      )}
    </div>
  );
}
