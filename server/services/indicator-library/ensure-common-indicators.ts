/** Loads the shipped 共性指标 (core/indicator-library/common-indicators.ts) as confirmed entries, once: names ever in the library (even retired) are skipped. */
import { commonIndicators } from '../../../core/indicator-library/common-indicators.ts';
import { normaliseIndicatorName } from '../../../core/indicator-library/normalise-name.ts';
import type { ServiceDeps } from '../deps.ts';
import { createEntry } from './create-entry.ts';

export async function ensureCommonIndicators(deps: ServiceDeps): Promise<number> {
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    let created = 0;
    for (const fields of commonIndicators) {
      if (await repositories.indicatorLibrary.hasNameKey(normaliseIndicatorName(fields.name))) continue;
      await createEntry(repositories, { fields, status: 'confirmed', id: deps.createId(), at, proposedBy: null });
      created += 1;
    }
    return created;
  });
}
