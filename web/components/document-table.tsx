/** A list of documents (year, kind, unit, state, score, last change) linking to each document. */
import { Table } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../lib/api-types.ts';
import { formatDateTime } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { StateTag } from './state-tag.tsx';

export function DocumentTable(props: {
  documents: DocumentSummary[];
  isLoading?: boolean;
  showUnit?: boolean;
  linkPrefix?: string;
  extraColumn?: { title: string; render: (document: DocumentSummary) => ReactNode };
}) {
  const prefix = props.linkPrefix ?? '/documents';
  return (
    <Table<DocumentSummary>
      rowKey="id"
      size="middle"
      loading={props.isLoading}
      dataSource={props.documents}
      pagination={props.documents.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { title: '年度', dataIndex: 'year', width: 80 },
        {
          title: '文档',
          render: (_, document) => (
            <Link to={`${prefix}/${document.id}`}>
              {document.kindName}
              {document.project ? `（${document.project}）` : ''}
              {document.revision > 1 ? ` · 第${document.revision}版` : ''}
            </Link>
          ),
        },
        ...(props.showUnit === false ? [] : [{ title: '单位', dataIndex: 'organisationName' }]),
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
