import type { ServiceDeps } from '../deps.ts';

/** The product's name as the login page shows it. */
export const productName = '绩效 Jixiao 预算绩效管理系统';

/**
 * What the login page names: the product and the deployment's finance bureau — FINANCE_BUREAU_NAME
 * when set, else the organisation tree's one top 财政部门 (none or several: null, the page then
 * names the product only).
 */
export async function describeDeployment(
  deps: ServiceDeps,
): Promise<{ productName: string; financeBureauName: string | null }> {
  if (deps.config.financeBureauName) return { productName, financeBureauName: deps.config.financeBureauName };
  const bureaus = await deps.repositories.organisations.listTopFinanceBureaus();
  return { productName, financeBureauName: bureaus.length === 1 ? bureaus[0]!.name : null };
}
