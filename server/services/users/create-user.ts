import { isUniqueViolation } from '../../db/repositories.ts';
import type { OrganisationKind, Role } from '../../db/schema.ts';
import type { User } from '../../db/users.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { hashPassword } from '../sessions/password.ts';
import { ensurePasswordAcceptable } from './password-policy.ts';

/** Which organisation kinds each role belongs to (a 主管部门 may also fill in its own documents). */
const organisationKindsByRole: Record<Role, readonly OrganisationKind[]> = {
  'unit-filler': ['unit', 'supervisor'],
  'unit-leader': ['unit', 'supervisor'],
  'supervisor-reviewer': ['supervisor'],
  'finance-reviewer': ['finance-bureau'],
  admin: ['finance-bureau'],
};

export async function createUser(
  deps: ServiceDeps,
  input: { username: string; password: string; displayName: string; role: Role; organisationId: string },
): Promise<User> {
  ensurePasswordAcceptable({ password: input.password, username: input.username });
  const organisation = await deps.repositories.organisations.getById(input.organisationId);
  if (!organisation) throw new ServiceError({ code: 'organisation-not-found', message: '所属单位不存在。', httpStatus: 404 });
  if (!organisationKindsByRole[input.role].includes(organisation.kind)) {
    throw new ServiceError({ code: 'role-not-allowed', message: `该角色不能设在“${organisation.name}”。`, httpStatus: 400 });
  }
  try {
    return await deps.repositories.users.insert({
      id: deps.createId(),
      username: input.username,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName.trim(),
      role: input.role,
      organisationId: organisation.id,
      createdAt: deps.now().toISOString(),
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ServiceError({ code: 'username-taken', message: `用户名“${input.username}”已被使用。`, httpStatus: 409 });
    }
    throw error;
  }
}
