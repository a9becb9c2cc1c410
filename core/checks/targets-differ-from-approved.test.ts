import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PerformanceDocument } from '../model.ts';
import { buildIndicator } from '../monitoring/testing.ts';
import { checkTargetsAgainstApproved } from './targets-differ-from-approved.ts';

function table(
  kind: PerformanceDocument['kind'],
  indicators: Array<{ name: string; target: string }>,
  project = '乡村道路养护',
): PerformanceDocument {
  const document = createEmptyDocument(kind, 'project');
  document.project = project;
  document.year = 2025;
  document.goals = [{ name: '', indicators: indicators.map((indicator) => buildIndicator(indicator)) }];
  return document;
}

const approved = table('target-table', [
  { name: '养护里程', target: '≥120公里' },
  { name: '路面完好率', target: '≥90%' },
  { name: '养护制度', target: '健全' },
]);

describe('checkTargetsAgainstApproved', () => {
  it('stays silent when the monitoring table carries the approved indicators (spaces and number forms aside)', () => {
    const monitoring = table('monitoring', [
      { name: '养护 里程', target: '≥120.0公里' },
      { name: '路面完好率', target: '≥90%' },
      { name: '养护制度', target: '健 全' },
    ]);
    expect(checkTargetsAgainstApproved({ document: monitoring, approved })).toEqual([]);
  });

  it('reports a changed 指标值, an added indicator and a dropped one', () => {
    const selfEvaluation = table('self-evaluation', [
      { name: '养护里程', target: '≥100公里' },
      { name: '养护制度', target: '健全' },
      { name: '群众满意度', target: '≥90%' },
    ]);
    const findings = checkTargetsAgainstApproved({ document: selfEvaluation, approved });
    expect(findings.map((finding) => [finding.code, finding.path])).toEqual([
      ['target-differs-from-approved', 'goals.0.indicators.0.target'],
      ['target-differs-from-approved', 'goals.0.indicators.2'],
      ['target-differs-from-approved', 'goals'],
    ]);
    expect(findings[0]?.message).toBe(
      '自评表中“养护里程”的指标值“≥100公里”与批复的“≥120公里”不一致：未经调整不得改动指标值，请按批复的指标值填写或办理调整',
    );
    expect(findings[2]?.message).toContain('批复的指标“路面完好率”在自评表中缺失');
  });

  it('compares only with an approved target table of the same project', () => {
    const other = table('monitoring', [{ name: '养护里程', target: '≥1公里' }], '校舍维修');
    expect(checkTargetsAgainstApproved({ document: other, approved })).toEqual([]);
    const notApproved = table('self-evaluation', [{ name: '养护里程', target: '≥1公里' }]);
    expect(checkTargetsAgainstApproved({ document: table('monitoring', []), approved: notApproved })).toEqual(
      [],
    );
  });
});
