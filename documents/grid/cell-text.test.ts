import { describe, expect, it } from 'vitest';
import { joinWrappedPieces, splitNameAndValue, withoutCoreMark, wrapSeparator } from './cell-text.ts';

describe('pieces of one cell broken over lines', () => {
  it.each([
    ['农村寄宿制学校食', '堂改造数量', ''],
    ['2023年8月', '25日', ''],
    ['GDP', '增速', ''],
    ['共计 12', '5 个', ' '],
    ['ISO', '9001', ' '],
    ['', 'abc', ''],
  ])('puts %j and %j together with %j between', (before, after, separator) => {
    expect(wrapSeparator(before, after)).toBe(separator);
  });

  it('joins every piece, CJK running on and Latin words keeping a space', () => {
    expect(joinWrappedPieces(['服务对象', '满意度 ISO', '9001 认证'])).toBe('服务对象满意度 ISO 9001 认证');
    expect(joinWrappedPieces([])).toBe('');
  });
});

describe('the core mark a template stars a name with', () => {
  it.each([
    ['★农村低保发放人数', '农村低保发放人数', true],
    ['★ 补贴发放准确率', '补贴发放准确率', true],
    ['★★受助对象满意度', '受助对象满意度', true],
    ['补贴政策知晓率', '补贴政策知晓率', null],
    ['获评“★级”示范点数量', '获评“★级”示范点数量', null],
  ])('reads %j as %j, core %j', (written, name, isCore) => {
    expect(withoutCoreMark(written)).toEqual({ name, isCore });
  });
});

describe('a name cell that writes the value after the name', () => {
  it.each([
    ['缴存人数≥42人', { name: '缴存人数', value: '≥42人' }],
    ['缴存基数核定准确率=100%', { name: '缴存基数核定准确率', value: '=100%' }],
    ['资金结余率（计算方法为：结余数/预算数）≤5%', { name: '资金结余率（计算方法为：结余数/预算数）', value: '≤5%' }],
    ['职工满意度 ≥ 90 %', { name: '职工满意度', value: '≥90%' }],
    ['每公里建设成本≤70万元', { name: '每公里建设成本', value: '≤70万元' }],
  ])('splits %j', (cell, parts) => {
    expect(splitNameAndValue(cell)).toEqual(parts);
  });

  it.each([
    '培训覆盖人次',
    '≥60岁老人体检率',
    '达到标准的学校数',
    '率≥90%',
    'PM2.5年均浓度',
    '覆盖率≥',
    '受益人数≥1000人（其中脱贫户不少于300户）',
  ])('leaves %j a name alone', (cell) => {
    expect(splitNameAndValue(cell)).toBeNull();
  });
});
