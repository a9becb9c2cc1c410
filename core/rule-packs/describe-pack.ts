/**
 * A rule pack in the words people read. The code ("national", "national@1" as a scored document
 * records it) is for URLs, the API and the command line; finance and units read the pack's title
 * and its edition, everywhere it is shown (the editor, the rule-pack page, the history of a rescore).
 */
import { findRulePack } from './registry.ts';
import type { RulePack } from './schema.ts';

/** "全国通用（财预〔2020〕10号）（第 1 版）". */
export function describeRulePack(pack: Pick<RulePack, 'title' | 'version'>): string {
  return `${pack.title}（${describePackVersion(pack.version)}）`;
}

/** "第 1 版": a pack's version in words. */
export function describePackVersion(version: string): string {
  return `第 ${version} 版`;
}

/**
 * A recorded label ("sichuan-60-30@1") in words, with the version the label names (a document
 * scored before a pack's new edition keeps its old one). A name no longer shipped has no title:
 * it is said to be so, with the code as the only trace of which pack it was.
 */
export function describeRulePackLabel(label: string): string {
  const at = label.lastIndexOf('@');
  const name = at < 0 ? label : label.slice(0, at);
  const version = at < 0 ? null : label.slice(at + 1);
  const pack = findRulePack(name);
  if (!pack) return version ? `已不再提供的规则包“${name}”（${describePackVersion(version)}）` : `已不再提供的规则包“${name}”`;
  return describeRulePack({ title: pack.title, version: version || pack.version });
}
