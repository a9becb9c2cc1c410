import { describe, expect, it } from 'vitest';
import { NUMBERED_NAME } from './cell-text.ts';

const strip = (name: string): string => name.replace(NUMBERED_NAME, '');

describe('NUMBERED_NAME', () => {
  it('takes the template numbering off a name, with or without its colon', () => {
    expect(strip('指标1:改造楼层数')).toBe('改造楼层数');
    expect(strip('指标2改造楼层数')).toBe('改造楼层数');
    expect(strip('指标 12 设备故障率')).toBe('设备故障率');
  });

  it('leaves names that only start with 指标 and numbers as they are', () => {
    expect(strip('指标值达标率')).toBe('指标值达标率');
    expect(strip('1.5万亩高标准农田')).toBe('1.5万亩高标准农田');
    expect(strip('指标10%以上')).toBe('指标10%以上');
  });
});
