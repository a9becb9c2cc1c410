import { describe, expect, it } from 'vitest';
import { documentKinds, type DocumentKind } from '../model.ts';
import { documentActions, isTransitionAction, type DocumentAction } from './actions.ts';
import { decideAccess, type AccessDocument } from './access.ts';
import type { ReviewActor, Role } from './roles.ts';
import { reviewStates, type ReviewState } from './states.ts';
import { decideTransition } from './transition.ts';

// Organisation tree used throughout:
//   finance bureau F ─ supervisor S ─ units U and V
//                    └ unit W (no separate 主管部门)
//   finance bureau G ─ supervisor T ─ unit X
const paths: Record<string, string[]> = {
  F: ['F'],
  S: ['F', 'S'],
  U: ['F', 'S', 'U'],
  V: ['F', 'S', 'V'],
  W: ['F', 'W'],
  G: ['G'],
  T: ['G', 'T'],
  X: ['G', 'T', 'X'],
};

function actorOf(role: Role, organisation: string | null): ReviewActor {
  return { role, organisationId: organisation, organisationPath: organisation ? (paths[organisation] ?? []) : [] };
}

function documentOf(unit: 'U' | 'W' | 'X', state: ReviewState, kind: DocumentKind = 'target-table'): AccessDocument {
  return { kind, state, organisationId: unit, organisationPath: paths[unit] ?? [], hasSupervisor: unit !== 'W' };
}

const actors = {
  fillerU: actorOf('unit-filler', 'U'),
  leaderU: actorOf('unit-leader', 'U'),
  leaderV: actorOf('unit-leader', 'V'),
  leaderW: actorOf('unit-leader', 'W'),
  supervisorS: actorOf('supervisor-reviewer', 'S'),
  supervisorT: actorOf('supervisor-reviewer', 'T'),
  financeF: actorOf('finance-reviewer', 'F'),
  financeG: actorOf('finance-reviewer', 'G'),
  admin: actorOf('admin', 'F'),
  public: actorOf('public', null),
} satisfies Record<string, ReviewActor>;
type ActorName = keyof typeof actors;

type Case = [ActorName, 'U' | 'W', ReviewState, DocumentAction, 'ok' | 'not-found' | 'forbidden' | 'not-editable' | 'transition-not-allowed'];

