import { describe, expect, it } from 'vitest';
import { unwrapLines } from './unwrap-lines.ts';

const wrapped = [
  '示范县某局2023年度某某项目支出绩效自评报告',
  '一、项目基本情况',
  '该项目年初预算数为236.80万元，年中根据汛期排查需要追加',
  '预算18.20万元，全年预算数为255.00万元，全年执行数为249.63',
  '万元，预算执行率为97.89%。',
  '二、绩效目标完成情况',
  '全年完成隐患点专业监测168处，落实群测群防员192名，开',
  '展汛期应急排查3轮，成功预警地质灾害险情2起，未发生人员伤',
  '亡。',
];

describe('unwrapLines (paragraphs wrapped at the page width)', () => {
  it('joins each wrapped line to the line it continues, leaving empty lines so line numbers stay', () => {
    const lines = unwrapLines(wrapped);
    expect(lines).toHaveLength(wrapped.length);
    expect(lines[2]).toBe(
      '该项目年初预算数为236.80万元，年中根据汛期排查需要追加预算18.20万元，全年预算数为255.00万元，全年执行数为249.63万元，预算执行率为97.89%。',
    );
    expect(lines.slice(3, 5)).toEqual(['', '']);
    expect(lines[5]).toBe('二、绩效目标完成情况');
  });

  it('never joins a heading to the line before it', () => {
    expect(unwrapLines(wrapped)[1]).toBe('一、项目基本情况');
  });

  it('gives the lines as they are when the text has one paragraph per line', () => {
    const lines = [
      '某局2023年度项目支出绩效自评报告',
      '一、基本情况',
      '年初预算数为120万元，全年执行数为118万元。',
      '二、存在的问题',
      '无。',
    ];
    expect(unwrapLines(lines)).toEqual(lines);
  });

  it('leaves table lines alone', () => {
    const lines = [...wrapped, '资金来源\t年初预算数\t全年预算数', '合计\t185.00\t198.40'];
    expect(unwrapLines(lines).slice(-2)).toEqual(lines.slice(-2));
  });

  it('joins a line ending in a figure’s label to the figure opening the next line', () => {
    const lines = [
      '某局2023年度项目支出绩效自评报告',
      '一、基本情况',
      '经自评，本项目自评得分',
      '90 分，等级为优。',
      '全年预算数为',
      '2023年度安排的资金。',
      '主要用于以下支出',
      '1、人员培训。',
    ];
    const joined = unwrapLines(lines);
    expect(joined[2]).toBe('经自评，本项目自评得分90分，等级为优。');
    expect(joined[3]).toBe('');
    // A year opens a sentence, not a figure.
    expect(joined[4]).toBe('全年预算数为');
    // An item opens its own line.
    expect(joined[6]).toBe('主要用于以下支出');
  });
});
