/**
 * A report over several projects whose parts each hold their own 自评表 (goal.project, docs/layouts.md "Several
 * projects in one report"): each project's indicators shown as the document view shows a table's — the one indicator
 * table (a block per indicator on a phone) with 一级/二级 merged, 指标值, 实际完成值, 分值 and 得分 as filed, and the
 * findings pointing into each row under its 指标值 — with the project's own findings (its sums, its rate:
 * `report.projects.N`) above (its figures are in the list of projects before the tables). Read as filed: the report's text is what the unit edits here.
 */
import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import type { Finding, PerformanceDocument } from '../../../core/model.ts';
import { countProjectIndicators } from '../../../core/report-projects.ts';
import { useIsPhone } from '../../components/row-cards.tsx';
import '../../components/sheet.css';
import { IndicatorCards } from '../target-editor/indicator-cards.tsx';
import { IndicatorTable } from '../target-editor/indicator-table.tsx';
import { groupByRow } from '../target-editor/target-editor.tsx';

const noOpinions = new Map();
const ignore = () => undefined;

/** The findings of the project itself (its totals, its figures), not of one of its rows. */
export function findingsOfProject(findings: readonly Finding[], projectIndex: number): Finding[] {
  const path = `report.projects.${projectIndex}`;
  return findings.filter((finding) => finding.path === path || finding.path.startsWith(`${path}.`));
}

export function ReportProjectTables(props: { body: PerformanceDocument; findings: readonly Finding[] }) {
  const isPhone = useIsPhone();
  const findingsByRow = useMemo(() => groupByRow([...props.findings], (finding) => finding.path), [props.findings]);
  const projects = props.body.report?.projects ?? [];
  return (
    <>
      {projects.map((project, projectIndex) => {
        const goals = props.body.goals.flatMap((goal, goalIndex) => (goal.project === project.name ? [{ goal, goalIndex }] : []));
        if (goals.length === 0) return null;
        let firstRowNumber = 0;
        return (
          <Card key={projectIndex} size="small" style={{ marginBottom: 12 }} title={`${project.name}：自评表（${countProjectIndicators(props.body, project)} 个指标）`}>
            <ProjectFindings findings={findingsOfProject(props.findings, projectIndex)} />
            {goals.map(({ goal, goalIndex }) => {
              const rowProps = {
                goal,
                goalIndex,
                firstRowNumber,
                isEditable: false,
                findingsByRow,
                opinionsByRow: noOpinions,
                highlightedRow: null,
                onChange: ignore,
                onValueText: ignore,
                onOperation: ignore,
                showsResults: true,
                // A project's goals are named apart by the project (its goals seldom have names of their own).
                tableName: `${project.name} 绩效指标表${goals.length > 1 ? ` ${goalIndex + 1}` : ''}`,
              };
              firstRowNumber += goal.indicators.length;
              return (
                <div key={goalIndex} style={{ marginTop: 8 }}>
                  {goal.name.trim() && <Typography.Text strong>{goal.name}</Typography.Text>}
                  {isPhone ? <IndicatorCards {...rowProps} /> : <IndicatorTable {...rowProps} onGroupChange={ignore} />}
                </div>
              );
            })}
          </Card>
        );
      })}
    </>
  );
}

/** The project's own findings (its figures are in the list of projects above). */
function ProjectFindings(props: { findings: Finding[] }) {
  if (props.findings.length === 0) return null;
  return (
    <div className="sheet-notes">
      {props.findings.map((finding, index) => (
        <span key={index} className={`sheet-note ${finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'muted'}`}>
          {finding.message}
        </span>
      ))}
    </div>
  );
}
