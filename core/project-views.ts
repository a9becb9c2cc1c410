/**
 * A report over several projects whose parts each hold their own indicator table (docs/layouts.md "Several projects in one
 * report", readers-37): the report stays one document (reports-25), its indicators stay in `goals` (so the editor, the
 * document view, the exports and the audit read them as any goals), and each goal names the project it belongs to
 * (`goal.project`, a name in `report.projects`). What sums a table — the 分值 to 100, the entered scores to the 总分,
 * one name once, the total by the rules — is then done per project: each project is seen as a document of its own
 * (its goals, its figures as its budget, its stated score as its total), and what the report holds outside the projects
 * as one more.
 */
import type { Finding, Goal, PerformanceDocument, ReportProject } from './model.ts';

/** One project of the report seen as a document, with where its goals are in the report. */
export interface ProjectView {
  /** Index in report.projects; null for what the report holds outside its projects. */
  projectIndex: number | null;
  /** The report's goal index of each of the view's goals, in order. */
  goalIndices: number[];
  document: PerformanceDocument;
}

/** The index in report.projects of the project each goal belongs to (null: none); null when no goal names one. */
export function projectOfEachGoal(document: Pick<PerformanceDocument, 'goals' | 'report'>): Array<number | null> | null {
  const projects = document.report?.projects ?? [];
  if (projects.length === 0) return null;
  let found = false;
  const indices = document.goals.map((goal) => {
    if (goal.project === undefined) return null;
    const index = projects.findIndex((project) => project.name === goal.project);
    if (index < 0) return null;
    found = true;
    return index;
  });
  return found ? indices : null;
}

/** A project as a document: its goals, its figures (and its rate's 分值 and 得分) as the budget, its stated score and grade as the totals. */
export function projectDocument(document: PerformanceDocument, project: ReportProject, goals: Goal[]): PerformanceDocument {
  const budget: PerformanceDocument['budget'] = {};
  for (const field of ['initial', 'adjusted', 'executed', 'executionRate'] as const) {
    const value = project[field];
    if (value != null) budget[field] = value;
  }
  if (project.executionWeight != null) budget.weight = project.executionWeight;
  if (project.executionScore != null) budget.score = project.executionScore;
  return {
    ...document,
    project: project.name,
    budget,
    goals,
    totals: { score: project.score ?? null, grade: project.grade ?? null },
    report: null,
    findings: [],
  };
}

/**
 * The report's projects as documents, and the rest (goals of no project, the report's own budget and totals) as one
 * more with projectIndex null; null when no goal names a project (the document is checked as it is).
 */
export function projectViews(document: PerformanceDocument): ProjectView[] | null {
  const owners = projectOfEachGoal(document);
  if (owners === null) return null;
  const projects = document.report?.projects ?? [];
  const indicesOf = (owner: number | null): number[] =>
    owners.flatMap((goalOwner, goalIndex) => (goalOwner === owner ? [goalIndex] : []));
  const rest = indicesOf(null);
  const views: ProjectView[] = [
    { projectIndex: null, goalIndices: rest, document: { ...document, goals: rest.map((index) => document.goals[index] as Goal) } },
  ];
  for (const [projectIndex, project] of projects.entries()) {
    const goalIndices = indicesOf(projectIndex);
    if (goalIndices.length === 0) continue;
    const goals = goalIndices.map((index) => document.goals[index] as Goal);
    views.push({ projectIndex, goalIndices, document: projectDocument(document, project, goals) });
  }
  return views;
}

const GOAL_PATH = /^goals\.(\d+)(?=\.|$)/;

/**
 * A view's findings as the report's: goal paths to the report's goals, a project's totals and budget to the project
 * (`report.projects.N`), and the project named at the message's head.
 */
export function findingsOfView(view: ProjectView, findings: readonly Finding[]): Finding[] {
  if (view.projectIndex === null) {
    return findings.map((finding) => ({ ...finding, path: mapGoalPath(finding.path, view.goalIndices) }));
  }
  const name = view.document.project ?? '';
  const projectPath = `report.projects.${view.projectIndex}`;
  return findings.map((finding) => {
    const path = GOAL_PATH.test(finding.path)
      ? mapGoalPath(finding.path, view.goalIndices)
      : finding.path === 'totals.score'
        ? `${projectPath}.score`
        : projectPath;
    return { ...finding, path, message: `“${name}”：${finding.message}` };
  });
}

function mapGoalPath(path: string, goalIndices: readonly number[]): string {
  return path.replace(GOAL_PATH, (whole, index: string) => `goals.${goalIndices[Number(index)] ?? index}`);
}
