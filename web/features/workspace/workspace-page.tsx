/**
 * 我的文档 (units) / 文档查询 (reviewers, admin): documents by year and kind with their state;
 * units also create documents here (upload, or a self-evaluation from approved targets).
 */
import { Alert, Button, Card, InputNumber, Select, Space, Typography, message } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { documentKindNames, documentKinds, type DocumentKind } from '../../../core/model.ts';
import { isUnitRole } from '../../../core/review/index.ts';
import { useUser } from '../../app/session-context.tsx';
import { DocumentTable } from '../../components/document-table.tsx';
import { describeError } from '../../lib/api-client.ts';
import type { DocumentSummary } from '../../lib/api-types.ts';
import { createSelfEvaluation, listDocuments } from '../../lib/documents-api.ts';
import { useRouter } from '../../lib/router.tsx';
import { UploadCard } from './upload-card.tsx';

export default function WorkspacePage() {
  const user = useUser();
  const { navigate } = useRouter();
  const isUnit = isUnitRole(user.role);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [kind, setKind] = useState<DocumentKind | undefined>(undefined);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [selfEvaluationYear, setSelfEvaluationYear] = useState<number | null>(null);

  const reload = useCallback(() => {
    setIsLoading(true);
    listDocuments({ year, kind })
      .then((page) => {
        setDocuments(page.items);
        setError(null);
      })
      .catch((caught: unknown) => setError(describeError(caught)))
      .finally(() => setIsLoading(false));
  }, [year, kind]);

  useEffect(reload, [reload]);

  const years = [...new Set(documents.map((document) => document.year))].sort((a, b) => b - a);
  // By year (newest first), then in the order of the cycle: targets, approval, self-evaluation, report.
  const ordered = [...documents].sort(
    (a, b) =>
      b.year - a.year ||
      documentKinds.indexOf(a.kind) - documentKinds.indexOf(b.kind) ||
      b.revision - a.revision,
  );

  const createFromTargets = async () => {
    if (!selfEvaluationYear) return;
    try {
      const created = await createSelfEvaluation({ year: selfEvaluationYear });
      navigate(`/documents/${created.id}`);
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{isUnit ? '我的文档' : '文档查询'}</Typography.Title>
      {isUnit && <UploadCard onUploaded={reload} />}
      {isUnit && (
        <Card title="由已批复的绩效目标表生成自评表" style={{ marginBottom: 16 }}>
          <Space>
            <InputNumber
              aria-label="自评年度"
              min={1990}
              max={2100}
              placeholder="年度"
              value={selfEvaluationYear}
              onChange={setSelfEvaluationYear}
            />
            <Button onClick={() => void createFromTargets()} disabled={!selfEvaluationYear}>
              生成自评表
            </Button>
          </Space>
        </Card>
      )}
      <Card
        title="文档"
        extra={
          <Space>
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
          </Space>
        }
      >
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <DocumentTable documents={ordered} isLoading={isLoading} showUnit={!isUnit} />
      </Card>
    </div>
  );
}
