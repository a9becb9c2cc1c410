/** analyseDocument under a rule pack, recording which pack (name and version) scored the document. */
import { analyseDocument } from '../analyse.ts';
import { copyKeepingLazyProperties } from '../lazy-property.ts';
import type { PerformanceDocument } from '../model.ts';
import { withChainFindings, type ChainRelated } from '../checks/chain-checks.ts';
import type { RulePack } from './schema.ts';
import { packLabel, policiesOfPack } from './policies.ts';

/** The document scored (or lit) and checked by `pack`, with `rulePack` set to "name@version". */
export function analyseWithPack(document: PerformanceDocument, pack: RulePack): PerformanceDocument {
  const { scoring, light } = policiesOfPack(pack);
  // Not a spread: it would make the findings and scored indicators analyseDocument makes when read.
  return copyKeepingLazyProperties(analyseDocument(document, scoring, light), { rulePack: packLabel(pack) });
}

/** The same, then compared with the related documents the caller loaded (core/checks/chain-checks.ts). */
export function analyseChainedWithPack(document: PerformanceDocument, pack: RulePack, related: ChainRelated): PerformanceDocument {
  return withChainFindings(analyseWithPack(document, pack), related, policiesOfPack(pack).scoring);
}
