/** The packs to choose from in a select, each by its title and edition; the code stays the option's value (the API's). */
import type { RulePackList } from '../../../contract/rule-packs.ts';
import { describeRulePack } from '../../../core/rule-packs/describe-pack.ts';

export function packOptionsOf(list: RulePackList | null): { value: string; label: string }[] {
  return (list?.items ?? []).map((pack) => ({ value: pack.name, label: describeRulePack(pack) }));
}
