/**
 * 已公开文档: every published target table, approval table, self-evaluation and report, by year and
 * kind, and by a unit's or project's name (a province publishes tens of thousands). On a phone a
 * block per document (RowCards): the table scrolled sideways and cut the document's name.
 */
import { Alert, Card, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { documentKindNames, documentKinds, type DocumentKind } from '../../../core/model.ts';
import { describeError } from '../../lib/api-client.ts';
import type { DocumentPage, DocumentSummary } from '../../../contract/documents.ts';
import { formatDate } from '../../lib/format.ts';
import { describeDocumentTitle } from '../../components/document-table.tsx';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { Link } from '../../lib/router.tsx';
import { listPublishedDocuments } from './public-api.ts';
import { PublicResultsLinks } from '../results/public-results-links.tsx';

const pageSize = 20;
const currentYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 6 }, (_, index) => currentYear - index).map((year) => ({
  value: year,
  label: `${year}年`,
}));

export function PublicList() {
  const [year, setYear] = useState<number | undefined>();
  const [kind, setKind] = useState<DocumentKind | undefined>();
  const [search, setSearch] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<DocumentPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setResult(null);
    setError(null);
    listPublishedDocuments({ year, kind, search, page, pageSize })
      .then(setResult)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [year, kind, search, page]);
  const isPhone = useIsPhone();
  const emptyText = search ? `没有找到“${search}”的公开文档` : '暂无公开的文档';
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: result?.total ?? 0,
    onChange: setPage,
    showTotal: (total) => (result?.isTotalCapped ? `超过 ${total} 份` : `共 ${total} 份`),
  };
  const columns: ColumnsType<DocumentSummary> = [
    { title: '年度', dataIndex: 'year', width: 90, render: (value: number) => `${value}年` },
    { title: '单位', dataIndex: 'organisationName' },
    {
      title: '文档',
      key: 'document',
      render: (_, document) => (
        <Link to={`/public/${encodeURIComponent(document.id)}`} ariaLabel={describeDocumentTitle(document)}>
          {document.kindName}
          {document.project ? `（${document.project}）` : ''}
        </Link>
      ),
    },
    {
      title: '自评得分',
      width: 120,
      render: (_, document) => (document.score ? `${document.score}（${document.grade ?? '—'}）` : ''),
    },
    { title: '公开日期', width: 160, render: (_, document) => formatDate(document.updatedAt) },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        已公开的绩效目标、自评结果和评价报告
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <PublicResultsLinks />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label="年度"
            allowClear
            placeholder="全部年度"
            style={{ width: 140 }}
            options={yearOptions}
            value={year}
            onChange={(value?: number) => {
              setYear(value);
              setPage(1);
            }}
          />
          <Select
            aria-label="文档种类"
            allowClear
            placeholder="全部种类"
            style={{ width: 200 }}
            options={documentKinds.map((value) => ({ value, label: documentKindNames[value] }))}
            value={kind}
            onChange={(value?: DocumentKind) => {
              setKind(value);
              setPage(1);
            }}
          />
          <Input.Search
            aria-label="单位或项目名称"
            placeholder="单位或项目名称"
            allowClear
            maxLength={100}
            style={{ width: 240 }}
            onSearch={(value) => {
              setSearch(value.trim() || undefined);
              setPage(1);
            }}
          />
        </Space>
        {isPhone ? (
          <RowCards<DocumentSummary>
            label="已公开的文档"
            items={result?.items ?? []}
            rowKey={(document) => document.id}
            columns={columns}
            titleKey="document"
            isLoading={!result && !error}
            emptyText={emptyText}
            pagination={pagination}
          />
        ) : (
          <Table<DocumentSummary>
            rowKey="id"
            loading={!result && !error}
            dataSource={result?.items ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText }}
            pagination={pagination}
            columns={columns}
          />
        )}
      </Card>
    </Space>
  );
}
