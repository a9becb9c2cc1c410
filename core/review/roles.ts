/** Roles of the people who use the product (issue 3 "Organisations, people, roles"). */
export const roles = ['unit-filler', 'unit-leader', 'supervisor-reviewer', 'finance-reviewer', 'admin', 'public'] as const;
export type Role = (typeof roles)[number];

/** Chinese names for UI and messages. */
export const roleNames: Record<Role, string> = {
  'unit-filler': '单位填报人员',
  'unit-leader': '单位负责人',
  'supervisor-reviewer': '主管部门审核人员',
  'finance-reviewer': '财政部门审核人员',
  admin: '系统管理员',
  public: '社会公众',
};

/** Whether the role belongs to a 预算单位 (fills in and submits its own documents). */
export function isUnitRole(role: Role): boolean {
  return role === 'unit-filler' || role === 'unit-leader';
}

/**
 * Who is acting. `organisationPath` lists organisation ids from the root (the top finance
 * bureau) down to and including the actor's own organisation. The public has no organisation.
 */
export interface ReviewActor {
  role: Role;
  organisationId: string | null;
  organisationPath: readonly string[];
}
