import { describe, expect, it } from 'vitest';
import { joinUnitLabelledAmounts } from './report-cell-pairs.ts';

describe('joinUnitLabelledAmounts (a money label and its amount on two cell lines)', () => {
  it.each([
    [['实际支出(万元)', '216.80'], ['实际支出216.80万元', '']],
    [['实际支出（万元）：', '', '1,216.80'], ['实际支出1,216.80万元', '', '']],
    [['全年执行数(元)', '2168000'], ['全年执行数2168000元', '']],
  ])('joins %j', (lines, joined) => {
    expect(joinUnitLabelledAmounts(lines)).toEqual(joined);
  });

  it.each([
    // Two column heads side by side, then their rows: which amount is whose is not said.
    [['计划安排资金(万元)', '实际到位资金(万元)', '其中:中央财政', '120.00']],
    // A label without its unit, a value that is text or a rate, a sentence.
    [['其中:中央财政', '120.00']],
    [['实际支出(万元)', '详见附表']],
    [['执行率(%)', '96.5']],
    [['本年实际支出(万元)情况如下', '216.80']],
  ])('leaves %j alone', (lines) => {
    expect(joinUnitLabelledAmounts(lines)).toEqual(lines);
  });
});
