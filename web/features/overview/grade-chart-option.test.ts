/** The 自评等级 donut keeps its labels inside the ring and names every grade in the legend. */
import { describe, expect, it } from 'vitest';
import { buildGradeOption, describeGrade } from './grade-chart-option.ts';

const bands = [
  { label: '优', count: 2 },
  { label: '良', count: 0 },
  { label: '中', count: 1 },
  { label: '差', count: 0 },
];

describe('buildGradeOption', () => {
  it('gives every grade a slice, zero included, so the legend lists each with its count', () => {
    const option = buildGradeOption(bands);
    expect(option.series[0]!.data.map((slice) => slice.name)).toEqual(['优', '良', '中', '差']);
    expect(bands.map((band) => option.legend.formatter(band.label))).toEqual(['优 2份', '良 0份', '中 1份', '差 0份']);
  });

  it('draws the counts inside the ring, with no label lines that could run into the legend', () => {
    const series = buildGradeOption(bands).series[0]!;
    expect(series.label.position).toBe('inside');
    expect(series.labelLine.show).toBe(false);
    // Zero-count slices have no angle, so they never carry a "0份" label.
    expect(series.minShowLabelAngle).toBeGreaterThan(0);
  });

  it('counts a grade the bands do not name as zero', () => {
    expect(describeGrade(bands, '未评级')).toBe('未评级 0份');
  });
});
