import type { ReviewActor } from '../../core/review/roles.ts';
import type { OrganisationKind, Role } from '../db/schema.ts';
import type { ActiveSession } from '../db/sessions.repository.ts';

/** The signed-in person a request acts for; a core/review ReviewActor with names for display. */
export interface Actor extends ReviewActor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** A demo account (the web app shows a banner). */
  isDemo: boolean;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** Organisation ids from the root down to and including the actor's own. */
  organisationPath: string[];
}

export function toActor(session: ActiveSession): Actor {
  return {
    userId: session.user.id,
    username: session.user.username,
    displayName: session.user.displayName,
    role: session.user.role,
    isDemo: session.user.isDemo,
    organisationId: session.organisation.id,
    organisationName: session.organisation.name,
    organisationKind: session.organisation.kind,
    organisationPath: session.organisation.path,
  };
}
