/**
 * Loads the demo finance bureau into an empty database (first start), then hands over to
 * seedDemoDocuments for documents in every state. Each demo account gets its own random password
 * (printed once, at this load; stored only as an argon2 hash) and is marked as a demo account, so
 * no two installs share a password and the web app can show a banner (issue 9 item 5).
 */
import { randomInt } from 'node:crypto';
import type { Organisation } from '../db/organisations.repository.ts';
import type { User } from '../db/users.repository.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { hashPassword } from '../services/sessions/password.ts';
import { describeDemoCycle, type DemoCycle } from './demo-cycle.ts';
import { demoOrganisations, demoUsers, type DemoUserSpec } from './demo-organisations.ts';
import { seedDemoDocuments } from './documents/index.ts';
import { seedDemoIndicatorLibrary } from './indicator-library.ts';
import { seedDemoMonitoring } from './monitoring.ts';

export interface DemoData {
  /** By key: 'bureau', 'politics', 'police', 'justice', 'education', 'school', 'primary'. */
  organisations: Record<string, Organisation>;
  /** By username: 'admin', 'finance', 'police-filler', 'police-leader', … */
  users: Record<string, User>;
}

export type DemoLoadResult =
  | { isLoaded: false }
  | {
      isLoaded: true;
      documentCount: number;
      demo: DemoData;
      /** By username: what to print once. */
      passwords: Record<string, string>;
      /** The years the demo shows, from the day it was loaded as. */
      cycle: DemoCycle;
    };

// No 0/O, 1/l/I: the passwords are read off a terminal and typed.
const passwordAlphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 14 random characters (about 81 bits), grouped for reading: xxxx-xxxx-xxxx-xx. */
export function createDemoPassword(): string {
  const characters = Array.from({ length: 14 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join('');
  return characters.match(/.{1,4}/g)!.join('-');
}

/** The day the demo is loaded as: `date`, else JIXIAO_DEMO_DATE (noon in China), else the clock's today. */
function pickDemoDate(deps: ServiceDeps, date: Date | undefined): Date {
  if (date) return date;
  if (deps.config.demoDate) return new Date(`${deps.config.demoDate}T12:00:00+08:00`);
  return deps.now();
}

/**
 * Loads the demo data when the database has no organisations yet; otherwise does nothing. Its
 * years follow the day it is loaded as (demo-cycle.ts): `date`, JIXIAO_DEMO_DATE or today.
 * Tests may skip the demo documents (`shouldSeedDocuments: false`).
 */
export async function loadDemoData(deps: ServiceDeps, options: { shouldSeedDocuments?: boolean; date?: Date } = {}): Promise<DemoLoadResult> {
  if ((await deps.repositories.organisations.count()) > 0) return { isLoaded: false };
  const cycle = describeDemoCycle(pickDemoDate(deps, options.date));
  const fixedPassword = deps.config.demoPassword;
  const passwords = Object.fromEntries(demoUsers.map((spec) => [spec.username, fixedPassword ?? createDemoPassword()]));
  const hashes = new Map<string, string>();
  for (const password of new Set(Object.values(passwords))) hashes.set(password, await hashPassword(password));
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
      const passwordHash = hashes.get(passwords[spec.username]!)!;
      users[spec.username] = await repositories.users.insert({ id: deps.createId(), username: spec.username, displayName: spec.displayName, role: spec.role, organisationId, passwordHash, createdAt, isDemo: true });
    }
    for (const year of [...cycle.closedYears, ...cycle.openYears]) await repositories.fiscalYears.save({ year, isOpen: true });
    return { organisations, users };
  });
  let documentCount = 0;
  if (options.shouldSeedDocuments !== false) {
    documentCount = await seedDemoDocuments(deps, demo, cycle);
    // Monitoring tables come from the approved targets just written (monitoring.ts).
    documentCount += await seedDemoMonitoring(deps, demo, cycle);
    await seedDemoIndicatorLibrary(deps, demo, cycle);
  }
  // A finished year is closed once its documents are written: they stay as published, frozen.
  for (const year of cycle.closedYears) await deps.repositories.fiscalYears.save({ year, isOpen: false });
  return { isLoaded: true, documentCount, demo, passwords, cycle };
}

/** "已载入演示数据（演示文档 28 份，2025–2027 年度，按 2026-12-07 的年度进度）。" */
export function describeDemoLoad(loaded: { documentCount: number; cycle: DemoCycle }): string {
  const { openYears, closedYears, date } = loaded.cycle;
  const years = [...closedYears, ...openYears];
  return `已载入演示数据（演示文档 ${loaded.documentCount} 份，${years[0]}–${years.at(-1)} 年度，按 ${date} 的年度进度）。`;
}

const roleLabels: Record<DemoUserSpec['role'], string> = {
  admin: '系统管理员',
  'finance-reviewer': '财政审核',
  'supervisor-reviewer': '主管部门审核',
  'unit-filler': '单位填报',
  'unit-leader': '单位负责人',
};

/**
 * The lines printed once, when the demo data is loaded: every demo login with its password, role
 * and organisation. Later starts print only that the demo accounts exist (the passwords are not kept).
 */
export function describeDemoLogins(passwords: Record<string, string>): string[] {
  const nameByKey = new Map(demoOrganisations.map((organisation) => [organisation.key, organisation.name]));
  return [
    '演示账号（密码只显示这一次，请记下；登录后可在“修改密码”中更改）:',
    ...demoUsers.map(
      (user) => `  ${user.username.padEnd(20)} ${(passwords[user.username] ?? '').padEnd(18)} ${roleLabels[user.role].padEnd(8, '　')} ${nameByKey.get(user.organisationKey)}`,
    ),
  ];
}

/**
 * Printed on later starts: the demo accounts exist, their passwords were shown at the first start.
 * Starting afresh means removing where the data is: the data directory on SQLite (DATA_DIR, not
 * always ./data), the database itself on PostgreSQL (removing a folder would change nothing there).
 */
export function describeDemoLoginsReminder(storage: { dialect: 'sqlite' | 'postgres'; dataDirectory: string }): string {
  const startAfresh = storage.dialect === 'sqlite' ? `删除数据目录 ${storage.dataDirectory} ` : '清空 DATABASE_URL 所指的数据库';
  return `演示账号的密码只在首次载入演示数据时显示。忘记时：\`npx jixiao reset-password <用户名>\` 重置，或${startAfresh}后重新启动。`;
}
