/**
 * Row operations on the indicator tree (add, remove, move, copy, edit), pure functions over the
 * document's goals so the editor and its tests share them. Paths are "goals.G.indicators.I".
 */
import type { Goal, Indicator, PerformanceDocument } from '../../../core/model.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';

export interface RowAddress {
  goalIndex: number;
  indicatorIndex: number;
}

export function toRowPath(address: RowAddress): string {
  return `goals.${address.goalIndex}.indicators.${address.indicatorIndex}`;
}

export function parseRowPath(path: string): RowAddress | null {
  const match = /^goals\.(\d+)\.indicators\.(\d+)/.exec(path);
  return match ? { goalIndex: Number(match[1]), indicatorIndex: Number(match[2]) } : null;
}

function replaceGoal(
  document: PerformanceDocument,
  goalIndex: number,
  change: (goal: Goal) => Goal,
): PerformanceDocument {
  return {
    ...document,
    goals: document.goals.map((goal, index) => (index === goalIndex ? change(goal) : goal)),
  };
}

/** A blank row that continues the 一级/二级 of the row above (tables merge those cells). */
export function createBlankIndicator(above?: Indicator): Indicator {
  return { level1: above?.level1 ?? '产出指标', level2: above?.level2 ?? '数量指标', name: '', target: null };
}

export function insertRowAfter(document: PerformanceDocument, address: RowAddress): PerformanceDocument {
  return replaceGoal(document, address.goalIndex, (goal) => {
    const indicators = [...goal.indicators];
    indicators.splice(
      address.indicatorIndex + 1,
      0,
      createBlankIndicator(goal.indicators[address.indicatorIndex]),
    );
    return { ...goal, indicators };
  });
}

export function appendRow(document: PerformanceDocument, goalIndex: number): PerformanceDocument {
  return replaceGoal(document, goalIndex, (goal) => ({
    ...goal,
    indicators: [...goal.indicators, createBlankIndicator(goal.indicators.at(-1))],
  }));
}

export function removeRow(document: PerformanceDocument, address: RowAddress): PerformanceDocument {
  return replaceGoal(document, address.goalIndex, (goal) => ({
    ...goal,
    indicators: goal.indicators.filter((_, index) => index !== address.indicatorIndex),
  }));
}

export function copyRow(document: PerformanceDocument, address: RowAddress): PerformanceDocument {
  return replaceGoal(document, address.goalIndex, (goal) => {
    const source = goal.indicators[address.indicatorIndex];
    if (!source) return goal;
    const indicators = [...goal.indicators];
    indicators.splice(address.indicatorIndex + 1, 0, { ...source, line: undefined });
    return { ...goal, indicators };
  });
}

/** Moves a row one place up (-1) or down (+1) inside its goal; at the edge nothing changes. */
export function moveRow(
  document: PerformanceDocument,
  input: RowAddress & { offset: -1 | 1 },
): PerformanceDocument {
  return replaceGoal(document, input.goalIndex, (goal) => {
    const target = input.indicatorIndex + input.offset;
    if (target < 0 || target >= goal.indicators.length) return goal;
    const indicators = [...goal.indicators];
    const [moved] = indicators.splice(input.indicatorIndex, 1);
    indicators.splice(target, 0, moved!);
    return { ...goal, indicators };
  });
}

export function updateIndicator(
  document: PerformanceDocument,
  input: RowAddress & { change: Partial<Indicator> },
): PerformanceDocument {
  return replaceGoal(document, input.goalIndex, (goal) => ({
    ...goal,
    indicators: goal.indicators.map((indicator, index) =>
      index === input.indicatorIndex ? { ...indicator, ...input.change } : indicator,
    ),
  }));
}

/** One change to `count` rows from `indicatorIndex` on (a merged 一级/二级 cell edits its whole group). */
export function updateIndicatorRange(
  document: PerformanceDocument,
  input: RowAddress & { count: number; change: Partial<Indicator> },
): PerformanceDocument {
  const end = input.indicatorIndex + input.count;
  return replaceGoal(document, input.goalIndex, (goal) => ({
    ...goal,
    indicators: goal.indicators.map((indicator, index) =>
      index >= input.indicatorIndex && index < end ? { ...indicator, ...input.change } : indicator,
    ),
  }));
}

/**
 * The typed 指标值/完成值 text, parsed with the indicator's name (the name decides the direction
 * of a bare number). Empty text clears the value; the text itself is always kept as typed.
 */
export function readValueText(text: string, name: string): Indicator['target'] {
  if (text.trim() === '') return null;
  return { ...parseIndicatorValue(text, { name }), text };
}

export function addGoal(document: PerformanceDocument): PerformanceDocument {
  const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const name = `目标${names[document.goals.length] ?? document.goals.length + 1}`;
  return { ...document, goals: [...document.goals, { name, indicators: [createBlankIndicator()] }] };
}

export function countIndicators(document: Pick<PerformanceDocument, 'goals'>): number {
  return document.goals.reduce((total, goal) => total + goal.indicators.length, 0);
}
