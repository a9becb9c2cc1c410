import { describe, expect, it } from 'vitest';
import { withDecimalMarks } from './decimal-marks.ts';

describe('withDecimalMarks', () => {
  it.each([
    ['全年预算数为167、05万元，', '全年预算数为167.05万元，'],
    ['全年预算数为98、50万元，全年执行数为96，20万元，', '全年预算数为98.50万元，全年执行数为96.20万元，'],
    ['预算执行率为97、66%。', '预算执行率为97.66%。'],
    // A leading 0 proves the point even in a list.
    ['年初预算数、全年预算数分别为40、05万元', '年初预算数、全年预算数分别为40.05万元'],
  ])('writes %s as %s', (line, written) => {
    expect(withDecimalMarks(line)).toBe(written);
  });

  it.each([
    '年初预算数、全年预算数分别为40、45万元',
    '年初预算数、全年预算数为40、45万元',
    '年初预算数为40万元、45万元',
    '两个项目的预算均为30、30万元',
    '截至2023年12月31日，20万元已支出',
    '全年预算数为98、5万元',
    '第1、2、3项共计15万元',
  ])('leaves %s as written', (line) => {
    expect(withDecimalMarks(line)).toBe(line);
  });
});
