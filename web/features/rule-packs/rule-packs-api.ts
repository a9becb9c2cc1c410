/** The rule-pack routes (contract/rule-packs.ts): the list with each year's pack, and a year's change. */
import {
  regionRulePackChangeSchema,
  type ChangeYearRulePackBody,
  type RegionRulePackChange,
  type RulePackList,
  type SetRegionRulePackBody,
  type YearRulePackChange,
} from '../../../contract/rule-packs.ts';
import { callApi, requestJson } from '../../lib/api-client.ts';

export function getRulePacks(): Promise<RulePackList> {
  return requestJson<RulePackList>('GET', '/api/rule-packs');
}

export function changeYearRulePack(year: number, body: ChangeYearRulePackBody): Promise<YearRulePackChange> {
  return requestJson<YearRulePackChange>('PUT', `/api/fiscal-years/${year}/rule-pack`, body);
}

/** A finance bureau's pack for its subtree in a year (null goes back to the year's pack), rescoring its drafts. */
export function setRegionRulePack(
  organisationId: string,
  year: number,
  body: SetRegionRulePackBody,
): Promise<RegionRulePackChange> {
  return callApi({
    method: 'PUT',
    url: `/api/rule-packs/regions/${encodeURIComponent(organisationId)}/${year}`,
    body,
    response: regionRulePackChangeSchema,
  });
}