const cases: Case[] = [
  // the unit's own people
  ['fillerU', 'U', 'draft', 'read', 'ok'],
  ['fillerU', 'U', 'draft', 'create', 'ok'],
  ['fillerU', 'U', 'draft', 'save', 'ok'],
  ['fillerU', 'U', 'returned', 'save', 'ok'],
  ['fillerU', 'U', 'submitted', 'save', 'not-editable'],
  ['fillerU', 'U', 'approved', 'save', 'not-editable'],
  ['fillerU', 'U', 'draft', 'submit', 'forbidden'],
  ['fillerU', 'U', 'approved', 'revise', 'ok'],
  ['fillerU', 'U', 'submitted', 'read-history', 'ok'],
  ['fillerU', 'U', 'submitted', 'add-opinion', 'forbidden'],
  ['leaderU', 'U', 'draft', 'submit', 'ok'],
  ['leaderU', 'U', 'returned', 'submit', 'ok'],
  ['leaderU', 'U', 'submitted', 'submit', 'transition-not-allowed'],
  ['leaderU', 'U', 'submitted', 'supervisor-approve', 'forbidden'],
  ['leaderU', 'U', 'submitted', 'withdraw', 'ok'],
  ['leaderU', 'U', 'supervisor-reviewed', 'withdraw', 'transition-not-allowed'],
  ['leaderU', 'U', 'draft', 'withdraw', 'transition-not-allowed'],
  ['fillerU', 'U', 'submitted', 'withdraw', 'forbidden'],
  ['leaderV', 'U', 'submitted', 'withdraw', 'not-found'],
  ['supervisorS', 'U', 'submitted', 'withdraw', 'forbidden'],
  ['leaderU', 'U', 'supervisor-reviewed', 'return', 'forbidden'],
  ['leaderU', 'U', 'finance-reviewed', 'publish', 'forbidden'],
  ['leaderU', 'U', 'draft', 'revise', 'transition-not-allowed'],
  ['leaderU', 'U', 'published', 'read', 'ok'],
  // another unit under the same supervisor sees nothing of U's
  ['leaderV', 'U', 'draft', 'read', 'not-found'],
  ['leaderV', 'U', 'published', 'read', 'not-found'],
  ['leaderV', 'U', 'draft', 'save', 'not-found'],
  ['leaderV', 'U', 'draft', 'create', 'forbidden'],
  ['leaderV', 'U', 'draft', 'submit', 'not-found'],
  // the 主管部门 above U
  ['supervisorS', 'U', 'draft', 'read', 'not-found'],
  ['supervisorS', 'U', 'submitted', 'read', 'ok'],
  ['supervisorS', 'U', 'returned', 'read', 'ok'],
  ['supervisorS', 'U', 'submitted', 'supervisor-approve', 'ok'],
  ['supervisorS', 'U', 'submitted', 'return', 'ok'],
  ['supervisorS', 'U', 'submitted', 'add-opinion', 'ok'],
  ['supervisorS', 'U', 'submitted', 'finance-approve', 'forbidden'],
  ['supervisorS', 'U', 'submitted', 'save', 'forbidden'],
  ['supervisorS', 'U', 'submitted', 'create', 'forbidden'],
  ['financeF', 'W', 'draft', 'create', 'forbidden'],
  ['admin', 'U', 'draft', 'create', 'forbidden'],
  ['public', 'U', 'draft', 'create', 'forbidden'],
  ['supervisorS', 'U', 'supervisor-reviewed', 'return', 'forbidden'],
  ['supervisorS', 'U', 'supervisor-reviewed', 'add-opinion', 'forbidden'],
  ['supervisorS', 'U', 'approved', 'publish', 'forbidden'],
  ['supervisorS', 'U', 'approved', 'revise', 'forbidden'],
  ['supervisorT', 'U', 'submitted', 'read', 'not-found'],
  ['supervisorT', 'U', 'submitted', 'supervisor-approve', 'not-found'],
  // the finance bureau above U
  ['financeF', 'U', 'submitted', 'read', 'not-found'],
  ['financeF', 'U', 'submitted', 'supervisor-approve', 'not-found'],
  ['financeF', 'U', 'returned', 'read', 'not-found'],
  ['financeF', 'U', 'supervisor-reviewed', 'read', 'ok'],
  ['financeF', 'U', 'supervisor-reviewed', 'finance-approve', 'ok'],
  ['financeF', 'U', 'supervisor-reviewed', 'return', 'ok'],
  ['financeF', 'U', 'supervisor-reviewed', 'add-opinion', 'ok'],
  ['financeF', 'U', 'supervisor-reviewed', 'publish', 'transition-not-allowed'],
  ['financeF', 'U', 'approved', 'publish', 'ok'],
  ['financeF', 'U', 'approved', 'return', 'transition-not-allowed'],
  ['financeF', 'U', 'approved', 'add-opinion', 'transition-not-allowed'],
  ['financeF', 'U', 'approved', 'save', 'forbidden'],
  ['financeF', 'U', 'approved', 'revise', 'forbidden'],
  ['financeF', 'U', 'published', 'revise', 'forbidden'],
  ['financeG', 'U', 'supervisor-reviewed', 'read', 'not-found'],
  ['financeG', 'U', 'approved', 'publish', 'not-found'],
  // a unit with no separate 主管部门: finance takes both review steps
  ['financeF', 'W', 'submitted', 'read', 'ok'],
  ['financeF', 'W', 'returned', 'read', 'ok'],
  ['financeF', 'W', 'draft', 'read', 'not-found'],
  ['financeF', 'W', 'submitted', 'supervisor-approve', 'ok'],
  ['financeF', 'W', 'submitted', 'return', 'ok'],
  ['financeF', 'W', 'submitted', 'add-opinion', 'ok'],
  ['financeF', 'W', 'submitted', 'finance-approve', 'transition-not-allowed'],
  ['supervisorS', 'W', 'submitted', 'read', 'not-found'],
  ['leaderW', 'W', 'draft', 'submit', 'ok'],
  // administrator and public
  ['admin', 'U', 'draft', 'read', 'ok'],
  ['admin', 'U', 'submitted', 'read-history', 'ok'],
  ['admin', 'U', 'draft', 'save', 'forbidden'],
  ['admin', 'U', 'submitted', 'supervisor-approve', 'forbidden'],
  ['admin', 'U', 'approved', 'publish', 'forbidden'],
  ['public', 'U', 'published', 'read', 'ok'],
  ['public', 'U', 'approved', 'read', 'not-found'],
  ['public', 'U', 'draft', 'read', 'not-found'],
  ['public', 'U', 'published', 'read-history', 'ok'],
  ['public', 'U', 'published', 'save', 'forbidden'],
  ['public', 'U', 'published', 'revise', 'forbidden'],
];

