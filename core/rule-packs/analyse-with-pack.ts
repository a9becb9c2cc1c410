/** analyseDocument under a rule pack, recording which pack (name and version) scored the document. */
import { analyseDocument } from '../analyse.ts';
import type { PerformanceDocument } from '../model.ts';
import type { RulePack } from './schema.ts';
import { packLabel, policiesOfPack } from './policies.ts';

/** The document scored (or lit) and checked by `pack`, with `rulePack` set to "name@version". */
export function analyseWithPack(document: PerformanceDocument, pack: RulePack): PerformanceDocument {
  const { scoring, light } = policiesOfPack(pack);
  return { ...analyseDocument(document, scoring, light), rulePack: packLabel(pack) };
}
