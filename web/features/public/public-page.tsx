/** 信息公开: published documents, readable without login (a fuller page may follow). */
import { Alert, Card, Layout, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DocumentTable } from '../../components/document-table.tsx';
import { describeError } from '../../lib/api-client.ts';
import type { DocumentSummary } from '../../lib/api-types.ts';
import { listPublicDocuments } from '../../lib/documents-api.ts';

export default function PublicPage() {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listPublicDocuments({ pageSize: 100 })
      .then((page) => setDocuments(page.items))
      .catch((caught: unknown) => setError(describeError(caught)));
  }, []);
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Typography.Title level={3}>预算绩效信息公开</Typography.Title>
        {error && <Alert type="error" showIcon message={error} />}
        <Card>
          <DocumentTable documents={documents ?? []} isLoading={!documents} linkPrefix="/public" />
        </Card>
      </Layout.Content>
    </Layout>
  );
}
