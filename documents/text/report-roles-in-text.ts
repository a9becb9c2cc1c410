/**
 * The implementing unit and supervising department a project report names in its sentences rather
 * than in labelled head lines ("项目主管部门为青禾县水利局，实施单位为青禾县河道管理所", "项目由…负责实施").
 * The wordings are data (documents/vocabulary/report-words.ts); a value must be a unit's name (ending
 * in 局, 中心, 所 …), so "实施单位为本单位" or "由各乡镇组织实施" names no one.
 */
import { reportImplementerInText, reportSupervisorInText } from '../vocabulary/report-words.ts';
import { compact } from './normalize.ts';
import { isUnitName } from './report-signature.ts';

/** How many lines at the head of a report are searched: the roles are told in its 基本情况. */
const HEAD_LINES = 40;

export interface RolesInText {
  unit: string | null;
  supervisor: string | null;
}

function findNamed(lines: readonly string[], patterns: readonly RegExp[]): string | null {
  for (const line of lines) {
    for (const pattern of patterns) {
      const named = pattern.exec(line)?.[1];
      if (named !== undefined && isUnitName(named)) return named;
    }
  }
  return null;
}

/** The unit and supervisor a report's opening sentences name, null for each it does not. */
export function findRolesInText(lines: readonly string[]): RolesInText {
  const head = lines.slice(0, HEAD_LINES).map(compact);
  return { unit: findNamed(head, reportImplementerInText), supervisor: findNamed(head, reportSupervisorInText) };
}
