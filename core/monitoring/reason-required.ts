/** Whether a monitoring answer requires 原因说明 and 纠偏措施, by the policy (red only; red or yellow; 有可能/完全不可能). */
import type { IndicatorMonitoring } from '../model.ts';
import type { MonitoringLightPolicy } from './light-policy.ts';

export function requiresReason(
  monitoring: IndicatorMonitoring | undefined,
  policy: MonitoringLightPolicy,
): boolean {
  if (!monitoring) return false;
  const { light, likelihood } = monitoring;
  return (
    (light != null && policy.reasonRequired.lights.includes(light)) ||
    (likelihood != null && policy.reasonRequired.likelihoods.includes(likelihood))
  );
}

/** Whether a required reason is missing: no 原因说明 and no 纠偏措施 written. */
export function isReasonMissing(
  monitoring: IndicatorMonitoring | undefined,
  policy: MonitoringLightPolicy,
): boolean {
  if (!requiresReason(monitoring, policy)) return false;
  const explanation = monitoring?.explanation?.trim() ?? '';
  const action = monitoring?.correctiveAction?.trim() ?? '';
  return explanation === '' && action === '';
}
