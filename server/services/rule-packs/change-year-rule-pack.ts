/**
 * Finance changes a fiscal year's rule pack (issue 12). Refused for anyone but finance
 * (财政部门 reviewers and administrators) and for a closed year. The year's draft and returned
 * documents are rescored under the new pack, and in one transaction: the year's pack, every
 * rescored body with its score columns, an audit entry per document ('rescore', field-level
 * changes), and the change itself with the before/after list of totals and grades.
 * A dry run answers the same list and changes nothing (the confirm dialog).
 */
import { diffDocuments } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { editableStates } from '../../../core/review/states.ts';
import { analyseWithPack, findRulePack, rulePacks, type RulePack } from '../../../core/rule-packs/index.ts';
import type { RescoredDocument, YearRulePackChange } from '../../../contract/rule-packs.ts';
import type { DocumentSummary } from '../../db/documents.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { pickScore } from '../documents/pick-score.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { findRegionPack, packForYear } from './pack-for-year.ts';

/** Documents read per query while collecting a year's drafts. */
const pageSize = 500;

function ensureMayChangePack(actor: Actor): void {
  if (actor.role === 'admin' || actor.role === 'finance-reviewer') return;
  throw createForbiddenError('只有财政部门可以更换年度规则包。');
}

function findPackOrRefuse(name: string): RulePack {
  const pack = findRulePack(name);
  if (pack) return pack;
  throw new ServiceError({
    code: 'unknown-rule-pack',
    message: `没有名为“${name}”的规则包。可用的规则包：${rulePacks.map((known) => known.name).join('、')}。`,
    httpStatus: 400,
  });
}

async function listEditableOfYear(repositories: Repositories, year: number): Promise<DocumentSummary[]> {
  const documents: DocumentSummary[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await repositories.documents.list({ year, states: editableStates, limit: pageSize, offset });
    documents.push(...page.items);
    if (page.items.length < pageSize) return documents;
  }
}

interface Rescore {
  summary: DocumentSummary;
  before: PerformanceDocument;
  after: PerformanceDocument;
}

function describeRescore({ summary, after }: Rescore): RescoredDocument {
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

export async function changeYearRulePack(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; pack: string; dryRun?: boolean },
): Promise<YearRulePackChange> {
  const { actor, year } = input;
  ensureMayChangePack(actor);
  const pack = findPackOrRefuse(input.pack);
  if (await deps.repositories.fiscalYears.isClosed(year)) {
    throw new ServiceError({
      code: 'fiscal-year-closed',
      message: `${year} 年度已关闭，不能更换规则包（已关闭年度的评分保持不变）。`,
      httpStatus: 409,
    });
  }
  const from = await packForYear(deps.repositories, year);
  const summaries = await listEditableOfYear(deps.repositories, year);
  const bodies = await deps.repositories.documents.listBodies(summaries.map((summary) => summary.id));
  const rescores: Rescore[] = [];
  for (const summary of summaries) {
    const before = bodies.get(summary.id);
    if (!before) continue;
    // A unit whose region chose its own pack for the year keeps it (region_rule_packs).
    if (await findRegionPack(deps.repositories, { year, organisationId: summary.organisationId })) continue;
    rescores.push({ summary, before, after: await deps.heavyWork.analyse(before, pack.name) });
  }
  const changed = rescores.map(describeRescore).filter(hasScoreChanged);
  const result = { year, fromPack: from.name, toPack: pack.name, rescoredCount: rescores.length, changed };
  if (input.dryRun) return { ...result, dryRun: true };

  const at = deps.now().toISOString();
  const reason = `规则包由“${from.title}”改为“${pack.title}”，重新评分`;
  const stored = await deps.transaction(async (repositories) => {
    await repositories.rulePacks.setPackOfYear({ year, pack: pack.name });
    const written: RescoredDocument[] = [];
    for (const rescore of rescores) {
      const outcome = await writeRescore(repositories, { rescore, pack, actor, at, reason });
      if (outcome) written.push(outcome);
    }
    const movedList = written.filter(hasScoreChanged);
    await repositories.rulePacks.appendChange({ year, fromPack: from.name, toPack: pack.name, actorId: actor.userId, at, rescored: movedList });
    return movedList;
  });
  return { ...result, changed: stored, dryRun: false };
}

/**
 * One document rescored with its audit entry. A document saved meanwhile (stale version) is read
 * again and rescored in this thread: the pack change must reach every draft of the year.
 */
async function writeRescore(
  repositories: Repositories,
  input: { rescore: Rescore; pack: RulePack; actor: Actor; at: string; reason: string },
): Promise<RescoredDocument | null> {
  let { summary, before, after } = input.rescore;
  for (let attempt = 0; attempt < 2; attempt++) {
    const changes = diffDocuments(before, after);
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
      return describeRescore({ summary, before, after });
    }
    if (result.status === 'not-found') return null;
    const current = await repositories.documents.getById(summary.id);
    if (!current || !editableStates.includes(current.state)) return null;
    summary = current;
    before = current.body;
    after = analyseWithPack(current.body, input.pack);
  }
  return null;
}
