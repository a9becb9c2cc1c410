/** The three kinds of organisation in a finance tree: 财政部门 over 主管部门 over 预算单位. */
export const organisationKinds = ['finance-bureau', 'supervisor', 'unit'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Chinese names for UI and messages. */
export const organisationKindNames: Record<OrganisationKind, string> = {
  'finance-bureau': '财政部门',
  supervisor: '主管部门',
  unit: '预算单位',
};

/**
 * Which kinds may sit under which (财政部门 → 主管部门 → 预算单位; null = the top). A city bureau
 * may hold county bureaus; a unit may sit directly under a bureau when it has no separate 主管部门.
 */
export const allowedParentKinds: Record<OrganisationKind, readonly (OrganisationKind | null)[]> = {
  'finance-bureau': [null, 'finance-bureau'],
  supervisor: ['finance-bureau'],
  unit: ['supervisor', 'finance-bureau'],
};

/** Whether an organisation of `kind` may sit under a parent of `parentKind` (null: at the top). */
export function canPlaceUnder(kind: OrganisationKind, parentKind: OrganisationKind | null): boolean {
  return allowedParentKinds[kind].includes(parentKind);
}
