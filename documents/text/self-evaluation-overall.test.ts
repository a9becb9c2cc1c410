import { describe, expect, it } from 'vitest';
import { readOverallBlock, readUnheadedTexts, rowsOutsideBlock } from './self-evaluation-overall.ts';
import { readTableRows } from './table-rows.ts';

const blockOf = (lines: string[]) => {
  const block = readOverallBlock(readTableRows(lines), lines);
  return { goal: block.overallGoal, result: block.overallResult };
};

describe('readOverallBlock', () => {
  it.each([
    ['headings and texts in rows of tabs', ['年度总体目标\t预期目标\t实际完成情况', '\t完成路灯改造300盏。\t改造312盏。']],
    ['the label left out of the text row', ['| 年度总体目标 | 预期目标 | 实际完成情况 | |||', '| 完成路灯改造300盏。 | 改造312盏。 | |||']],
    ['merged cells repeated once per column', ['| 年度总体目标 | 预期目标 | 预期目标 | 实际完成情况 | 实际完成情况 |', '| 年度总体目标 | 完成路灯改造300盏。 | 完成路灯改造300盏。 | 改造312盏。 | 改造312盏。 |']],
    ['headings of another wording (年初设定目标 / 全年实际完成情况)', ['年度总体目标\t年初设定目标\t\t全年实际完成情况', '\t完成路灯改造300盏。\t\t改造312盏。']],
    ['a result heading that names the block (年度总体目标完成情况)', ['年度总体目标\t年初设定目标\t年度总体目标完成情况', '\t完成路灯改造300盏。\t改造312盏。']],
    ['a result heading that says it is a summary (年度总体目标完成情况综述)', ['年度总体目标 | 年初设定目标 | 年度总体目标完成情况综述 | ||||', '完成路灯改造300盏。 | 改造312盏。 | |||||']],
    ['one cell per line', ['年度总体目标', '', '预期目标', '', '实际完成情况', '', '完成路灯改造300盏。', '', '改造312盏。', '绩效指标']],
    ['one cell per line with a page’s trailing pipes (项目年度目标 / 年度目标完成情况)', ['1.项目年度目标完成情况 |', '项目年度目标 |', '年度目标完成情况 |', '完成路灯改造300盏。 |', '改造312盏。 |', '2.项目实施内容及过程概述 |']],
    ['the Sichuan heading row after 项目基本情况', ['项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||', '完成路灯改造300盏。 | 改造312盏。 | |||']],
    ['a fixed-width dump, wrapped texts under their headings', ['年度总体目标        预期目标                      实际完成情况', '                    完成路灯改造300盏，更新        改造312盏，更新', '                    灯杆40根。                     灯杆42根。']],
    ['single spaces', ['年度总体目标 预期目标 实际完成情况', '完成路灯改造300盏。 改造312盏。', '绩效指标 一级指标 二级指标']],
    ['a system’s print of single spaces, no block label (年度目标 / 年度目标完成情况)', ['年度目标 年度目标完成情况    ', '完成路灯改造300盏。 改造312盏。    ', '一级指标 二级指标 三级指标']],
    ['a system’s print of single spaces (预期目标 / 实际完成情况 alone)', ['预期目标 实际完成情况', '完成路灯改造300盏。 改造312盏。']],
    ['a whole table on one line', ['项目名称 路灯 年度总体目标 预期目标 实际完成情况 完成路灯改造300盏。 改造312盏。 绩效指标 一级指标 二级指标 三级指标']],
    ['the label cut by a page between the headings and the texts (a PDF of a Word table)', ['年度总体\t预期目标\t\t实际完成情况', '', '目标\t完成路灯改造300盏。\t\t改造312盏。']],
    ['the label cut over three rows, its pieces beside the headings and the texts', ['年度\t预期目标\t实际完成情况', '总体\t完成路灯改造300盏。\t改造312盏。', '目标']],
    ['a table run together without spaces (a space elsewhere on the line)', ['附件 某县城管局 项目名称路灯年度总体目标年初设定目标年度总体目标完成情况综述完成路灯改造300盏。改造312盏。绩效指标一级指标二级指标']],
  ])('reads %s', (_case, lines) => {
    const { goal, result } = blockOf(lines);
    expect(goal?.replace(/，更新灯杆\d+根/, '')).toBe('完成路灯改造300盏。');
    expect(result?.replace(/，更新灯杆\d+根/, '')).toBe('改造312盏。');
  });

  it('keeps wrapped lines with their own column', () => {
    expect(blockOf(['年度总体目标        预期目标                      实际完成情况', '                    完成路灯改造300盏，更新        改造312盏，更新', '                    灯杆40根。                     灯杆42根。'])).toEqual({
      goal: '完成路灯改造300盏，更新灯杆40根。',
      result: '改造312盏，更新灯杆42根。',
    });
  });

  it('matches texts to three headings one per line (年初 / 调整 / 完成情况)', () => {
    expect(blockOf(['当年绩效目标', '年初绩效目标', '全年（调整）绩效目标', '全年目标实际完成情况', '开放场馆3处。', '无', '开放场馆3处，活动160场。'])).toEqual({
      goal: '开放场馆3处。',
      result: '开放场馆3处，活动160场。',
    });
  });

  it('leaves a template’s hint out and reads the goal alone', () => {
    expect(blockOf(['项目年度目标 |', '年度目标完成情况 |', '保障机关正常运转。 |', '对照年度目标，说明相关任务目标的完成情况(100字以内) |'])).toEqual({ goal: '保障机关正常运转。', result: null });
  });

  it('reads neither text of a table run together whose goal ends in no sentence (nothing tells where the result begins)', () => {
    expect(blockOf(['项目名称路灯年度总体目标年初设定目标年度总体目标完成情况完成路灯改造300盏改造312盏一级指标二级指标'])).toEqual({ goal: null, result: null });
  });

  it('reads no block where there is none', () => {
    expect(blockOf(['项目名称\t路灯改造', '主管部门\t城管局'])).toEqual({ goal: null, result: null });
  });

  it('leaves the funds written after the block (Sichuan) outside it', () => {
    const lines = ['项目年度目标 | 年度目标完成情况 |', '完成路灯改造。 | 改造312盏。 |', '预算执行情况(10分) | 年初预算 |', '总额 | 120 |'];
    const rows = readTableRows(lines);
    const outside = rowsOutsideBlock(rows, readOverallBlock(rows, lines));
    expect(outside.map((row) => row.cells[0])).toEqual(['预算执行情况(10分)', '总额']);
  });

  it.each([
    ['cut at the sentence end inside the run', '年初设定目标年度总体目标完成情况综述完成路灯改造300盏，更新灯杆。已改造312盏。', { goal: '完成路灯改造300盏，更新灯杆。', result: '已改造312盏。' }],
    ['cut where the result opens (已)', '预期目标实际完成情况完成路灯改造300盏已改造312盏', { goal: '完成路灯改造300盏', result: '已改造312盏' }],
    ['not cut where the run shows no cut', '年初设定目标年度总体目标完成情况完成路灯改造，保障夜间照明路灯全部改造到位，夜间照明正常', { goal: null, result: null }],
  ])('reads a block run together with no separator: %s', (_case, texts, expected) => {
    const line = `项目名称路灯改造年度资金总额120年度总体目标${texts}绩效指标一级指标二级指标三级指标分值`;
    expect(blockOf([line])).toEqual(expected);
  });

  it.each([
    ['a goal under its label', ['年度总体目标', '完成路灯改造300盏。', '完成路灯改造300盏。', '完成路灯改造300盏。', '绩效指标'], { goal: '完成路灯改造300盏。', result: null }],
    ['goal and result under their headings', ['年度总体目标', '预期目标', '预期目标', '实际完成情况', '实际完成情况', '完成路灯改造300盏。', '完成路灯改造300盏。', '改造312盏。', '改造312盏。'], { goal: '完成路灯改造300盏。', result: '改造312盏。' }],
    ['goal and result that say the same', ['年度总体目标', '预期目标', '实际完成情况', '完成路灯改造300盏。', '完成路灯改造300盏。'], { goal: '完成路灯改造300盏。', result: '完成路灯改造300盏。' }],
  ])('reads merged cells repeated once per column, one cell per line, once: %s', (_case, lines, expected) => {
    expect(blockOf(lines)).toEqual(expected);
  });
});

