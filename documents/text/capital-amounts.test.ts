import { describe, expect, it } from 'vitest';
import { withCapitalAmounts } from './capital-amounts.ts';

describe('withCapitalAmounts', () => {
  it.each([
    ['年初预算数壹佰贰拾万元，', '年初预算数1200000元，'],
    ['全年预算数为人民币壹佰伍拾万元整。', '全年预算数为人民币1500000元。'],
    ['贰拾万零叁佰元', '200300元'],
    ['壹拾玖万捌仟陆佰伍拾元伍角', '198650.50元'],
    ['叁仟元零伍分', '3000.05元'],
    ['玖元柒角捌分', '9.78元'],
  ])('writes %s as %s', (line, written) => {
    expect(withCapitalAmounts(line)).toBe(written);
  });

  it.each([
    '全年预算数150万元（大写：壹佰伍拾万元整）',
    '全年预算数壹贰万元',
    '一百二十万元',
    '150万元',
    '拾拾万元',
  ])('leaves %s as written', (line) => {
    expect(withCapitalAmounts(line)).toBe(line);
  });
});
