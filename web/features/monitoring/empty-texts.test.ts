/** Empty lists tell each role what comes next, never a bare "暂无". */
import { describe, expect, it } from 'vitest';
import { roles } from '../../../core/review/roles.ts';
import { describeNoNotices, describeNoRounds } from './empty-texts.ts';

describe('empty monitoring and 整改 lists', () => {
  it('tell finance where to open a round or issue a notice', () => {
    expect(describeNoRounds('finance-reviewer')).toContain('开启监控轮次');
    expect(describeNoNotices('finance-reviewer')).toContain('下发整改');
  });

  it('tell a unit that finance starts both, and that its own list will show here', () => {
    for (const role of ['unit-filler', 'unit-leader'] as const) {
      expect(describeNoRounds(role)).toMatch(/财政部门尚未开启.*本单位/);
      expect(describeNoNotices(role)).toMatch(/本单位没有收到.*财政部门下发/);
    }
  });

  it('tell every other role that finance acts, in Chinese', () => {
    for (const role of roles) {
      if (role !== 'finance-reviewer') expect(describeNoRounds(role)).toContain('财政部门');
      if (role !== 'finance-reviewer') expect(describeNoNotices(role)).toContain('财政部门');
      expect(describeNoRounds(role) + describeNoNotices(role)).not.toMatch(/[A-Za-z]/);
    }
  });
});
