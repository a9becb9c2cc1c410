/** The three kinds of organisation in a finance tree: 财政部门 over 主管部门 over 预算单位. */
export const organisationKinds = ['finance-bureau', 'supervisor', 'unit'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Chinese names for UI and messages. */
export const organisationKindNames: Record<OrganisationKind, string> = {
  'finance-bureau': '财政部门',
  supervisor: '主管部门',
  unit: '预算单位',
};
