import { describe, expect, it } from 'vitest';
import { joinCellLines, joinWrappedPieces, splitNameAndValue, withoutCoreMark, wrapSeparator } from './cell-text.ts';

describe('text broken over lines, joined again', () => {
  it.each([
    ['农村寄宿制学校食', '堂改造数量', ''],
    ['2023年8月', '25日', ''],
    ['GDP', '增速', ''],
    ['共计 12', '5 个', ' '],
    ['ISO', '9001', ' '],
    ['', 'abc', ''],
    ['abc', '', ''],
    // Full-width punctuation and curly quotes are Chinese text: nothing next to them.
    ['完成率（', '%）', ''],
    ['“反恐特警中队', '人员经费”运行经费', ''],
    ['开展 ABC”', 'DEF', ''],
    ['Word“', 'Excel”', ''],
    ['完成，', 'OK', ''],
    // A number runs on through its point or comma; a sign or "%" joins its figure.
    ['全年投入资金1207.', '25万元', ''],
    ['1,', '207', ''],
    ['95', '%', ''],
    ['≥', '95%', ''],
    ['2024-', '2025年', ''],
    ['（', '2022）', ''],
    ['(', '2022)', ''],
    ['performance', ')', ''],
    // Between two Latin words the break stood for a space.
    ['DNA', 'collection', ' '],
    ['95%', 'and', ' '],
    ['done.', 'Next', ' '],
    ['in 2023.', 'The', ' '],
    ['GB 5749', '(2022)', ' '],
    ['ISO', '（国际）', ''],
    ['达到 95', '（含）', ''],
    // A space already there stays the only one.
    ['ISO ', '9001', ''],
  ])('puts %j and %j together with %j between', (before, after, separator) => {
    expect(wrapSeparator(before, after)).toBe(separator);
  });

  it('joins every piece, CJK running on and Latin words keeping a space', () => {
    expect(joinWrappedPieces(['服务对象', '满意度 ISO', '9001 认证'])).toBe('服务对象满意度 ISO 9001 认证');
    expect(joinWrappedPieces([])).toBe('');
  });

  it.each([
    ['打掉电信\n诈骗团伙', '打掉电信诈骗团伙'],
    ['DNA\ncollection', 'DNA collection'],
    ['  单行  ', '单行'],
    ['上\n\n下', '上下'],
    ['上\r\n下', '上下'],
    ['名称\t一\n二', '名称 一二'],
    ['投入1207.\n25万元', '投入1207.25万元'],
  ])('joins the lines of the cell %j as %j', (cell, expected) => {
    expect(joinCellLines(cell)).toBe(expected);
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