describe('readUnheadedTexts (goal and result in the label’s row, no headings, run together)', () => {
  const lineOf = (texts: string) => `项目名称路灯改造年度资金总额：120其他资金     年度总体目标${texts}绩效指标一级指标二级指标三级指标分值`;

  it.each([
    ['cut where the result opens with the goal it answers', '完成城区路灯改造，保障夜间照明按照年初设定目标，改造路灯312盏', { overallGoal: '完成城区路灯改造，保障夜间照明', overallResult: '按照年初设定目标，改造路灯312盏' }],
    ['cut at the one sentence end', '完成城区路灯改造300盏。改造路灯312盏，夜间照明正常', { overallGoal: '完成城区路灯改造300盏。', overallResult: '改造路灯312盏，夜间照明正常' }],
    ['not cut where the run shows no cut', '完成城区路灯改造，保障夜间照明改造路灯312盏，夜间照明正常', null],
    // Headings after the label: readOverallBlock reads the block.
    ['left to the block reader when headings follow', '预期目标实际完成情况完成城区路灯改造已改造312盏', null],
    // One numbered list is one cell: the goal, its result left unwritten (a Ningxia 自评表).
    ['read as the goal alone when it is one numbered list', '一是改造路灯300盏;二是更换灯杆40根', { overallGoal: '一是改造路灯300盏;二是更换灯杆40根', overallResult: null }],
  ])('%s', (_case, texts, expected) => {
    expect(readUnheadedTexts(lineOf(texts))).toEqual(expected);
  });

  it('reads nothing without the indicator part after the texts', () => {
    expect(readUnheadedTexts('年度总体目标完成城区路灯改造。已改造312盏。')).toBeNull();
  });

  // A page's text of the same table with every cell parted by one space.
  const spacedLineOf = (texts: string) => `项目名称 路灯改造 年度资金总额： 120 其他资金 年度总体目标 ${texts} 绩效指标 一级指标 二级指标 三级指标 分值`;

  it.each([
    ['two texts: the goal, then the result', '完成城区路灯改造，保障夜间照明 改造路灯312盏，夜间照明正常', { overallGoal: '完成城区路灯改造，保障夜间照明', overallResult: '改造路灯312盏，夜间照明正常' }],
    ['one text: no cut shown', '完成城区路灯改造，保障夜间照明', null],
    ['three texts: no cut shown', '完成城区路灯改造 保障夜间照明 改造路灯312盏', null],
    ['headings after the label: left to the block reader', '预期目标 实际完成情况', null],
  ])('with single spaces, %s', (_case, texts, expected) => {
    expect(readUnheadedTexts(spacedLineOf(texts))).toEqual(expected);
  });
});

