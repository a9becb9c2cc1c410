/**
 * 审核队列: documents waiting for this reviewer, then those waiting to be published (finance),
 * with the date each was submitted (sortable), filters by kind, state, unit and year, a search
 * box, and 导出 Excel of what is shown. The queue is short (what waits for one reviewer), so it
 * is filtered in the browser.
 */
import { Alert, Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useUser } from '../../app/session-context.tsx';
import { DocumentSearchBox, ExportListButton } from '../../components/document-list-toolbar.tsx';
import { DocumentTable } from '../../components/document-table.tsx';
import { filterDocuments, listFilterOptions, type DocumentListFilter } from '../../lib/document-list-filter.ts';
import { useTasks } from '../home/use-tasks.ts';

type SelectFilterKey = 'kind' | 'state' | 'organisationId' | 'year';

/** The queue's choice filters, in the toolbar's order. */
const selectFilters: ReadonlyArray<{ key: SelectFilterKey; label: string; placeholder: string; width: number; isSearchable?: boolean }> = [
  { key: 'kind', label: '种类筛选', placeholder: '全部种类', width: 150 },
  { key: 'state', label: '状态筛选', placeholder: '全部状态', width: 150 },
  { key: 'organisationId', label: '单位筛选', placeholder: '全部单位', width: 200, isSearchable: true },
  { key: 'year', label: '年度筛选', placeholder: '全部年度', width: 120 },
];

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
  const optionsByKey: Record<SelectFilterKey, Array<{ value: string | number; label: string }>> = {
    kind: options.kinds,
    state: options.states,
    organisationId: options.units,
    year: options.years,
  };

  return (
    <div>
      <Typography.Title level={1}>审核队列</Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <DocumentSearchBox value={filter.search ?? ''} onSearch={(search) => change({ search })} />
          {selectFilters.map((entry) => (
            <Select<string | number | undefined>
              key={entry.key}
              aria-label={entry.label}
              allowClear
              {...(entry.isSearchable ? { showSearch: true, optionFilterProp: 'label' } : {})}
              placeholder={entry.placeholder}
              style={{ width: entry.width }}
              value={filter[entry.key]}
              onChange={(value) => change({ [entry.key]: value })}
              options={optionsByKey[entry.key]}
            />
          ))}
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
