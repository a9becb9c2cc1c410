/**
 * Issue 9 items 8 and 9 in core: the 批复表 is finance's (only 批复 produces it, only finance
 * publishes it) and no reviewer acts on a document of their own organisation.
 */
import { describe, expect, it } from 'vitest';
import { documentKinds } from '../model.ts';
import { documentActions } from './actions.ts';
import { decideAccess, type AccessDocument } from './access.ts';
import type { ReviewActor, Role } from './roles.ts';
import { reviewStates, type ReviewState } from './states.ts';

// finance bureau F ─ supervisor S (also fills in its own documents) ─ unit U
const paths: Record<string, string[]> = { F: ['F'], S: ['F', 'S'], U: ['F', 'S', 'U'] };
const actorOf = (role: Role, organisation: string): ReviewActor => ({ role, organisationId: organisation, organisationPath: paths[organisation]! });
const reviewerActions = ['supervisor-approve', 'finance-approve', 'return', 'publish', 'add-opinion'] as const;

describe('the 批复表 belongs to finance', () => {
  const approvalTable = (state: ReviewState): AccessDocument => ({ kind: 'approval-table', state, organisationId: 'U', organisationPath: paths.U!, hasSupervisor: true });

  it.each(['unit-filler', 'unit-leader'] as const)('refuses a %s creating, saving or submitting a 批复表 in any state', (role) => {
    const actor = actorOf(role, 'U');
    for (const state of reviewStates) {
      for (const action of ['create', 'save', 'submit'] as const) {
        const decision = decideAccess({ actor, document: approvalTable(state), action });
        expect(decision.ok, `${state} ${action}`).toBe(false);
        if (!decision.ok) expect(decision.message).toContain('批复表');
      }
    }
  });

  it('lets finance only publish an approved 批复表, and nobody revise, approve or return one', () => {
    const allowed = (['unit-filler', 'unit-leader', 'supervisor-reviewer', 'finance-reviewer', 'admin'] as const).flatMap((role) => {
      const actor = actorOf(role, role.startsWith('unit') ? 'U' : role === 'supervisor-reviewer' ? 'S' : 'F');
      return reviewStates.flatMap((state) =>
        documentActions
          .filter((action) => action !== 'read' && action !== 'read-history')
          .filter((action) => decideAccess({ actor, document: approvalTable(state), action }).ok)
          .map((action) => `${role} ${state} ${action}`),
      );
    });
    expect(allowed).toEqual(['finance-reviewer approved publish']);
  });
});

describe('separation of duties', () => {
  it('never lets a reviewer review, approve, return or publish a document of their own organisation', () => {
    const own: string[] = [];
    for (const [role, organisation] of [['supervisor-reviewer', 'S'], ['finance-reviewer', 'F']] as const) {
      for (const kind of documentKinds) {
        for (const state of reviewStates) {
          for (const hasSupervisor of [true, false]) {
            const document: AccessDocument = { kind, state, organisationId: organisation, organisationPath: paths[organisation]!, hasSupervisor };
            for (const action of reviewerActions) {
              if (decideAccess({ actor: actorOf(role, organisation), document, action }).ok) own.push(`${role} ${kind} ${state} ${action}`);
            }
          }
        }
      }
    }
    expect(own).toEqual([]);
  });

  it('sends a 主管部门’s own submitted document to finance, which may approve it', () => {
    // hasSupervisor is false for the supervisor's own documents: nobody above it but finance.
    const document: AccessDocument = { kind: 'target-table', state: 'submitted', organisationId: 'S', organisationPath: paths.S!, hasSupervisor: false };
    expect(decideAccess({ actor: actorOf('supervisor-reviewer', 'S'), document, action: 'supervisor-approve' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('不能审核本单位的文档'),
    });
    expect(decideAccess({ actor: actorOf('finance-reviewer', 'F'), document, action: 'supervisor-approve' })).toEqual({ ok: true });
  });
});
