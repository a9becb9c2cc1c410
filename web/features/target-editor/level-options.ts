/**
 * The 一级/二级 names offered when an indicator is edited on a phone (typing them on a phone
 * keyboard is slow and error-prone): the ones the document already uses first, then the
 * template's names from core's level vocabulary. The template writes its levels "…指标"
 * (产出指标 / 数量指标, 财预〔2020〕10号); the bare framework levels of evaluation tables (决策,
 * 项目立项) are no target-table levels and are left out. Free text stays possible.
 */
import { isFrameworkLevel, level1KeyOf } from '../../../core/levels/level-key.ts';
import {
  level1Entries,
  level2AlsoUnder,
  level2Entries,
  type Level1Key,
} from '../../../core/levels/level-names.ts';
import type { Goal } from '../../../core/model.ts';

const isTemplateName = (name: string) => name.endsWith('指标');

function distinct(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}

/** 一级 names: those in the document, then 产出指标, 效益指标, 满意度指标, 成本指标. */
export function listLevel1Options(goals: readonly Goal[]): string[] {
  const used = goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.level1));
  const template = level1Entries
    .filter((entry) => !entry.isFrameworkLevel && isTemplateName(entry.name))
    .map((entry) => entry.name);
  return distinct([...used, ...template]);
}

/** The 二级 kinds a 一级 holds: its own, and those that stand under it too (成本 under 产出 in older templates). */
function listLevel2Kinds(key: Level1Key): Set<Level1Key> {
  const also = level2AlsoUnder.filter(
    (entry) => entry.under === key && !entry.onlyUnderWrittenLevel1 && !entry.onlyNames,
  );
  return new Set([key, ...also.map((entry) => entry.level2)]);
}

/** 二级 names under the given 一级: those the document has under it, then the template's. */
export function listLevel2Options(goals: readonly Goal[], level1: string): string[] {
  const key = level1KeyOf(level1);
  const used = goals.flatMap((goal) =>
    goal.indicators
      .filter((indicator) => indicator.level1.trim() === level1.trim())
      .map((indicator) => indicator.level2),
  );
  const template =
    key === null || isFrameworkLevel(key)
      ? []
      : level2Entries
          .filter((entry) => listLevel2Kinds(key).has(entry.parent) && isTemplateName(entry.name))
          .map((entry) => entry.name);
  return distinct([...used, ...template]);
}
