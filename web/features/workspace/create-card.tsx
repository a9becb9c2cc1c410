/**
 * 新建文档 in the unit workspace (issue 4 "create a target table (blank, from last year's
 * approved one, …)"; issue 3 for the self-evaluation and the report): one year, four ways to
 * start. The server refuses duplicates and missing sources with a Chinese message, shown here.
 */
import { Button, Card, InputNumber, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { describeError } from '../../lib/api-client.ts';
import type { DocumentView } from '../../../contract/documents.ts';
import {
  createEvaluationReport,
  createSelfEvaluation,
  createTargetTable,
} from '../../lib/documents-api.ts';
import { useRouter } from '../../lib/router.tsx';
import { ProjectTableDialog } from './project-table-dialog.tsx';

type Creation = 'blank' | 'last-year' | 'self-evaluation' | 'evaluation-report';

const creations: Array<{ key: Creation; label: string; create: (year: number) => Promise<DocumentView> }> = [
  { key: 'blank', label: '新建空白目标表', create: (year) => createTargetTable({ year, from: 'blank' }) },
  { key: 'last-year', label: '复制上年已批复目标表', create: (year) => createTargetTable({ year, from: 'last-year' }) },
  { key: 'self-evaluation', label: '由已批复目标表生成自评表', create: (year) => createSelfEvaluation({ year }) },
  { key: 'evaluation-report', label: '由自评表生成评价报告', create: (year) => createEvaluationReport({ year }) },
];

export function CreateCard({ defaultYear }: { defaultYear: number }) {
  const { navigate } = useRouter();
  const [year, setYear] = useState<number | null>(defaultYear);
  const [busy, setBusy] = useState<Creation | null>(null);
  const [isProjectDialogOpen, setIsProjectDialogOpen] = useState(false);
  const run = async (creation: (typeof creations)[number]) => {
    if (!year) return;
    setBusy(creation.key);
    try {
      const created = await creation.create(year);
      void message.success(`已创建${created.kindName}`);
      navigate(`/documents/${created.id}`);
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title="新建文档" style={{ marginBottom: 16 }}>
      <Space wrap>
        <InputNumber
          aria-label="新建年度"
          min={1990}
          max={2100}
          placeholder="年度"
          value={year}
          onChange={setYear}
        />
        {creations.map((creation) => (
          <Button
            key={creation.key}
            type={creation.key === 'last-year' ? 'primary' : 'default'}
            loading={busy === creation.key}
            disabled={!year || (busy !== null && busy !== creation.key)}
            onClick={() => void run(creation)}
          >
            {creation.label}
          </Button>
        ))}
        <Button disabled={!year || busy !== null} onClick={() => setIsProjectDialogOpen(true)}>
          新建项目支出目标表
        </Button>
      </Space>
      {year && (
        <ProjectTableDialog year={year} isOpen={isProjectDialogOpen} onClose={() => setIsProjectDialogOpen(false)} />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        复制上年目标表时沿用上年已批复的指标、指标值和分值，年度预算需重新填写；项目支出目标表按项目逐个新建；也可在下方上传已有文档。
      </Typography.Paragraph>
    </Card>
  );
}
