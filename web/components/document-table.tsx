/**
 * A list of documents (state, score, last change) linking to each document by its full title —
 * year, unit, kind, project, revision — so every row and every link says which document it is.
 * On a phone a block per document (RowCards): the table scrolled sideways and hid the state
 * behind the long titles (首页 待填报, 我的文档, 审核队列 at 390 px).
 */
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../contract/documents.ts';
import { formatDateTime } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { RowCards, useIsPhone } from './row-cards.tsx';
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
  /** The list's name on a phone (a page may show several: 待填报, 最近动态). */
  label?: string;
}) {
  const prefix = props.linkPrefix ?? '/documents';
  const isPhone = useIsPhone();
  const pagination = props.documents.length > 20 ? { pageSize: 20 } : false;
  const columns: ColumnsType<DocumentSummary> = [
    {
      title: '文档',
      key: 'title',
      render: (_, document) => <Link to={`${prefix}/${document.id}`}>{describeDocumentTitle(document)}</Link>,
    },
    {
      title: '状态',
      key: 'state',
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
            sorter: compareSubmission,
            render: (_: unknown, document: DocumentSummary) =>
              document.submittedAt ? formatDateTime(document.submittedAt) : '—',
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
  ];
  if (isPhone) {
    // Blocks have no sortable header: the review queue's oldest submission comes first, as its table sorts.
    const documents = props.showSubmittedAt ? sortBySubmission(props.documents) : props.documents;
    return (
      <RowCards<DocumentSummary>
        label={props.label ?? '文档列表'}
        items={documents}
        rowKey={(document) => document.id}
        columns={columns}
        titleKey="title"
        actionKey="state"
        emptyText="暂无文档"
        isLoading={props.isLoading}
        pagination={pagination}
      />
    );
  }
  return (
    <Table<DocumentSummary>
      rowKey="id"
      size="middle"
      loading={props.isLoading}
      dataSource={props.documents}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      columns={columns}
    />
  );
}

function compareSubmission(a: DocumentSummary, b: DocumentSummary): number {
  return (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '');
}

function sortBySubmission(documents: DocumentSummary[]): DocumentSummary[] {
  return [...documents].sort(compareSubmission);
}
