import { describe, expect, it } from 'vitest';
import { joinBrokenPipeRows } from './broken-pipe-rows.ts';

/** An own 部门整体 score sheet as its page dumps it: 5 columns, some rows broken after a cell. */
const page = [
  '2023年度部门整体支出绩效评价自评表',
  '单位 | 某县档案馆 ||||',
  '序号 | 一级 指标 |',
  '二级 指标 |',
  '三级 指标 | 自评得分 |',
  '1 | 规划 (20分) |',
  '目标设定 (8分) | 目标合理性 | 8 |',
  '2 | 预算编制 (12分) | 编制准确率 | 11 | |',
  '3 | 预算调整率 | 6 | ||',
  '4 | 三公经费控制率 | 6 | ||',
];

describe('pipe rows a page broke after a cell', () => {
  it('puts each row back on its first line when its lines add up to the table width, blanking the others', () => {
    expect(joinBrokenPipeRows(page)).toEqual([
      '2023年度部门整体支出绩效评价自评表',
      '单位 | 某县档案馆 ||||',
      '序号 | 一级 指标 | 二级 指标 | 三级 指标 | 自评得分 |',
      '',
      '',
      '1 | 规划 (20分) | 目标设定 (8分) | 目标合理性 | 8 |',
      '',
      '2 | 预算编制 (12分) | 编制准确率 | 11 | |',
      '3 | 预算调整率 | 6 | ||',
      '4 | 三公经费控制率 | 6 | ||',
    ]);
  });

  it('opens no row at a level alone on its line, which the readers take as the heading of the rows below', () => {
    const lines = ['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', '产 出 指 标 |', '培训人次 | ≥500人次 | 520人次 |'];
    expect(joinBrokenPipeRows(lines)).toEqual(lines);
  });

  it('joins the pieces of a row over the blank line a page writes after every row, the blank kept', () => {
    const lines = ['a | b | c | d |', '', 'e | f | g | h |', '', 'i | j | k | l |', '', '绩效指标 | 一级 指标 |', '', '二级指标 | 三级指标 |', ''];
    expect(joinBrokenPipeRows(lines)).toEqual(['a | b | c | d |', '', 'e | f | g | h |', '', 'i | j | k | l |', '', '绩效指标 | 一级 指标 | 二级指标 | 三级指标 |', '', '', '']);
    const twoBlanks = ['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', '绩效指标 | 一级 指标 |', '', '', '二级指标 | 三级指标 |'];
    expect(joinBrokenPipeRows(twoBlanks)).toEqual(twoBlanks);
  });

  it('takes no level alone on its line as the rest of the row above (it heads the rows below)', () => {
    const lines = ['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', '社会效益 指标 |', '受益人数 | 10 | 130人 |', '生态效益 指标 |', '| | | |'];
    expect(joinBrokenPipeRows(lines)).toEqual(['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', '社会效益 指标 |', '受益人数 | 10 | 130人 |', '生态效益 指标 |', '| | | |']);
  });

  it('leaves lines whose pipes overshoot the width (a level on its own line over a full row) as they are', () => {
    const lines = ['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', '产 出 指 标 |', '培训人次 | ≥500人次 | 520人次 | |'];
    expect(joinBrokenPipeRows(lines)).toEqual(lines);
  });

  it('joins a row a page broke at each empty cell, its pieces opening with the empty cell’s pipe', () => {
    // An own 自评表 in the shape of a Sichuan county's media page: 6 columns; an empty 度量单位 and 得分 break the row.
    const lines = [
      '一级指标 | 三级指标 | 指标值 | 度量单位 | 完成值 | 得分 |',
      '产出指标 | 补植株数 | ≥100 | 株 | 120 | 10 |',
      '产出指标 | 养护里程 | ≥40 | 公里 | 42 | 10 |',
      '产出指标 | 巡查次数 | ≥12 | 次 | 14 |',
      '|',
      '效益指标 | 管护机制健全性 | 健全 |',
      '| 健全 | 10 |',
      '合计 | 100 |',
      '|',
      '| ||',
    ];
    expect(joinBrokenPipeRows(lines)).toEqual([
      '一级指标 | 三级指标 | 指标值 | 度量单位 | 完成值 | 得分 |',
      '产出指标 | 补植株数 | ≥100 | 株 | 120 | 10 |',
      '产出指标 | 养护里程 | ≥40 | 公里 | 42 | 10 |',
      '产出指标 | 巡查次数 | ≥12 | 次 | 14 | |',
      '',
      '效益指标 | 管护机制健全性 | 健全 | | 健全 | 10 |',
      '',
      '合计 | 100 | | | ||',
      '',
      '',
    ]);
  });

  it('passes over a page break between the pieces of a row, its page number dropped', () => {
    const lines = ['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', 'm | n |', '', '第 1 页 共 2 页', '', '| o |', 'p | q |', '', '', '', '', '| r |'];
    expect(joinBrokenPipeRows(lines)).toEqual(['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', 'm | n | | o |', '', '', '', '', 'p | q |', '', '', '', '', '| r |']);
    // The page's number already blanked by the page-chrome rule: the same three lines.
    expect(joinBrokenPipeRows(['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', 'm | n |', '', '', '', '| o |'])[3]).toBe('m | n | | o |');
  });

  it('takes no piece opening with a pipe where the text holds a Markdown rule (its rows all open so)', () => {
    const lines = ['a | b | c | d |', 'e | f | g | h |', 'i | j | k | l |', 'm | n |', '| o |', '|---|---|---|---|'];
    expect(joinBrokenPipeRows(lines)).toEqual(lines);
  });

  it('leaves Markdown rows, cells one per line and narrow label pairs alone', () => {
    const markdown = ['| a | b |', '|---|---|', '| c |', '| d | e |', '| f | g |'];
    expect(joinBrokenPipeRows(markdown)).toEqual(markdown);
    const cellLines = ['项目名称 |', '某项目 |', '主管部门 |', '某局 |', '实施单位 |', '某中心 | |'];
    expect(joinBrokenPipeRows(cellLines)).toEqual(cellLines);
    const pairs = ['项目名称 | 某项目 |', '主管部门 | 某局 |', '实施单位 | 某中心 |', '资金 |'];
    expect(joinBrokenPipeRows(pairs)).toEqual(pairs);
  });
});
