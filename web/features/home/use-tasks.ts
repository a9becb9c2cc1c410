/**
 * "My tasks" per role (issue 4): what a unit has to fill, what came back with a reason, what a
 * reviewer has waiting. Reviewers' queues follow core/review: the 主管部门 takes 已提交, finance
 * sees 已提交 only for units without a 主管部门 (the server's read scope decides), then 主管部门已审核.
 */
import { useEffect, useState } from 'react';
import type { ReviewState, Role } from '../../../core/review/index.ts';
import type { DocumentSummary } from '../../../contract/documents.ts';
import { describeError } from '../../lib/api-client.ts';
import { getHistory, listDocuments } from '../../lib/documents-api.ts';

export interface TaskGroups {
  toFill: DocumentSummary[];
  returned: Array<DocumentSummary & { reason: string | null }>;
  toReview: DocumentSummary[];
  toPublish: DocumentSummary[];
  recent: DocumentSummary[];
}

/** States waiting for a reviewer of this role. */
export function listReviewStates(role: Role): ReviewState[] {
  if (role === 'supervisor-reviewer') return ['submitted'];
  if (role === 'finance-reviewer') return ['submitted', 'supervisor-reviewed'];
  return [];
}

async function listInStates(states: ReviewState[]): Promise<DocumentSummary[]> {
  const pages = await Promise.all(states.map((state) => listDocuments({ state })));
  return pages.flatMap((page) => page.items);
}

/** The latest 退回 reason from a document's history. */
async function findReturnReason(id: string): Promise<string | null> {
  const history = await getHistory(id);
  const returns = history.entries.filter((entry) => entry.action === 'return');
  return returns.at(-1)?.reason ?? null;
}

export function useTasks(role: Role): { tasks: TaskGroups | null; error: string | null } {
  const [tasks, setTasks] = useState<TaskGroups | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const isUnit = role === 'unit-filler' || role === 'unit-leader';
    const load = async (): Promise<TaskGroups> => {
      const [recentPage, toFill, returnedList, toReview, toPublish] = await Promise.all([
        listDocuments({ pageSize: 8 }),
        isUnit ? listInStates(['draft']) : Promise.resolve([]),
        isUnit ? listInStates(['returned']) : Promise.resolve([]),
        listInStates(listReviewStates(role)),
        role === 'finance-reviewer' ? listInStates(['approved', 'finance-reviewed']) : Promise.resolve([]),
      ]);
      const returned = await Promise.all(
        returnedList.map(async (document) => ({ ...document, reason: await findReturnReason(document.id) })),
      );
      return { toFill, returned, toReview, toPublish, recent: recentPage.items };
    };
    load()
      .then((loaded) => isCurrent && setTasks(loaded))
      .catch((caught: unknown) => isCurrent && setError(describeError(caught)));
    return () => {
      isCurrent = false;
    };
  }, [role]);
  return { tasks, error };
}
