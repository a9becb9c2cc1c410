/**
 * The one audited rescoring after a rule pack choice changes (issue 12), whether the year's pack
 * (change-year-rule-pack.ts) or a region's (set-region-rule-pack.ts): the draft and returned
 * documents whose pack comes from the changed choice, before or after it, are rescored under the
 * pack they score by after it (choosePack, the server's one resolver). In one transaction: the
 * choice itself, every rescored body with its score columns, an audit entry per document
 * ('rescore', field-level changes), and the change with the before/after list of totals and grades
 * (rule_pack_changes). A dry run answers the same list and changes nothing (the confirm dialog).
 */
import { diffDocuments, type FieldChange } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { editableStates } from '../../../core/review/states.ts';
import { analyseWithPack, type RulePack } from '../../../core/rule-packs/index.ts';
import type { RescoredDocument } from '../../../contract/rule-packs.ts';
import type { DocumentSummary } from '../../db/documents.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { pickScore } from '../documents/pick-score.ts';
import { choosePack, type PackChoices } from './pack-for-year.ts';

/** Documents read (and analysed) per batch while collecting the drafts to rescore. */
export const rescorePageSize = 500;
/** Analyses of one rescoring sent to the worker pool at once. */
const analysesInFlight = 4;

export interface PackChoiceChange {
  actor: Actor;
  year: number;
  /** The bureau whose choice changes (its subtree is read), or null for the year's pack. */
  region: { organisationId: string; path: string[] } | null;
  before: PackChoices;
  after: PackChoices;
  /** Pack names for the record: the pack at the changed choice before and after. */
  fromPack: string;
  toPack: string;
  /** The audit entries' reason: "规则包由…改为…，重新评分". */
  reason: string;
  dryRun: boolean;
  /** Writes the choice itself, inside the rescoring transaction. */
  saveChoice: (repositories: Repositories) => Promise<void>;
}

export interface RescoreOutcome {
  /** Draft and returned documents rescored under the pack they score by after the change. */
  rescoredCount: number;
  /** Those whose total or grade changed, before and after. */
  changed: RescoredDocument[];
}

interface Rescore {
  summary: DocumentSummary;
  pack: RulePack;
  after: PerformanceDocument;
  changes: FieldChange[];
}

function describeRescore(summary: DocumentSummary, after: PerformanceDocument): RescoredDocument {
  return {
    documentId: summary.id,
    unit: summary.organisationName,
    kind: summary.kind,
    state: summary.state,
    before: { score: summary.score, grade: summary.grade },
    after: pickScore(after),
  };
}

function hasScoreChanged(rescored: RescoredDocument): boolean {
  return rescored.before.score !== rescored.after.score || rescored.before.grade !== rescored.after.grade;
}

/** The drafts whose pack the change touches, each analysed under its pack after the change (in workers). */
async function collectRescores(deps: ServiceDeps, change: PackChoiceChange): Promise<Rescore[]> {
  const changedChoice = change.region?.organisationId ?? null;
  const rescores: Rescore[] = [];
  for (let offset = 0; ; offset += rescorePageSize) {
    const page = await deps.repositories.documents.list({
      year: change.year,
      states: editableStates,
      ...(change.region ? { withinOrganisationPath: change.region.path } : {}),
      limit: rescorePageSize,
      offset,
    });
    // A unit keeps its pack when a choice nearer to it than the changed one decides it.
    const touched = page.items
      .map((summary) => ({ summary, before: choosePack(summary.organisationPath, change.before), after: choosePack(summary.organisationPath, change.after) }))
      .filter(({ before, after }) => before.region === changedChoice || after.region === changedChoice);
    const bodies = await deps.repositories.documents.listBodies(touched.map(({ summary }) => summary.id));
    // A few analyses in flight keep the worker threads busy without filling the pool's queue,
    // which people's uploads and saves share (it refuses work when full).
    const analysed: Array<Rescore | null> = touched.map(() => null);
    let next = 0;
    const analyseNext = async (): Promise<void> => {
      for (let index = next++; index < touched.length; index = next++) {
        const { summary, after } = touched[index]!;
        const body = bodies.get(summary.id);
        if (!body) continue;
        const rescored = await deps.heavyWork.analyse(body, after.pack.name);
        analysed[index] = { summary, pack: after.pack, after: rescored, changes: diffDocuments(body, rescored) };
      }
    };
    await Promise.all(Array.from({ length: analysesInFlight }, analyseNext));
    for (const rescore of analysed) if (rescore) rescores.push(rescore);
    if (page.items.length < rescorePageSize) return rescores;
  }
}

/** Rescores the drafts a pack choice change touches and records it (see the file comment). */
export async function rescoreAfterPackChange(deps: ServiceDeps, change: PackChoiceChange): Promise<RescoreOutcome> {
  const rescores = await collectRescores(deps, change);
  const preview = rescores.map(({ summary, after }) => describeRescore(summary, after)).filter(hasScoreChanged);
  if (change.dryRun) return { rescoredCount: rescores.length, changed: preview };

  const at = deps.now().toISOString();
  const changed = await deps.transaction(async (repositories) => {
    await change.saveChoice(repositories);
    const written: RescoredDocument[] = [];
    for (const rescore of rescores) {
      const outcome = await writeRescore(repositories, { rescore, actor: change.actor, at, reason: change.reason });
      if (outcome && hasScoreChanged(outcome)) written.push(outcome);
    }
    await repositories.rulePacks.appendChange({
      year: change.year,
      organisationId: change.region?.organisationId ?? null,
      fromPack: change.fromPack,
      toPack: change.toPack,
      actorId: change.actor.userId,
      at,
      rescored: written,
    });
    return written;
  });
  return { rescoredCount: rescores.length, changed };
}

/**
 * One document rescored with its audit entry. A document saved meanwhile (stale version) is read
 * again and rescored in this thread: the pack change must reach every draft it touches.
 */
async function writeRescore(
  repositories: Repositories,
  input: { rescore: Rescore; actor: Actor; at: string; reason: string },
): Promise<RescoredDocument | null> {
  let { summary, after, changes } = input.rescore;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (changes.length === 0) return null;
    const result = await repositories.documents.updateWithVersion({
      id: summary.id,
      expectedVersion: summary.version,
      changes: { body: after, ...pickScore(after), updatedAt: input.at, updatedBy: input.actor.userId },
    });
    if (result.status === 'updated') {
      await repositories.auditEntries.append({
        documentId: summary.id,
        actorId: input.actor.userId,
        at: input.at,
        action: 'rescore',
        fromState: summary.state,
        toState: summary.state,
        reason: input.reason,
        changes,
      });
      return describeRescore(summary, after);
    }
    if (result.status === 'not-found') return null;
    const current = await repositories.documents.getById(summary.id);
    if (!current || !editableStates.includes(current.state)) return null;
    summary = current;
    after = analyseWithPack(current.body, input.rescore.pack);
    changes = diffDocuments(current.body, after);
  }
  return null;
}
