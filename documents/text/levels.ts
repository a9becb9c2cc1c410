/**
 * The indicator tree's level names (DOMAIN.md "The indicator tree"): which words are 一级 and
 * 二级 headings, tolerant of the spaces and line breaks that extraction puts inside them, and the
 * 一级 that a 二级 implies when the document leaves it blank (经济效益指标 → 效益指标).
 */
import { compact } from './normalize.ts';

export const level1Names = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;

const level2ToLevel1: ReadonlyArray<[RegExp, string]> = [
  [/^(数量|质量|时效)指标$/, '产出指标'],
  [/^(经济|社会|生态环境|生态)?成本指标$/, '成本指标'],
  [/^(经济效益|社会效益|生态效益|可持续影响|环境效益)指标$/, '效益指标'],
  [/^(社会效益|经济效益|生态效益|可持续影响)$/, '效益指标'],
  [/^((社会公众或)?服务对象满意度|满意度)指标$/, '满意度指标'],
];

/** Strips a trailing weight note such as "（50分）" or "(30 分)" from a level heading. */
function stripWeightNote(text: string): string {
  const written = compact(text);
  // Only a text ending in a bracket can have the note; most level cells have none.
  if (!written.endsWith('）') && !written.endsWith(')')) return written;
  return written.replace(/[（(]\d+(\.\d+)?分[）)]$/, '');
}

/** The canonical 一级 name when `text` is one ("产出指标（50分）" → "产出指标"), else null. */
export function matchLevel1(text: string): string | null {
  const candidate = stripWeightNote(text);
  return (level1Names as readonly string[]).includes(candidate) ? candidate : null;
}

/** The 二级 name (spaces removed) when `text` is one, else null. */
export function matchLevel2(text: string): string | null {
  const candidate = stripWeightNote(text);
  return level2ToLevel1.some(([pattern]) => pattern.test(candidate)) ? candidate : null;
}

/** The 一级 that a 二级 belongs to ("经济效益指标" → "效益指标"); null for an unknown 二级. */
export function impliedLevel1(level2: string): string | null {
  const candidate = stripWeightNote(level2);
  for (const [pattern, level1] of level2ToLevel1) if (pattern.test(candidate)) return level1;
  return null;
}

/** The weight written in a level heading ("产出指标（50分）" → "50"), else null. */
export function headingWeight(text: string): string | null {
  const match = /[（(](\d+(?:\.\d+)?)分[）)]$/.exec(compact(text));
  return match?.[1] ?? null;
}
