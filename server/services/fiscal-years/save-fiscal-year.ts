import type { FiscalYear } from '../../db/fiscal-years.repository.ts';
import type { ServiceDeps } from '../deps.ts';

export function saveFiscalYear(deps: ServiceDeps, input: FiscalYear): Promise<FiscalYear> {
  return deps.repositories.fiscalYears.save(input);
}
