import { describe, expect, it } from 'vitest';
import { canRemindOrganisation, canSeeOrganisation, isFinanceOver } from './organisation-scope.ts';
import type { ReviewActor, Role } from './roles.ts';

const unitPath = ['bureau', 'politics', 'police'];
const actor = (role: Role, organisationPath: string[]): ReviewActor => ({ role, organisationId: organisationPath.at(-1) ?? null, organisationPath });

describe('canSeeOrganisation and isFinanceOver', () => {
  it.each<[string, ReviewActor, boolean, boolean]>([
    ['the unit itself', actor('unit-filler', unitPath), true, false],
    ['another unit', actor('unit-leader', ['bureau', 'politics', 'justice']), false, false],
    ['its 主管部门', actor('supervisor-reviewer', ['bureau', 'politics']), true, false],
    ['another 主管部门', actor('supervisor-reviewer', ['bureau', 'education']), false, false],
    ['the finance bureau above', actor('finance-reviewer', ['bureau']), true, true],
    ['another finance bureau', actor('finance-reviewer', ['other-bureau']), false, false],
    ['the administrator', actor('admin', ['bureau']), true, false],
    ['the public', { role: 'public', organisationId: null, organisationPath: [] }, false, false],
  ])('%s', (_label, who, sees, isFinance) => {
    expect([canSeeOrganisation(who, unitPath), isFinanceOver(who, unitPath)]).toEqual([sees, isFinance]);
  });

  it('does not make a finance bureau the finance over itself', () => {
    expect(isFinanceOver(actor('finance-reviewer', ['bureau']), ['bureau'])).toBe(false);
  });
});

describe('canRemindOrganisation', () => {
  it.each<[string, ReviewActor, boolean]>([
    ['the unit itself', actor('unit-filler', unitPath), false],
    ['its 主管部门', actor('supervisor-reviewer', ['bureau', 'politics']), true],
    ['another 主管部门', actor('supervisor-reviewer', ['bureau', 'education']), false],
    ['the finance bureau above', actor('finance-reviewer', ['bureau']), true],
    ['the administrator', actor('admin', ['bureau']), false],
    ['the public', { role: 'public', organisationId: null, organisationPath: [] }, false],
  ])('%s', (_label, who, may) => {
    expect(canRemindOrganisation(who, unitPath)).toBe(may);
  });

  it('does not let a 主管部门 remind itself', () => {
    expect(canRemindOrganisation(actor('supervisor-reviewer', ['bureau', 'politics']), ['bureau', 'politics'])).toBe(false);
  });
});