describe('a self-evaluation label row holding goal and result side by side, no headings', () => {
  const rows = ['年度总体目标\t完成城区路灯改造，保障夜间照明\t改造路灯312盏，夜间照明正常', '绩效指标\t一级指标\t二级指标'];

  it('reads the second text as the result in a self-evaluation', () => {
    const block = readOverallBlock(readTableRows(rows), rows, { isResultBeside: true });
    expect([block.overallGoal, block.overallResult]).toEqual(['完成城区路灯改造，保障夜间照明', '改造路灯312盏，夜间照明正常']);
  });

  it('keeps both texts the goal elsewhere (a target table’s goal may take two cells)', () => {
    expect(blockOf(rows)).toEqual({ goal: '完成城区路灯改造，保障夜间照明改造路灯312盏，夜间照明正常', result: null });
  });
});

describe('the block’s label beside its headings', () => {
  it('heads no column: 年度总体目标完成情况 | 预期目标 | 目标实际完成情况 over the goal and the result', () => {
    expect(blockOf(['年度总体目标完成情况\t预期目标\t\t目标实际完成情况', '\t目标1:完成河道保洁。\t\t目标1完成情况:已完成。'])).toEqual({ goal: '目标1:完成河道保洁。', result: '目标1完成情况:已完成。' });
  });
});

describe('numbered goals, then each goal’s result, under spaced headings', () => {
  const lines = ['预期目标 目标实际完成情况', '', ' 目标1:完成河道保洁;', ' 目标2:完成汛前清淤。', '', ' 目标1完成情况:已完成。', '目标2完成情况:基本完成。'];

  it('reads the 完成情况 items as the result', () => {
    expect(blockOf(lines)).toEqual({ goal: '目标1:完成河道保洁;目标2:完成汛前清淤。', result: '目标1完成情况:已完成。目标2完成情况:基本完成。' });
  });

  it('leaves texts that are not all such items as the goal', () => {
    const mixed = lines.map((line) => line.replace('目标2:完成汛前清淤。', '另做好汛前清淤。'));
    expect(blockOf(mixed).result).toBeNull();
  });
});

describe('a line of headings only with single spaces', () => {
  it.each([
    ['a goal heading alone', ['年度目标', '完成路灯改造300盏。']],
    ['a line of a heading and another word', ['年度目标 路灯改造', '完成路灯改造300盏。 改造312盏。']],
    ['two result headings', ['年度目标完成情况 实际完成情况', '完成路灯改造300盏。 改造312盏。']],
  ])('opens no block: %s', (_case, lines) => {
    expect(blockOf(lines).result).toBeNull();
  });
});
