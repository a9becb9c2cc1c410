import type { FiscalYear } from '../../db/fiscal-years.repository.ts';
import type { ServiceDeps } from '../deps.ts';

/** Adds a year (with the proposed deadlines, core/fiscal-year-deadlines.ts) or opens/closes it. */
export function saveFiscalYear(deps: ServiceDeps, input: { year: number; isOpen: boolean }): Promise<FiscalYear> {
  return deps.repositories.fiscalYears.save(input);
}
