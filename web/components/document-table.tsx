/**
 * A list of documents (state, score, last change) linking to each document by its full title —
 * year, unit, kind, project, revision — so every row and every link says which document it is.
 */
import { Table } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../contract/documents.ts';
import { formatDateTime } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { StateTag } from './state-tag.tsx';

/** "2025年 示范县公安局 绩效目标表（禁毒专项） · 第2版". */
export function describeDocumentTitle(
  document: Pick<DocumentSummary, 'year' | 'organisationName' | 'kindName' | 'project' | 'revision'>,
): string {
  const project = document.project ? `（${document.project}）` : '';
  const revision = document.revision > 1 ? ` · 第${document.revision}版` : '';
  return `${document.year}年 ${document.organisationName} ${document.kindName}${project}${revision}`;
}

export function DocumentTable(props: {
  documents: DocumentSummary[];
  isLoading?: boolean;
  linkPrefix?: string;
  extraColumn?: { title: string; render: (document: DocumentSummary) => ReactNode };
  /** A 提交时间 column, sortable, the oldest submission first (the review queue). */
  showSubmittedAt?: boolean;
}) {
  const prefix = props.linkPrefix ?? '/documents';
  return (
    <Table<DocumentSummary>
      rowKey="id"
      size="middle"
      loading={props.isLoading}
      dataSource={props.documents}
      // On a phone the columns keep their width and the table scrolls sideways.
      scroll={{ x: 'max-content' }}
      pagination={props.documents.length > 20 ? { pageSize: 20 } : false}
      columns={[
        {
          title: '文档',
          render: (_, document) => <Link to={`${prefix}/${document.id}`}>{describeDocumentTitle(document)}</Link>,
        },
        {
          title: '状态',
          width: 140,
          render: (_: unknown, document: DocumentSummary) => <StateTag state={document.state} />,
        },
        {
          title: '自评得分',
          width: 100,
          render: (_: unknown, document: DocumentSummary) =>
            document.score ? `${document.score}（${document.grade ?? '—'}）` : '',
        },
        ...(props.showSubmittedAt
          ? [
              {
                title: '提交时间',
                key: 'submittedAt',
                width: 190,
                defaultSortOrder: 'ascend' as const,
                sortDirections: ['ascend' as const, 'descend' as const],
                sorter: (a: DocumentSummary, b: DocumentSummary) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
                render: (_: unknown, document: DocumentSummary) => (document.submittedAt ? formatDateTime(document.submittedAt) : '—'),
              },
            ]
          : []),
        ...(props.extraColumn
          ? [
              {
                title: props.extraColumn.title,
                render: (_: unknown, document: DocumentSummary) => props.extraColumn!.render(document),
              },
            ]
          : []),
        {
          title: '最后更新',
          width: 190,
          render: (_: unknown, document: DocumentSummary) => formatDateTime(document.updatedAt),
        },
      ]}
    />
  );
}
