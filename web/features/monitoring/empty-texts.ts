/**
 * What an empty list of monitoring rounds or 整改通知 says to each role: not just "暂无…", but who
 * fills it and where to start, so a unit's clerk knows there is nothing to do yet and finance knows
 * where to open a round or issue a notice.
 */
import { isUnitRole, type Role } from '../../../core/review/roles.ts';

export function describeNoRounds(role: Role): string {
  if (role === 'finance-reviewer') return '还没有监控轮次。在上方“开启监控轮次”中选择年度、期间和填报截止日期，开启后各单位即可填报监控表。';
  if (isUnitRole(role)) return '财政部门尚未开启监控轮次。开启后，本单位要填报的监控表会列在这里。';
  if (role === 'supervisor-reviewer') return '财政部门尚未开启监控轮次。开启后，所辖单位的监控表和填报情况会列在这里。';
  return '财政部门尚未开启监控轮次。';
}

export function describeNoNotices(role: Role): string {
  if (isUnitRole(role)) return '本单位没有收到整改通知。财政部门下发整改通知后会列在这里，页眉的铃铛也会提醒。';
  if (role === 'finance-reviewer') return '还没有下发整改通知。在“绩效监控”中打开一个监控轮次，对单位的监控表点“下发整改”。';
  return '暂无整改通知。财政部门下发整改通知后会列在这里。';
}
