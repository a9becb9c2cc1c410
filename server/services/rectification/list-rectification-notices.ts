/** 整改 notices the actor sees (a unit its own, reviewers their subtree, the administrator all), and the ledger over them. */
import type { Ledger, NoticeSummary } from '../../../contract/rectification.ts';
import { summariseLedger } from '../../../core/rectification/index.ts';
import { canSeeOrganisation, isUnitRole } from '../../../core/review/index.ts';
import type { RectificationNotice, StoredRectificationItem } from '../../db/rectification.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { toNoticeSummary } from './load-notice.ts';

async function listVisible(deps: ServiceDeps, input: { actor: Actor; year?: number }): Promise<{ notices: RectificationNotice[]; items: StoredRectificationItem[] }> {
  const { actor } = input;
  const filter = isUnitRole(actor.role)
    ? { year: input.year, organisationId: actor.organisationId }
    : actor.role === 'admin'
      ? { year: input.year }
      : { year: input.year, withinPath: actor.organisationPath };
  const notices = (await deps.repositories.rectification.listNotices(filter)).filter((notice) => canSeeOrganisation(actor, notice.organisationPath));
  const items = await deps.repositories.rectification.listItems(notices.map((notice) => notice.id));
  return { notices, items };
}

function groupItems(items: readonly StoredRectificationItem[]): Map<string, StoredRectificationItem[]> {
  const byNotice = new Map<string, StoredRectificationItem[]>();
  for (const item of items) byNotice.set(item.noticeId, [...(byNotice.get(item.noticeId) ?? []), item]);
  return byNotice;
}

export async function listRectificationNotices(deps: ServiceDeps, input: { actor: Actor; year?: number }): Promise<NoticeSummary[]> {
  const { notices, items } = await listVisible(deps, input);
  const byNotice = groupItems(items);
  const now = deps.now();
  return notices.map((notice) => toNoticeSummary(notice, byNotice.get(notice.id) ?? [], now));
}

/** The 整改 ledger: notices, items, items closed and overdue, money decided by kind. */
export async function getRectificationLedger(deps: ServiceDeps, input: { actor: Actor; year?: number }): Promise<Ledger> {
  const { notices, items } = await listVisible(deps, input);
  const byNotice = groupItems(items);
  return summariseLedger(
    notices.map((notice) => ({ state: notice.state, deadline: notice.deadline, items: byNotice.get(notice.id) ?? [] })),
    deps.now(),
  );
}
