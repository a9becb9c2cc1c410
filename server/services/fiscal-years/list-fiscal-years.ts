import type { FiscalYear } from '../../db/fiscal-years.repository.ts';
import type { ServiceDeps } from '../deps.ts';

export function listFiscalYears(deps: ServiceDeps): Promise<FiscalYear[]> {
  return deps.repositories.fiscalYears.list();
}
