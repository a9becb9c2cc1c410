/** The `--pack NAME` option: a registered rule pack, or a Chinese refusal listing the names. */
import { defaultRulePackName, findRulePack, rulePacks, type RulePack } from '../../core/rule-packs/index.ts';
import { CliError } from '../load-document.ts';

/** The pack named by `--pack` (the national default when absent). */
export function readPackOption(name: string | undefined): RulePack {
  const pack = findRulePack(name ?? defaultRulePackName);
  if (pack) return pack;
  const names = rulePacks.map((known) => known.name).join('、');
  throw new CliError(`没有名为“${name}”的规则包。可用的规则包：${names}（见 jixiao packs）。`, 2);
}
