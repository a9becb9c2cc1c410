/**
 * The 自评等级 donut. Its labels used to sit outside the ring on label lines: one grade alone put
 * "优 2份" under the ring on top of the legend, and several small grades crowded one another. The
 * counts now sit in the ring (hidden on slices too thin to hold them) and the legend at the side
 * names every grade with its count, zero included, so nothing overlaps at 1440 px or at 390 px.
 */
import type { Band } from './overview-data.ts';

/** Slices narrower than this many degrees carry no label: "1份" would not fit in them. */
const smallestLabelledAngle = 18;

export const gradeColors = ['#389e0d', '#1677ff', '#faad14', '#f5222d', '#bfbfbf'];

/** "优 2份" for the legend. */
export function describeGrade(bands: readonly Band[], name: string): string {
  return `${name} ${bands.find((band) => band.label === name)?.count ?? 0}份`;
}

/** The ECharts option of the 自评等级 donut; every grade is a slice, so the legend lists all of them. */
export function buildGradeOption(bands: readonly Band[]) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}份（{d}%）' },
    legend: { orient: 'vertical', right: 8, top: 'middle', formatter: (name: string) => describeGrade(bands, name) },
    color: gradeColors,
    series: [
      {
        name: '等级',
        type: 'pie',
        center: ['38%', '50%'],
        radius: ['42%', '72%'],
        minShowLabelAngle: smallestLabelledAngle,
        label: { position: 'inside', formatter: '{c}份', color: '#ffffff', fontWeight: 'bold' },
        labelLine: { show: false },
        data: bands.map((band) => ({ name: band.label, value: band.count })),
      },
    ],
  };
}
