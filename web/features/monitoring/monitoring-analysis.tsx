/** The monitoring table's analysis block: 偏差情况, 存在的问题, 下一步措施 (editable). */
import { Card, Input } from 'antd';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { Monitoring } from '../../../core/monitoring/schema.ts';

const fields: Array<[keyof Pick<Monitoring, 'deviation' | 'problems' | 'nextSteps'>, string]> = [
  ['deviation', '偏差情况'],
  ['problems', '存在的问题'],
  ['nextSteps', '下一步措施'],
];

export function MonitoringAnalysis(props: {
  body: PerformanceDocument;
  onUpdate: (change: (body: PerformanceDocument) => PerformanceDocument) => void;
}) {
  return (
    <Card title="分析" size="small" style={{ marginBottom: 12 }}>
      {fields.map(([key, label]) => (
        <label key={key} style={{ display: 'block', marginBottom: 8 }}>
          {label}
          <Input.TextArea
            aria-label={label}
            autoSize={{ minRows: 2, maxRows: 6 }}
            defaultValue={props.body.monitoring?.[key] ?? ''}
            onChange={(event) =>
              props.onUpdate((current) => ({
                ...current,
                monitoring: { period: {}, ...current.monitoring, [key]: event.target.value || null },
              }))
            }
          />
        </label>
      ))}
    </Card>
  );
}
