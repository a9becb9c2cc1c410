/**
 * Loads the demo finance bureau into an empty database (first start), then hands over to
 * seedDemoDocuments for documents in every state.
 */
import type { Organisation } from '../db/organisations.repository.ts';
import type { User } from '../db/users.repository.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { hashPassword } from '../services/sessions/password.ts';
import { demoFiscalYears, demoOrganisations, demoPassword, demoUsers, type DemoUserSpec } from './demo-organisations.ts';
import { seedDemoDocuments } from './documents/index.ts';

export interface DemoData {
  /** By key: 'bureau', 'politics', 'police', 'justice', 'education', 'school', 'primary'. */
  organisations: Record<string, Organisation>;
  /** By username: 'admin', 'finance', 'police-filler', 'police-leader', … */
  users: Record<string, User>;
}

export type DemoLoadResult = { isLoaded: false } | { isLoaded: true; documentCount: number; demo: DemoData };

/**
 * Loads the demo data when the database has no organisations yet; otherwise does nothing.
 * Tests may skip the demo documents (`shouldSeedDocuments: false`).
 */
export async function loadDemoData(deps: ServiceDeps, options: { shouldSeedDocuments?: boolean } = {}): Promise<DemoLoadResult> {
  if ((await deps.repositories.organisations.count()) > 0) return { isLoaded: false };
  const passwordHash = await hashPassword(demoPassword);
  const createdAt = deps.now().toISOString();
  const demo = await deps.transaction(async (repositories) => {
    const organisations: DemoData['organisations'] = {};
    for (const spec of demoOrganisations) {
      const parent = spec.parentKey ? organisations[spec.parentKey] : undefined;
      organisations[spec.key] = await repositories.organisations.insert({ id: deps.createId(), parentPath: parent?.path ?? [], kind: spec.kind, name: spec.name, createdAt });
    }
    const users: DemoData['users'] = {};
    for (const spec of demoUsers) {
      const organisationId = organisations[spec.organisationKey]!.id;
      users[spec.username] = await repositories.users.insert({ id: deps.createId(), username: spec.username, displayName: spec.displayName, role: spec.role, organisationId, passwordHash, createdAt });
    }
    for (const year of demoFiscalYears) await repositories.fiscalYears.save({ year, isOpen: true });
    return { organisations, users };
  });
  const documentCount = options.shouldSeedDocuments === false ? 0 : await seedDemoDocuments(deps, demo);
  return { isLoaded: true, documentCount, demo };
}

const roleLabels: Record<DemoUserSpec['role'], string> = {
  admin: '系统管理员',
  'finance-reviewer': '财政审核',
  'supervisor-reviewer': '主管部门审核',
  'unit-filler': '单位填报',
  'unit-leader': '单位负责人',
};

/** The lines printed on start: every demo login with its role and organisation. */
export function describeDemoLogins(): string[] {
  const nameByKey = new Map(demoOrganisations.map((organisation) => [organisation.key, organisation.name]));
  return [
    `演示账号（密码均为 ${demoPassword}）:`,
    ...demoUsers.map((user) => `  ${user.username.padEnd(20)} ${roleLabels[user.role].padEnd(8, '　')} ${nameByKey.get(user.organisationKey)}`),
  ];
}
