/**
 * The demo finance bureau the product ships (invented names in the shape of real county
 * organisations): 财政局 → two 主管部门 → two 预算单位 each, and users for every role.
 */
import type { OrganisationKind, Role } from '../db/schema.ts';

export interface DemoOrganisationSpec {
  key: string;
  parentKey: string | null;
  kind: OrganisationKind;
  name: string;
}

export const demoOrganisations: readonly DemoOrganisationSpec[] = [
  { key: 'bureau', parentKey: null, kind: 'finance-bureau', name: '示范县财政局' },
  { key: 'politics', parentKey: 'bureau', kind: 'supervisor', name: '示范县政法委员会' },
  { key: 'police', parentKey: 'politics', kind: 'unit', name: '示范县公安局' },
  { key: 'justice', parentKey: 'politics', kind: 'unit', name: '示范县司法局' },
  { key: 'education', parentKey: 'bureau', kind: 'supervisor', name: '示范县教育体育局' },
  { key: 'school', parentKey: 'education', kind: 'unit', name: '示范县第一中学' },
  { key: 'primary', parentKey: 'education', kind: 'unit', name: '示范县实验小学' },
];

/**
 * The date tests and browser journeys load the demo at (JIXIAO_DEMO_DATE, createTestApp), so what
 * they find does not depend on the day they run: the 'targets' season of 2025 (demo-cycle.ts), whose
 * years are 2024 (published, 自评 in), 2025 (targets approved, a 自评 begun) and 2026 (targets declared).
 * A real install loads the demo at the day it starts.
 */
export const testDemoDate = '2025-12-01';

/**
 * The password tests and browser journeys give every demo account (JIXIAO_DEMO_PASSWORD, set by
 * the test scripts only). A real install gets random passwords per account (load-demo-data.ts).
 */
export const testDemoPassword = 'jixiao2026';

export interface DemoUserSpec {
  username: string;
  displayName: string;
  role: Role;
  organisationKey: string;
}

export const demoUsers: readonly DemoUserSpec[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', organisationKey: 'bureau' },
  { username: 'finance', displayName: '财政局 周审核', role: 'finance-reviewer', organisationKey: 'bureau' },
  { username: 'politics-reviewer', displayName: '政法委 吴审核', role: 'supervisor-reviewer', organisationKey: 'politics' },
  { username: 'education-reviewer', displayName: '教体局 郑审核', role: 'supervisor-reviewer', organisationKey: 'education' },
  { username: 'police-filler', displayName: '公安局 张填报', role: 'unit-filler', organisationKey: 'police' },
  { username: 'police-leader', displayName: '公安局 王局长', role: 'unit-leader', organisationKey: 'police' },
  { username: 'justice-filler', displayName: '司法局 李填报', role: 'unit-filler', organisationKey: 'justice' },
  { username: 'justice-leader', displayName: '司法局 赵局长', role: 'unit-leader', organisationKey: 'justice' },
  { username: 'school-filler', displayName: '第一中学 陈填报', role: 'unit-filler', organisationKey: 'school' },
  { username: 'school-leader', displayName: '第一中学 刘校长', role: 'unit-leader', organisationKey: 'school' },
  { username: 'primary-filler', displayName: '实验小学 孙填报', role: 'unit-filler', organisationKey: 'primary' },
  { username: 'primary-leader', displayName: '实验小学 杨校长', role: 'unit-leader', organisationKey: 'primary' },
];
