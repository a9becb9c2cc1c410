import { describe, expect, it } from 'vitest';
import { joinWrappedPieces, withoutCoreMark, wrapSeparator } from './cell-text.ts';

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
