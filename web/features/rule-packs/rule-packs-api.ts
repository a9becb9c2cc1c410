/** The rule-pack routes (contract/rule-packs.ts): the list with each year's pack, and a year's change. */
import type {
  ChangeYearRulePackBody,
  RulePackList,
  SetRegionRulePackBody,
  YearRulePackChange,
} from '../../../contract/rule-packs.ts';
import { requestJson } from '../../lib/api-client.ts';

export function getRulePacks(): Promise<RulePackList> {
  return requestJson<RulePackList>('GET', '/api/rule-packs');
}

export function changeYearRulePack(year: number, body: ChangeYearRulePackBody): Promise<YearRulePackChange> {
  return requestJson<YearRulePackChange>('PUT', `/api/fiscal-years/${year}/rule-pack`, body);
}

/** A finance bureau's pack for its subtree in a year; null goes back to the year's pack. */
export function setRegionRulePack(
  organisationId: string,
  year: number,
  body: SetRegionRulePackBody,
): Promise<RulePackList> {
  return requestJson<RulePackList>(
    'PUT',
    `/api/rule-packs/regions/${encodeURIComponent(organisationId)}/${year}`,
    body,
  );
}
