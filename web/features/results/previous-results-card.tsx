/**
 * Beside a target table: the unit's 结果应用 of the year before (issue 11), so reviewers weigh next
 * year's targets and money against last year's grade. Nothing when the unit has no results.
 */
import { Alert, List } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentApplications } from '../../../contract/results.ts';
import { describeRecord } from './applications-card.tsx';
import { listDocumentApplications } from './results-api.ts';

export function PreviousResultsCard({ documentId }: { documentId: string }) {
  const [applications, setApplications] = useState<DocumentApplications | null>(null);
  useEffect(() => {
    // Advisory only: a failure to load leaves the review page as it was.
    listDocumentApplications(documentId)
      .then(setApplications)
      .catch(() => setApplications(null));
  }, [documentId]);
  if (!applications || applications.items.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      message={`上一年度（${applications.year}年）绩效评价结果及结果应用`}
      description={
        <List
          size="small"
          dataSource={applications.items}
          renderItem={(record) => (
            <List.Item>
              {`${record.project ?? '部门整体支出'}：评价等级“${record.grade ?? '未定级'}”，预算安排建议：${describeRecord(record)}${record.isDefault ? '（按规则，财政部门尚未确定）' : ''}${record.note ? `。${record.note}` : ''}`}
            </List.Item>
          )}
        />
      }
    />
  );
}
