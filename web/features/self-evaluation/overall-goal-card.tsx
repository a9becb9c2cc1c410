/** 年度总体目标 | 实际完成情况: the two texts the printed 自评表 sets side by side above the indicators. */
import { Card, Col, Input, Row, Typography } from 'antd';
import { memo } from 'react';
import type { PerformanceDocument } from '../../../core/model.ts';

type OnUpdate = (change: (body: PerformanceDocument) => PerformanceDocument) => void;

const fields = [
  { field: 'overallGoal', title: '年度总体目标' },
  { field: 'overallResult', title: '实际完成情况' },
] as const;

export const OverallGoalCard = memo(function OverallGoalCard(props: {
  overallGoal: string | null | undefined;
  overallResult: string | null | undefined;
  isEditable: boolean;
  onUpdate: OnUpdate;
}) {
  const { onUpdate } = props;
  return (
    <Card title="年度总体目标完成情况" size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        {fields.map(({ field, title }) => (
          <Col key={field} xs={24} md={12}>
            <Typography.Text strong>{title}</Typography.Text>
            {props.isEditable ? (
              <Input.TextArea
                aria-label={title}
                autoSize={{ minRows: 3, maxRows: 10 }}
                value={props[field] ?? ''}
                onChange={(event) => {
                  const text = event.target.value;
                  onUpdate((current) => ({ ...current, [field]: text }));
                }}
              />
            ) : (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{props[field] || '—'}</Typography.Paragraph>
            )}
          </Col>
        ))}
      </Row>
    </Card>
  );
});
