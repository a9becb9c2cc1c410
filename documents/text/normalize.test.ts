import { describe, expect, it } from 'vitest';
import { joinNumbers, normalizeLine, splitLines, splitLinesWithSources } from './normalize.ts';
import { hasTraditionalCharacters, stripPinyinGlosses, toSimplified } from './traditional.ts';

describe('splitLines', () => {
  it.each([
    ['部門整體支出績效自評表', '部门整体支出绩效自评表'],
    ['單位名稱：示範縣文化館', '单位名称：示范县文化馆'],
    ['項(xiàng)目名稱', '项目名称'],
    ['績(jì)效(xiào)目標(biāo)表', '绩效目标表'],
    ['金額單位：萬元', '金额单位：万元'],
    ['部门整体支出绩效目标表', '部门整体支出绩效目标表'],
  ])('reads %j as %j', (text, expected) => {
    expect(splitLines(text)).toEqual([expected]);
  });

  it('keeps simplified text as it is, line by line', () => {
    expect(splitLines('项目名称\t示范工程\r\n主管部门：示范局')).toEqual([
      '项目名称\t示范工程',
      '主管部门：示范局',
    ]);
  });

  it('names the lines pdftotext’s form feed opened, the feed itself taken out of the text', () => {
    const { lines, pageStarts } = splitLinesWithSources('一级指标  二级指标\n产出指标  数量指标\n\f          质量指标\n效益指标\n\f');
    expect(lines).toEqual(['一级指标  二级指标', '产出指标  数量指标', '          质量指标', '效益指标', '']);
    expect(pageStarts).toEqual([2, 4]);
  });
});

describe('normalizeLine', () => {
  it.each([
    ['ＡＢＣ１２３', 'ABC123'],
    ['≥９５．５％', '≥95.5%'],
    ['＜＝１０', '≤10'],
    ['>=90%', '≥90%'],
    ['&gt;=5个', '≥5个'],
    ['≧３天', '≥3天'],
    ['合计 876.557 6 100%\u3000', '合计 876.5576 100%'],
    ['１．项目概况', '1．项目概况'],
    ['部门（单位）名称：', '部门（单位）名称：'],
    ['资金总额1,234,567.89元', '资金总额1234567.89元'],
    ['分别为1,2,3项', '分别为1,2,3项'],
    ['支出968.191 8万元', '支出968.1918万元'],
    ['执行率95.6 2%', '执行率95.62%'],
    ['全年预算数\t8016.0 9\t8016.09', '全年预算数\t8016.0 9\t8016.09'],
    ['得分 95.5 5', '得分 95.5 5'],
    ['基本支出 612.557 6 69.9%', '基本支出 612.5576 69.9%'],
    ['合计 876.557 6', '合计 876.5576'],
    ['比率 12.345 10.5', '比率 12.345 10.5'],
    ['年度资金总额: 90 89.974 89.974 10 100% 10', '年度资金总额: 90 89.974 89.974 10 100% 10'],
    ['１，２３４．５６元', '1，234.56元'],
  ])('normalises %j to %j', (line, expected) => {
    expect(normalizeLine(line)).toBe(expected);
  });
});

describe('joinNumbers', () => {
  it('joins thousands groups only when every group has three digits', () => {
    expect(joinNumbers('12,345 与 1,23')).toBe('12345 与 1,23');
  });

  it.each([
    ['合计      1,234.50    2,000.00  95 %      10', '合计      1234.50     2000.00   95%       10'],
    ['≥90 %        95 %        10', '≥90%         95%         10'],
  ])('keeps a fixed-width line\'s columns where it joins a number before a gap: %s', (line, joined) => {
    expect(joinNumbers(line)).toBe(joined);
    // Every figure after the joined ones starts where it started.
    expect(joined.lastIndexOf('10')).toBe(line.lastIndexOf('10'));
  });

  it('joins a number followed by one space or text without padding it: 1,234 元 and 95 %）', () => {
    expect(joinNumbers('金额 1,234 元，比率 95 %）')).toBe('金额 1234 元，比率 95%）');
  });

  it.each([
    ['年度资金总额: 56 56 55.8 10 99.64 % 9.96', '年度资金总额: 56 56 55.8 10 99.64% 9.96'],
    ['满意度\t≥90 %\t93 %', '满意度\t≥90%\t93%'],
    // (A fixed-width line keeps the columns after the number: the gap takes the space back.)
    ['执行率    97 %    9.7', '执行率    97%     9.7'],
    ['年度资金总额860.00860.00301.0035.00 %845.00一级指标', '年度资金总额860.00860.00301.0035.00%845.00一级指标'],
    ['合格率=100 %100 %确定能', '合格率=100%100%确定能'],
  ])('joins a % set apart from its number: %s', (line, joined) => {
    expect(joinNumbers(line)).toBe(joined);
  });

  it.each([
    ['项目总额 968.191 8万元', '项目总额 968.1918万元'],
    ['执行率 99.6 4%', '执行率 99.64%'],
    ['年度资金总额 86.40 86.40 86.40 100%', '年度资金总额 86.40 86.40 86.40 100%'],
    ['全年执行数 12.5 90%', '全年执行数 12.5 90%'],
    ['预算 1.2345 6万元', '预算 1.2345 6万元'],
  ])('joins decimals split before their unit only while they stay as many as the unit is written with: %s', (line, joined) => {
    expect(joinNumbers(line)).toBe(joined);
  });

  it.each(['监测数据上报及时率 正向 = 100 % 10', '草原综合植被盖度 正向 ≥ 45 % 15', '达标率 ≥45    %'])(
    'keeps the % of a unit column after a comparison sign standing alone: %s',
    (line) => {
      expect(joinNumbers(line)).toBe(line);
    },
  );
});

describe('traditional characters', () => {
  it('tells traditional text from simplified text', () => {
    expect(hasTraditionalCharacters('預算執行率')).toBe(true);
    expect(hasTraditionalCharacters('预算执行率')).toBe(false);
  });

  it('returns simplified text untouched', () => {
    const text = '预算执行率（%）';
    expect(toSimplified(text)).toBe(text);
  });

  it('strips only glosses with a tone mark', () => {
    expect(stripPinyinGlosses('項(xiàng)目(a)（km）')).toBe('項目(a)（km）');
  });
});
