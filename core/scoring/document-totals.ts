/**
 * The running sums of a document's scoring, one ScoreTotals per project when the document is a report over several
 * projects each with its own table (goal.project, core/project-views.ts): each project's total by the rules is its own
 * indicators and rate (report.projects[].suggestedScore), and the report's own total adds no project's indicators (no
 * sum over projects: reports-25). Otherwise one ScoreTotals, as before.
 */
import type { Goal, PerformanceDocument } from '../model.ts';
import { projectDocument, projectOfEachGoal } from '../project-views.ts';
import type { ScoringPolicy } from './policy.ts';
import { ScoreTotals } from './score-totals.ts';

export class DocumentTotals {
  readonly #whole: ScoreTotals;
  /** Per goal, its project's index (null: the whole's); null when no goal names a project. */
  readonly #owners: Array<number | null> | null;
  readonly #projects = new Map<number, ScoreTotals>();
  readonly #policy: ScoringPolicy;

  constructor(document: PerformanceDocument, policy: ScoringPolicy) {
    this.#policy = policy;
    this.#whole = new ScoreTotals(policy);
    this.#owners = projectOfEachGoal(document);
  }

  /** The sums a goal's indicators are added to. */
  forGoal(goalIndex: number): ScoreTotals {
    const owner = this.#owners?.[goalIndex] ?? null;
    if (owner === null) return this.#whole;
    let totals = this.#projects.get(owner);
    if (!totals) {
      totals = new ScoreTotals(this.#policy);
      this.#projects.set(owner, totals);
    }
    return totals;
  }

  /** The scored document: `goals` the scored goals in the document's order; each project with its own total. */
  finish(document: PerformanceDocument, goals: Goal[]): PerformanceDocument {
    const owners = this.#owners;
    const report = document.report;
    if (owners === null || !report?.projects) return this.#whole.finish(document, goals);
    // The whole's total counts only the goals of no project (a report of projects alone has none).
    const wholeGoals = document.goals.filter((_, index) => owners[index] === null);
    const scored = { ...this.#whole.finish({ ...document, goals: wholeGoals }, goals), goals };
    const projects = report.projects.map((project, projectIndex) => {
      const totals = this.#projects.get(projectIndex);
      if (!totals) return project;
      const indices = owners.flatMap((owner, index) => (owner === projectIndex ? [index] : []));
      const own = projectDocument(document, project, indices.map((index) => document.goals[index] as Goal));
      const { suggestedScore, suggestedGrade } = totals.finish(own, indices.map((index) => goals[index] as Goal)).totals;
      return { ...project, suggestedScore: suggestedScore ?? null, suggestedGrade: suggestedGrade ?? null };
    });
    return { ...scored, report: { ...report, projects } };
  }
}
