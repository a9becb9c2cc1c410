/** 绩效评价报告: its sections as editable text (read-only once submitted). */
import { Card, Input, Typography } from 'antd';
import type { PerformanceDocument } from '../../../core/model.ts';

export function ReportView(props: {
  body: PerformanceDocument;
  isEditable: boolean;
  onUpdate: (change: (body: PerformanceDocument) => PerformanceDocument) => void;
}) {
  const sections = props.body.report?.sections ?? [];
  const setText = (index: number, text: string) =>
    props.onUpdate((current) => {
      const report = current.report ?? { sections: [], moneyLists: [] };
      return {
        ...current,
        report: {
          ...report,
          sections: report.sections.map((section, position) =>
            position === index ? { ...section, text } : section,
          ),
        },
      };
    });
  return (
    <div>
      {sections.map((section, index) => (
        <Card key={index} size="small" title={section.title} style={{ marginBottom: 12 }}>
          {props.isEditable ? (
            <Input.TextArea
              aria-label={section.title}
              autoSize={{ minRows: 3, maxRows: 16 }}
              value={section.text}
              onChange={(event) => setText(index, event.target.value)}
            />
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{section.text}</Typography.Paragraph>
          )}
        </Card>
      ))}
    </div>
  );
}
