/**
 * Finance records its conclusion on a reviewed monitoring table (issue 11: 无问题 / 整改 / 预算调整 /
 * 暂停拨款 / 暂缓实施), kept on the round entry and written to the table's history.
 */
import { concludableStates, monitoringConclusionNames, type MonitoringConclusion } from '../../../core/monitoring/index.ts';
import { reviewStateNames } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, ServiceError } from '../service-error.ts';
import { ensureFinanceOver } from './ensure-finance-over.ts';
import { getMonitoringRound } from './get-monitoring-round.ts';

export async function recordMonitoringConclusion(
  deps: ServiceDeps,
  input: { actor: Actor; roundId: string; documentId: string; conclusion: MonitoringConclusion; note?: string | null },
) {
  const { actor } = input;
  const entry = await deps.repositories.monitoringRounds.findEntryByDocument({ roundId: input.roundId, documentId: input.documentId });
  const document = entry ? await deps.repositories.documents.getById(input.documentId) : null;
  if (!entry || !document) throw createNotFoundError('找不到该监控表，或您无权查看。');
  ensureFinanceOver(actor, document.organisationPath, { notFound: '找不到该监控表，或您无权查看。', forbidden: '只有财政部门可以作出监控结论。' });
  if (!(concludableStates as readonly string[]).includes(document.state)) {
    throw new ServiceError({
      code: 'transition-not-allowed',
      message: `监控表当前状态为“${reviewStateNames[document.state]}”，须经主管部门审核后才能作出监控结论。`,
      httpStatus: 409,
    });
  }
  const note = input.note?.trim() || null;
  const at = deps.now().toISOString();
  await deps.transaction(async (repositories) => {
    await repositories.monitoringRounds.setConclusion({ roundId: input.roundId, documentId: input.documentId, conclusion: input.conclusion, note, actorId: actor.userId, at });
    await repositories.auditEntries.append({
      documentId: document.id,
      actorId: actor.userId,
      at,
      action: 'monitoring-conclusion',
      fromState: document.state,
      toState: document.state,
      reason: `监控结论：${monitoringConclusionNames[input.conclusion]}${note ? `。${note}` : ''}`,
    });
  });
  return getMonitoringRound(deps, { actor, id: input.roundId });
}
