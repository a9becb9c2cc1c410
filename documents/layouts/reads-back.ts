/**
 * The round-trip properties' one assertion: a document written in a layout family and read back
 * through the real import path gives every fact it was made from (findings aside).
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { compareFacts, documentFacts } from './facts.ts';
import type { RoundTripFamily } from './render/round-trip-families.ts';
import { readFixtureFacts } from './run-fixtures.ts';

/** Throws, naming the facts that did not come back, when the read-back differs. */
export async function assertReadsBack(family: RoundTripFamily, document: PerformanceDocument): Promise<void> {
  const expected = documentFacts(document);
  for (const key of expected.keys()) if (key.startsWith('finding[')) expected.delete(key);
  const { facts, refusal } = await readFixtureFacts(await family.write(document));
  const result = compareFacts(expected, facts);
  if (result.matched !== result.expected) {
    throw new Error(
      `${family.id}: ${result.matched}/${result.expected} facts; ${refusal ?? ''} missing ${result.missing.slice(0, 5).join('; ')} wrong ${result.wrong.slice(0, 5).join('; ')}`,
    );
  }
}
