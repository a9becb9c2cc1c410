/** Findings of core's checks, each linked to its row when it points at an indicator. */
import { Alert, List, Tag, Typography } from 'antd';
import type { Finding } from '../../core/model.ts';

const severityLabels: Record<Finding['severity'], { label: string; color: string }> = {
  error: { label: '错误', color: 'red' },
  warning: { label: '提醒', color: 'orange' },
  info: { label: '提示', color: 'blue' },
};

/** "goals.1.indicators.4.target" → "goals.1.indicators.4" (the row a finding belongs to). */
export function findRowPath(path: string): string | null {
  const match = /^goals\.\d+\.indicators\.\d+/.exec(path);
  return match ? match[0] : null;
}

export function FindingsList(props: {
  findings: Finding[];
  onSelectRow?: (rowPath: string) => void;
  describeRow?: (rowPath: string) => string | null;
  maxHeight?: number;
}) {
  if (props.findings.length === 0) return <Alert type="success" showIcon message="没有发现问题" />;
  // The scrolling box takes keyboard focus, so a long list can be scrolled without a mouse (axe).
  return (
    <div
      role="region"
      aria-label="检查发现"
      tabIndex={0}
      style={{ maxHeight: props.maxHeight ?? 320, overflow: 'auto' }}
    >
      <List
        size="small"
        dataSource={props.findings}
        renderItem={(finding, index) => {
          const rowPath = findRowPath(finding.path);
          const rowLabel = rowPath ? props.describeRow?.(rowPath) : null;
          return (
            <List.Item key={`${finding.path}-${finding.code}-${index}`}>
              <div>
                <Tag color={severityLabels[finding.severity].color}>
                  {severityLabels[finding.severity].label}
                </Tag>
                {rowPath && props.onSelectRow ? (
                  <Typography.Link onClick={() => props.onSelectRow?.(rowPath)}>
                    {rowLabel ?? '定位到该行'}
                  </Typography.Link>
                ) : null}{' '}
                <span>{finding.message}</span>
                {finding.line ? (
                  <Typography.Text type="secondary">（原文第 {finding.line} 行）</Typography.Text>
                ) : null}
              </div>
            </List.Item>
          );
        }}
      />
    </div>
  );
}
