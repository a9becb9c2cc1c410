import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['nine chars', 'Ab3$eF7h9', /至少 10 个字符/],
    ['the username', 'police-filler', /用户名/],
    ['the username inside', 'xx-police-filler-1', /用户名/],
    ['a common password', '123456789a', /过于常见/],
    ['a common Chinese pattern', 'woaini1314', /过于常见/],
    ['a common one in another case', 'QWERTYUIOP', /过于常见/],
    ['admin12345', 'admin12345', /过于常见/],
    ['one character repeated', 'aaaaaaaaaaaa', /重复/],
  ])('refuses %s', (_label, password, message) => {
    expect(findPasswordProblem({ password, username: 'police-filler' })).toMatch(message);
  });

  it.each(['示范县财政局预算科2026', 'correct horse battery', 'Tq8-vW3n-Lp5x'])('accepts %s', (password) => {
    expect(findPasswordProblem({ password, username: 'police-filler' })).toBeNull();
  });

  it('counts characters, not bytes: ten Chinese characters are enough', () => {
    expect(findPasswordProblem({ password: '绩效目标管理财政审核', username: 'admin' })).toBeNull();
    expect(findPasswordProblem({ password: '绩效目标管理财政审', username: 'admin' })).toMatch(/至少/);
  });
});
