/**
 * The rule pack the document page scores with in the browser (issue 12). An editable document
 * scores by the pack the server names for it now (`rulePack` of the document read: its year's or
 * its region's, by the server's one resolver), so the live total is what saving stores; a document
 * that can no longer change shows the pack its stored scores were computed by (`body.rulePack`,
 * "name@version"). The pack itself comes from core's registry, bundled in the web app.
 */
import { findRulePack, getRulePack, type RulePack } from '../../../core/rule-packs/index.ts';

export function choosePackForLiveScore(input: { rulePack: string; recorded: string | null | undefined; isEditable: boolean }): RulePack {
  const recorded = findRulePack(input.recorded?.split('@')[0]);
  if (!input.isEditable && recorded) return recorded;
  return getRulePack(input.rulePack);
}
