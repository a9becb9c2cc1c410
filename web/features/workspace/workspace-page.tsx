/**
 * 我的文档 (units) / 文档查询 (reviewers, admin): documents by year and kind with their state;
 * units also create documents here (new target table, self-evaluation, report, or upload).
 */
import { Alert, Card, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { documentKindNames, documentKinds, type DocumentKind } from '../../../core/model.ts';
import { isUnitRole } from '../../../core/review/index.ts';
import { useUser } from '../../app/session-context.tsx';
import { DocumentSearchBox, ExportListButton } from '../../components/document-list-toolbar.tsx';
import { DocumentTable } from '../../components/document-table.tsx';
import { describeError } from '../../lib/api-client.ts';
import type { DocumentSummary } from '../../../contract/documents.ts';
import { listAllDocuments, listDocuments } from '../../lib/documents-api.ts';
import { useRouter } from '../../lib/router.tsx';
import { CreateCard } from './create-card.tsx';
import { FinanceImportLink } from './finance-import-link.tsx';
import { UploadCard } from './upload-card.tsx';

/** By year (newest first), then in the order of the cycle: targets, approval, self-evaluation, report. */
function orderForReading(documents: readonly DocumentSummary[]): DocumentSummary[] {
  return [...documents].sort(
    (a, b) => b.year - a.year || documentKinds.indexOf(a.kind) - documentKinds.indexOf(b.kind) || b.revision - a.revision,
  );
}

export default function WorkspacePage() {
  const user = useUser();
  const isUnit = isUnitRole(user.role);
  const { search: locationSearch } = useRouter();
  // The overview's unit rows open this page as /documents?organisationId=…&year=….
  const initial = new URLSearchParams(locationSearch);
  const [year, setYear] = useState<number | undefined>(() => Number(initial.get('year')) || undefined);
  const [organisationId, setOrganisationId] = useState<string | undefined>(() => initial.get('organisationId') ?? undefined);
  const [kind, setKind] = useState<DocumentKind | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    setIsLoading(true);
    listDocuments({ year, kind, organisationId, search: search || undefined })
      .then((page) => {
        setDocuments(page.items);
        setError(null);
      })
      .catch((caught: unknown) => setError(describeError(caught)))
      .finally(() => setIsLoading(false));
  }, [year, kind, organisationId, search]);

  useEffect(reload, [reload]);

  const years = [...new Set([...documents.map((document) => document.year), ...(year ? [year] : [])])].sort((a, b) => b - a);
  const unitName = organisationId ? (documents.find((document) => document.organisationId === organisationId)?.organisationName ?? '所选单位') : null;
  const title = isUnit ? '我的文档' : '文档查询';
  const ordered = orderForReading(documents);

  return (
    <div>
      <Typography.Title level={1}>{title}</Typography.Title>
      {isUnit && <CreateCard defaultYear={new Date().getFullYear()} />}
      {isUnit && <UploadCard onUploaded={reload} />}
      {user.role === 'finance-reviewer' && <FinanceImportLink />}
      <Card
        title="文档"
        extra={
          <Space wrap>
            {unitName && (
              <Tag closable onClose={() => setOrganisationId(undefined)} closeIcon={<span aria-label="取消单位筛选">×</span>}>
                单位：{unitName}
              </Tag>
            )}
            <DocumentSearchBox value={search} onSearch={setSearch} />
            <Select
              aria-label="年度筛选"
              allowClear
              placeholder="全部年度"
              style={{ width: 120 }}
              value={year}
              onChange={(value: number | undefined) => setYear(value)}
              options={(years.length ? years : [new Date().getFullYear()]).map((value) => ({
                value,
                label: `${value}年`,
              }))}
            />
            <Select
              aria-label="种类筛选"
              allowClear
              placeholder="全部种类"
              style={{ width: 160 }}
              value={kind}
              onChange={(value: DocumentKind | undefined) => setKind(value)}
              options={documentKinds.map((value) => ({ value, label: documentKindNames[value] }))}
            />
            <ExportListButton
              title={unitName ? `${title}-${unitName}` : title}
              load={async () => orderForReading(await listAllDocuments({ year, kind, organisationId, search: search || undefined }))}
            />
          </Space>
        }
      >
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <DocumentTable documents={ordered} isLoading={isLoading} />
      </Card>
    </div>
  );
}
