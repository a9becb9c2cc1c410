import { describe, expect, it } from 'vitest';
import { findStatementName, nameStatement } from './named-statements.ts';

describe('naming statements', () => {
  it('names a registered text once and stops naming new texts past the bound', () => {
    nameStatement('select 1 as registered_twice');
    const name = findStatementName('select 1 as registered_twice');
    nameStatement('select 1 as registered_twice');
    expect(name).toMatch(/^jixiao_\d+$/);
    expect(findStatementName('select 1 as registered_twice')).toBe(name);
    for (let index = 0; index < 300; index += 1) nameStatement(`select ${index} as many`);
    expect(findStatementName('select 0 as many')).toMatch(/^jixiao_\d+$/);
    expect(findStatementName('select 299 as many')).toBeUndefined();
    expect(findStatementName('select 2 as never_registered')).toBeUndefined();
  });
});
