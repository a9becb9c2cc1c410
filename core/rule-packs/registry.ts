/**
 * Every rule pack the product ships, validated once at load. Adding a pack: write
 * ./packs/<name>.ts (data only), add it to the list below, and write docs/rule-packs/<name>.md.
 */
import { rulePackSchema, type RulePack } from './schema.ts';
import { nationalPack } from './packs/national.ts';
import { execution20Pack } from './packs/execution-20.ts';
import { sichuan6030Pack } from './packs/sichuan-60-30.ts';
import { chongqingCoefficientPack } from './packs/chongqing-coefficient.ts';
import { grades807060Pack } from './packs/grades-80-70-60.ts';

/** The pack a fiscal year uses until finance chooses another. */
export const defaultRulePackName = 'national';

/** Every registered pack, the national default first. */
export const rulePacks: readonly RulePack[] = [
  nationalPack,
  execution20Pack,
  sichuan6030Pack,
  chongqingCoefficientPack,
  grades807060Pack,
].map((pack) => rulePackSchema.parse(pack));

/** A pack by name, or null when no pack has that name. */
export function findRulePack(name: string | null | undefined): RulePack | null {
  return rulePacks.find((pack) => pack.name === name) ?? null;
}

/** A pack by name; the national default for a missing or unknown name (an old row, a removed pack). */
export function getRulePack(name: string | null | undefined): RulePack {
  return findRulePack(name) ?? (findRulePack(defaultRulePackName) as RulePack);
}
