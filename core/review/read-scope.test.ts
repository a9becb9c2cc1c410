import { describe, expect, it } from 'vitest';
import type { AccessDocument } from './access.ts';
import { canActorRead, getReadScope, matchesReadScope } from './read-scope.ts';
import { roles, type ReviewActor } from './roles.ts';
import { reviewStates } from './states.ts';

const paths: Record<string, string[]> = {
  F: ['F'],
  S: ['F', 'S'],
  U: ['F', 'S', 'U'],
  W: ['F', 'W'],
  G: ['G'],
  X: ['G', 'X'],
};
const organisations = [null, ...Object.keys(paths)];
const actors: ReviewActor[] = roles.flatMap((role) =>
  organisations.map((organisationId) => ({
    role,
    organisationId,
    organisationPath: organisationId ? (paths[organisationId] ?? []) : [],
  })),
);
const documents: AccessDocument[] = (['U', 'W', 'X', 'S'] as const).flatMap((unit) =>
  reviewStates.map((state) => ({
    kind: 'self-evaluation' as const,
    state,
    organisationId: unit,
    organisationPath: paths[unit] ?? [],
    hasSupervisor: unit === 'U' || unit === 'S',
  })),
);

describe('getReadScope', () => {
  it('describes exactly the documents canActorRead lets each actor see', () => {
    let visible = 0;
    for (const actor of actors) {
      const scope = getReadScope(actor);
      for (const document of documents) {
        const expected = canActorRead(actor, document);
        if (expected) visible += 1;
        expect({ actor, document, inScope: matchesReadScope(scope, document) }).toEqual({ actor, document, inScope: expected });
      }
    }
    expect(visible).toBeGreaterThan(0);
  });

  it.each([
    ['the public', { role: 'public', organisationId: null, organisationPath: [] }, { kind: 'states', states: ['published'] }],
    ['a unit filler', { role: 'unit-filler', organisationId: 'U', organisationPath: ['F', 'S', 'U'] }, { kind: 'organisation', organisationId: 'U' }],
    ['a unit leader without an organisation', { role: 'unit-leader', organisationId: null, organisationPath: [] }, { kind: 'nothing' }],
    ['the administrator', { role: 'admin', organisationId: 'F', organisationPath: ['F'] }, { kind: 'everything' }],
  ] satisfies Array<[string, ReviewActor, unknown]>)('gives %s a simple scope', (_label, actor, expected) => {
    expect(getReadScope(actor)).toEqual(expected);
  });
});