describe('decideAccess', () => {
  it.each(cases)('lets %s on a document of unit %s in %s do %s: %s', (actorName, unit, state, action, expected) => {
    const decision = decideAccess({ actor: actors[actorName], document: documentOf(unit, state), action });
    if (expected === 'ok') expect(decision).toEqual({ ok: true });
    else expect(decision).toMatchObject({ ok: false, code: expected });
  });

  it('follows the self-evaluation flow for self-evaluations: finance 复核s and publishes after 复核', () => {
    const reviewed = documentOf('U', 'supervisor-reviewed', 'self-evaluation');
    const finance = actors.financeF;
    expect(decideAccess({ actor: finance, document: reviewed, action: 'finance-approve' })).toEqual({ ok: true });
    const financeReviewed = documentOf('U', 'finance-reviewed', 'self-evaluation');
    expect(decideAccess({ actor: finance, document: financeReviewed, action: 'publish' })).toEqual({ ok: true });
    expect(decideAccess({ actor: finance, document: financeReviewed, action: 'return' })).toEqual({ ok: true });
    expect(decideAccess({ actor: finance, document: financeReviewed, action: 'add-opinion' })).toEqual({ ok: true });
    const published = documentOf('U', 'published', 'self-evaluation');
    expect(decideAccess({ actor: actors.leaderU, document: published, action: 'revise' })).toMatchObject({
      code: 'transition-not-allowed',
    });
  });

  it('gives every refusal a Chinese message', () => {
    const decision = decideAccess({ actor: actors.fillerU, document: documentOf('U', 'draft'), action: 'submit' });
    expect(decision).toEqual({ ok: false, code: 'forbidden', message: '只有单位负责人可以提交（提交即签字确认）。' });
    const hidden = decideAccess({ actor: actors.leaderV, document: documentOf('U', 'draft'), action: 'read' });
    expect(hidden).toMatchObject({ message: '找不到该文档，或您无权查看。' });
  });
});

// Invariants over every actor × unit × kind × state × action: they fail on any unexpected access,
// whatever the hand-written table above forgot.
const everyCombination = Object.keys(actors).flatMap((actorName) =>
  (['U', 'W', 'X'] as const).flatMap((unit) =>
    documentKinds.flatMap((kind) =>
      reviewStates.flatMap((state) =>
        documentActions.map((action) => ({ actorName: actorName as ActorName, unit, kind, state, action })),
      ),
    ),
  ),
);

describe('decideAccess invariants', () => {
  const allowedCombinations = everyCombination.filter(({ actorName, unit, kind, state, action }) => {
    return decideAccess({ actor: actors[actorName], document: documentOf(unit, state, kind), action }).ok;
  });

  it('changes content only for the owning unit, and only in 草稿 or 已退回', () => {
    const writers = allowedCombinations.filter(({ action }) => action === 'save' || action === 'create');
    expect(writers.length).toBeGreaterThan(0);
    for (const { actorName, unit, state, action } of writers) {
      const actor = actors[actorName];
      expect(['unit-filler', 'unit-leader']).toContain(actor.role);
      expect(actor.organisationId).toBe(unit);
      if (action === 'save') expect(['draft', 'returned']).toContain(state);
    }
  });

  it('lets only the owning unit leader submit', () => {
    for (const { actorName, unit } of allowedCombinations.filter(({ action }) => action === 'submit')) {
      expect(actors[actorName]).toMatchObject({ role: 'unit-leader', organisationId: unit });
    }
  });

  it('shows the public only published documents and lets it change nothing', () => {
    for (const { actorName, state, action } of allowedCombinations) {
      if (actors[actorName].role !== 'public') continue;
      expect(state).toBe('published');
      expect(['read', 'read-history']).toContain(action);
    }
  });

  it('lets the administrator read but never change', () => {
    for (const { actorName, action } of allowedCombinations) {
      if (actors[actorName].role === 'admin') expect(['read', 'read-history']).toContain(action);
    }
  });

  it('never lets anyone outside the document’s organisation tree in, except the public on published ones and admin', () => {
    for (const { actorName, unit, state } of allowedCombinations) {
      const actor = actors[actorName];
      if (actor.role === 'admin' || (actor.role === 'public' && state === 'published')) continue;
      expect(paths[unit]).toContain(actor.organisationId);
    }
  });

  it('allows a transition only when the state machine allows it too', () => {
    for (const { kind, state, action } of allowedCombinations) {
      if (!isTransitionAction(action)) continue;
      expect(decideTransition({ kind, state, action, reason: '理由' }).ok).toBe(true);
    }
  });

  it('lets exactly one reviewer role act on each review step', () => {
    const reviewerMoves = allowedCombinations.filter(
      ({ action }) => action === 'supervisor-approve' || action === 'finance-approve' || action === 'publish',
    );
    for (const { actorName, unit, state } of reviewerMoves) {
      const role = actors[actorName].role;
      const expectedRole = state === 'submitted' && unit !== 'W' ? 'supervisor-reviewer' : 'finance-reviewer';
      expect(role).toBe(expectedRole);
    }
  });
});
