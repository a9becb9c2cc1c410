/** Rule packs: one region's scoring and lighting as data (docs/rule-packs.md). */
export { rulePackSchema, scoringOverridesSchema, lightPolicyIds, type LightPolicyId, type RulePack } from './schema.ts';
export { defaultRulePackName, findRulePack, getRulePack, rulePacks } from './registry.ts';
export { packLabel, policiesOfPack, policiesOfPackName, type PackPolicies } from './policies.ts';
export { analyseChainedWithPack, analyseWithPack } from './analyse-with-pack.ts';
export { describePackVersion, describeRulePack, describeRulePackLabel } from './describe-pack.ts';
