/**
 * The rule pack of a document's fiscal year for the browser's live score: the pack's name from
 * the server (GET /api/rule-packs), the pack itself from core's registry bundled in the web app,
 * so the browser scores with the very data the server uses (issue 12).
 */
import { useEffect, useState } from 'react';
import { findRulePack, getRulePack, type RulePack } from '../../../core/rule-packs/index.ts';
import { getRulePacks } from './rule-packs-api.ts';

/**
 * The year's pack, or null while the choice is being read (or when it cannot be read). In a year
 * where some region chose its own pack, the pack the server recorded on the stored body
 * (`recorded`, "name@version": the pack of the document's region when it was last scored) is used,
 * as the browser does not know the unit's ancestry.
 */
export function useYearRulePack(
  year: number | null | undefined,
  recorded: string | null = null,
): { pack: RulePack | null; error: string | null } {
  const [state, setState] = useState<{ pack: RulePack | null; error: string | null }>({
    pack: null,
    error: null,
  });
  useEffect(() => {
    let isCurrent = true;
    getRulePacks()
      .then((list) => {
        const yearName = list.years.find((entry) => entry.year === year)?.rulePack ?? list.defaultPack;
        const recordedName = recorded?.split('@')[0] ?? null;
        const hasRegions = list.regions.some((region) => region.year === year);
        const name = hasRegions && recordedName && findRulePack(recordedName) ? recordedName : yearName;
        if (isCurrent) setState({ pack: getRulePack(name), error: null });
      })
      .catch(() => {
        // The server scores on save anyway: fall back to the default and say so.
        if (isCurrent)
          setState({ pack: getRulePack(null), error: '未能读取本年度规则包，暂按全国通用规则显示建议得分' });
      });
    return () => {
      isCurrent = false;
    };
  }, [year, recorded]);
  return state;
}
