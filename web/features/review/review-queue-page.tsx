/** 审核队列: documents waiting for this reviewer, then those waiting to be published (finance). */
import { Alert, Card, Typography } from 'antd';
import { useUser } from '../../app/session-context.tsx';
import { DocumentTable } from '../../components/document-table.tsx';
import { useTasks } from '../home/use-tasks.ts';

export default function ReviewQueuePage() {
  const user = useUser();
  const { tasks, error } = useTasks(user.role);
  return (
    <div>
      <Typography.Title level={3}>审核队列</Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <Card title="待审核" style={{ marginBottom: 16 }}>
        <DocumentTable documents={tasks?.toReview ?? []} isLoading={!tasks} />
      </Card>
      {user.role === 'finance-reviewer' && (
        <Card title="待公开">
          <DocumentTable documents={tasks?.toPublish ?? []} isLoading={!tasks} />
        </Card>
      )}
    </div>
  );
}
