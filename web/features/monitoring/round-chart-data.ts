/** Heat-map cells of a round overview: per unit and per light kind, the worst light and the counts behind it. */
import type { RoundOverview } from './monitoring-api.ts';

type Counts = RoundOverview['units'][number]['budget'];

/** From best to worst; the value is what the heat map colours. */
export const lightLevels = [
  { key: 'none', value: 0, label: '未亮灯', color: '#d9d9d9' },
  { key: 'green', value: 1, label: '绿灯', color: '#52c41a' },
  { key: 'blue', value: 2, label: '蓝灯', color: '#1677ff' },
  { key: 'yellow', value: 3, label: '黄灯', color: '#faad14' },
  { key: 'red', value: 4, label: '红灯', color: '#f5222d' },
] as const;

/** The worst light present (red over yellow over blue over green), or none. */
export function pickWorstLevel(counts: Counts): (typeof lightLevels)[number] {
  for (const level of [...lightLevels].reverse()) {
    if (level.key !== 'none' && counts[level.key] > 0) return level;
  }
  return lightLevels[0];
}

function describeCounts(counts: Counts): string {
  return lightLevels
    .filter((level) => counts[level.key] > 0)
    .map((level) => `${level.label} ${counts[level.key]}`)
    .join('，');
}

/** [x, y, level, tooltip, label] per unit (y) for 预算执行 (x = 0) and 绩效目标 (x = 1). */
export function buildHeatCells(overview: RoundOverview): Array<[number, number, number, string, string]> {
  return overview.units.flatMap((unit, index) =>
    (['budget', 'target'] as const).map((kind, column): [number, number, number, string, string] => {
      const level = pickWorstLevel(unit[kind]);
      const total = Object.values(unit[kind]).reduce((sum, count) => sum + count, 0);
      const label = total > 1 ? `${level.label}…` : level.label;
      return [column, index, level.value, `${unit.organisationName} ${kind === 'budget' ? '预算执行' : '绩效目标'}：${describeCounts(unit[kind])}`, label];
    }),
  );
}
