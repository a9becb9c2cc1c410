/**
 * The policies a pack stands for: its scoring overrides merged onto the national default
 * (core/scoring mergePolicy), its monitoring light policy and its required 共性指标. Server, browser and CLI all get
 * their policies here, so one pack scores the same everywhere.
 */
import { defaultScoringPolicy, mergePolicy, type ScoringPolicy } from '../scoring/index.ts';
import { defaultLightPolicy, milestoneLightPolicy, type MonitoringLightPolicy } from '../monitoring/light-policy.ts';
import { defaultLibraryCheckPolicy, type LibraryCheckPolicy } from '../checks/library-context.ts';
import type { LightPolicyId, RulePack } from './schema.ts';
import { getRulePack } from './registry.ts';

const lightPolicies: Record<LightPolicyId, MonitoringLightPolicy> = {
  default: defaultLightPolicy,
  milestone: milestoneLightPolicy,
};

export interface PackPolicies {
  pack: RulePack;
  scoring: ScoringPolicy;
  light: MonitoringLightPolicy;
  /** The library checks' policy: the pack's required 共性指标. */
  library: LibraryCheckPolicy;
}

const cache = new Map<string, PackPolicies>();

/** The scoring and light policies of a pack. */
export function policiesOfPack(pack: RulePack): PackPolicies {
  const key = `${pack.name}@${pack.version}`;
  const cached = cache.get(key);
  if (cached && cached.pack === pack) return cached;
  const { name, ...overrides } = pack.scoring;
  const scoring = mergePolicy(defaultScoringPolicy, { ...overrides, name: name ?? defaultScoringPolicy.name });
  const library = { ...defaultLibraryCheckPolicy, requiredCommonIndicators: pack.requiredCommonIndicators };
  const policies = { pack, scoring, light: lightPolicies[pack.lightPolicy], library };
  cache.set(key, policies);
  return policies;
}

/** The policies of the registered pack `name` (the national default when unknown). */
export function policiesOfPackName(name: string | null | undefined): PackPolicies {
  return policiesOfPack(getRulePack(name));
}

/** "execution-20@1": how a scored document records the pack that scored it. */
export function packLabel(pack: Pick<RulePack, 'name' | 'version'>): string {
  return `${pack.name}@${pack.version}`;
}
