/**
 * Under the year of 开启监控轮次: what opening would generate, said before anything is written. A year
 * without approved targets (or a closed one) is said plainly, with the years that do have targets to
 * pick from, instead of a confirmation followed by a refusal.
 */
import { Alert, Button, Space, Typography } from 'antd';
import type { OpeningPreview } from '../../../contract/monitoring-rounds.ts';

export function OpeningPreviewNote(props: { preview: OpeningPreview | null; onPickYear: (year: number) => void }) {
  const { preview } = props;
  if (!preview) return null;
  if (!preview.isYearOpen) {
    return <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`${preview.year}年度已关闭，不能开启监控。如需开启，请联系管理员重新开启该年度。`} />;
  }
  if (preview.tables === 0) {
    const others = preview.years.filter((row) => row.year !== preview.year);
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message={`${preview.year}年度还没有已批复的绩效目标表，开启监控不会生成监控表。请先批复绩效目标，或选择其他年度。`}
        description={
          others.length > 0 ? (
            <Space wrap size={4}>
              <span>有已批复绩效目标的年度：</span>
              {others.map((row) => (
                <Button key={row.year} size="small" onClick={() => props.onPickYear(row.year)}>
                  {row.year}年（{row.tables} 张）
                </Button>
              ))}
            </Space>
          ) : undefined
        }
      />
    );
  }
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
      {describePreview(preview)}
    </Typography.Paragraph>
  );
}

/** "已批复2026年度绩效目标的单位 5 个（目标表 7 张）；3 个单位没有已批复的绩效目标。" */
export function describePreview(preview: OpeningPreview): string {
  const without = preview.unitsWithout > 0 ? `；${preview.unitsWithout} 个单位没有已批复的绩效目标，不生成` : '';
  return `全部单位：已批复${preview.year}年度绩效目标的单位 ${preview.units} 个，将生成 ${preview.tables} 张监控表${without}。`;
}
