/**
 * 绩效评价报告: its sections as editable text (read-only once submitted). A report created from
 * the self-evaluation arrives pre-filled from the data (documents/report-draft); the unit changes
 * any of it. Titles show the standard numbering 一、二、… whatever numbering the stored title has. A report over several
 * projects lists them, and shows each project's own 自评表 with its findings (report-project-tables.tsx).
 */
import { Alert, Card, Input, List, Typography } from 'antd';
import type { Finding, PerformanceDocument, ReportProject } from '../../../core/model.ts';
import { countProjectIndicators, describeReportProjectFigures } from '../../../core/report-projects.ts';
import { stripSectionNumbering } from '../../../core/section-title.ts';
import { ReportProjectTables } from './report-project-tables.tsx';

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (reports have a dozen sections at most). */
export function toChineseNumber(value: number): string {
  if (value < 10) return digits[value] ?? String(value);
  if (value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : digits[tens]}十${digits[value % 10]}`;
}

/**
 * The projects a report over several evaluates, each with the figures its part or row states (read, not edited), and
 * the indicators of its own table with its total by the rules when it has one.
 */
function ReportProjects(props: { projects: readonly ReportProject[]; goals: PerformanceDocument['goals'] }) {
  return (
    <Card size="small" title={`报告分别评价的项目（${props.projects.length} 个）`} style={{ marginBottom: 12 }}>
      <List
        size="small"
        dataSource={[...props.projects]}
        renderItem={(project, index) => (
          <List.Item key={index}>
            <Typography.Text strong>{project.name}</Typography.Text>
            <Typography.Text>{describeReportProjectFigures(project, countProjectIndicators(props, project))}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * A section's card title: the standard numbering 一、二、… over the titled sections; the text a report
 * gives before its first heading (its 前言, stored with the title "") is shown unnumbered.
 */
export function sectionCardTitle(sections: readonly { title: string }[], index: number): string {
  const title = stripSectionNumbering(sections[index]?.title ?? '');
  if (title === '') return '前言';
  const number = sections.slice(0, index + 1).filter((section) => stripSectionNumbering(section.title) !== '').length;
  return `${toChineseNumber(number)}、${title}`;
}

export function ReportView(props: {
  body: PerformanceDocument;
  /** The checks' findings (live while editable): those pointing into a project's indicators are shown at their rows. */
  findings?: readonly Finding[];
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
      {props.isEditable && props.body.report?.draftedFrom === 'self-evaluation' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="各部分已按本年度自评表和绩效目标表的数据预先填写（预算执行、得分等级、未完成指标及偏差原因），请核对并补充修改。"
        />
      )}
      {(props.body.report?.projects?.length ?? 0) > 0 && <ReportProjects projects={props.body.report?.projects ?? []} goals={props.body.goals} />}
      <ReportProjectTables body={props.body} findings={props.findings ?? props.body.findings} />
      {sections.length === 0 && <Typography.Text type="secondary">本报告没有内容。</Typography.Text>}
      {sections.map((section, index) => {
        const title = sectionCardTitle(sections, index);
        return (
          <Card key={index} size="small" title={title} style={{ marginBottom: 12 }}>
            {props.isEditable ? (
              <Input.TextArea
                aria-label={title}
                autoSize={{ minRows: 3, maxRows: 16 }}
                value={section.text}
                placeholder="请填写本部分内容"
                onChange={(event) => setText(index, event.target.value)}
              />
            ) : (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{section.text}</Typography.Paragraph>
            )}
          </Card>
        );
      })}
    </div>
  );
}
