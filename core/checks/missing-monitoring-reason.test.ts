import { describe, expect, it } from 'vitest';
import { lightDocument } from '../monitoring/light-document.ts';
import { milestoneLightPolicy } from '../monitoring/light-policy.ts';
import { buildIndicator, buildMonitoringTable } from '../monitoring/testing.ts';
import { checkMissingMonitoringReason } from './missing-monitoring-reason.ts';

function litTable(explanation: string | null) {
  const red = buildIndicator({ name: '培训人次', target: '≥1000人次', actualToDate: '100' });
  const yellow = buildIndicator({ name: '设备台数', target: '≥20台', actualToDate: '7' });
  if (explanation) red.monitoring = { ...red.monitoring, explanation };
  return lightDocument(buildMonitoringTable({ period: { throughMonth: 6 }, indicators: [red, yellow] }));
}

describe('missing-monitoring-reason', () => {
  it('asks for a reason on a red light without one (default: red only)', () => {
    const findings = checkMissingMonitoringReason(litTable(null));
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'missing-monitoring-reason',
        path: 'goals.0.indicators.0.monitoring.explanation',
        message: '“培训人次”为红灯，请填写偏差原因说明和纠偏措施',
      },
    ]);
  });

  it('is satisfied by a written reason, and asks for yellow too under the region policy', () => {
    expect(checkMissingMonitoringReason(litTable('上半年场地维修，培训集中在下半年'))).toEqual([]);
    const findings = checkMissingMonitoringReason(litTable('上半年场地维修'), milestoneLightPolicy);
    expect(findings.map((finding) => finding.message)).toEqual([
      '“设备台数”为黄灯，请填写偏差原因说明和纠偏措施',
    ]);
  });

  it('asks for a reason when 完成目标可能性 is 有可能, whatever the light', () => {
    const table = litTable('已说明');
    const second = table.goals[0]!.indicators[1]!;
    second.monitoring = { ...second.monitoring, light: 'green', likelihood: 'possible' };
    expect(checkMissingMonitoringReason(table)[0]?.message).toBe(
      '“设备台数”为绿灯、完成目标可能性“有可能”，请填写偏差原因说明和纠偏措施',
    );
  });
});
