import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../core/model.ts';
import { describeDocument } from './import.ts';

describe('describeDocument', () => {
  it('lists each project of a report over several, as the web app’s report view does', () => {
    const document = createEmptyDocument('evaluation-report', 'project');
    document.report = {
      sections: [],
      moneyLists: [],
      projects: [
        { name: '东渠修缮项目', initial: '50', executed: '48', score: '92', grade: '优' },
        { name: '西渠清淤经费' },
      ],
    };
    const lines = describeDocument('report.txt', document).split('\n');
    expect(lines).toContain('  项目1：东渠修缮项目　年初预算50万元，执行数48万元，得分92分，等级优');
    expect(lines).toContain('  项目2：西渠清淤经费　未写明金额和得分');
  });

  it('adds no project lines for a report of one project', () => {
    const document = createEmptyDocument('evaluation-report', 'project');
    expect(describeDocument('report.txt', document)).not.toContain('项目1：');
  });
});
