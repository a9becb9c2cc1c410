import { describe, expect, it } from 'vitest';
import { readRunTogetherFunds } from './run-together-funds.ts';
import { splitLines } from './normalize.ts';

describe('readRunTogetherFunds', () => {
  it('reads the one figure a page wrote after the first column label, the other columns left empty', () => {
    const rows = readRunTogetherFunds('资金情况(万元)年度资金总额全年预算数(A)240全年执行数(B)执行率(B/A)其中中央补助自治区补助240万元', 2);
    expect(rows?.[0]?.cells.slice(1)).toEqual(['全年预算数(A)', '全年执行数(B)', '执行率(B/A)']);
    expect(rows?.[1]?.cells).toEqual(['年度资金总额', '240', '', '']);
  });

  it.each([
    ['a figure after a later label only', '年度资金总额全年预算数(A)全年执行数(B)228.6执行率(B/A)其中'],
    ['a rate after the first label', '年度资金总额全年预算数(A)95%全年执行数(B)执行率(B/A)'],
    ['one label after the figure', '年度资金总额全年预算数(A)240全年执行数(B)其中'],
    ['no total row label before it', '资金情况全年预算数(A)240全年执行数(B)执行率(B/A)'],
  ])('reads no figure after a label from %s', (_case, text) => {
    expect(readRunTogetherFunds(text, 1)).toBeNull();
  });

  it('cuts the total row so that 执行数 ÷ 预算数 is the written 执行率', () => {
    const rows = readRunTogetherFunds('资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:363610100.00%10其中:本年财政拨款', 3);
    expect(rows?.[1]?.cells).toEqual(['年度资金总额', '36', '36', '10', '100.00%', '10']);
    expect(rows?.[0]?.cells.slice(1)).toEqual(['全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分']);
  });

  it('reads amounts with decimals and a rate under 100 %', () => {
    const rows = readRunTogetherFunds('年初预算数全年预算数全年执行数分值执行率得分年度资金总额：120.00150.00135.001090.00%9', 1);
    expect(rows?.[1]?.cells).toEqual(['年度资金总额', '120.00', '150.00', '135.00', '10', '90.00%', '9']);
  });

  it('takes the cells as the spaces bound them when the line keeps them, even where a cut of the digits would be ambiguous', () => {
    // Run together, "9089.9789.9710100%10" also cuts as 908 / 9.978 / 9.97 (99.9 %, rounded to 100 %).
    const line = '项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 90 89.97 89.97 10 100% 10 其中:本年财政拨款 90 89.97 89.97';
    expect(readRunTogetherFunds(line, 1)?.[1]?.cells).toEqual(['年度资金总额', '90', '89.97', '89.97', '10', '100%', '10']);
    expect(readRunTogetherFunds(line.replace(/ (?=[\d其])/g, ''), 1)).toBeNull();
  });

  it('reads a spaced row as written, a rate that disagrees or one without its sign included, and nothing when a cell is missing', () => {
    const header = '全年预算数 全年执行数 分值 执行率 得分 年度资金总额：';
    expect(readRunTogetherFunds(`${header} 50 40 10 90% 9`, 1)?.[1]?.cells).toEqual(['年度资金总额', '50', '40', '10', '90%', '9']);
    expect(readRunTogetherFunds(`${header} 0 0 10 0 0 其中：财政拨款`, 1)?.[1]?.cells).toEqual(['年度资金总额', '0', '0', '10', '0%', '0']);
    expect(readRunTogetherFunds(`${header} 1,250.5 1,000 10 79.97% 8`, 1)?.[1]?.cells).toEqual(['年度资金总额', '1250.5', '1000', '10', '79.97%', '8']);
    expect(readRunTogetherFunds(`${header} 50 40 10 9 其中：财政拨款`, 1)).toBeNull();
    expect(readRunTogetherFunds(`${header} 50 40 10 80% 120`, 1)).toBeNull();
  });

  it.each([
    ['a 分值 of one digit after an amount with three decimals', '90 89.974 5 99.97% 5', ['90', '89.974', '5', '99.97%', '5']],
    ['an 执行数 of one digit after a budget with three decimals', '9.125 9 10 98.63% 9.86', ['9.125', '9', '10', '98.63%', '9.86']],
  ])('reads a spaced row whose one-digit cell normalising took for a fourth decimal: %s', (_, values, cells) => {
    const line = splitLines(`全年预算数 全年执行数 分值 执行率 得分 年度资金总额 ${values} 其中：财政拨款`)[0] as string;
    expect(readRunTogetherFunds(line, 1)?.[1]?.cells).toEqual(['年度资金总额', ...cells]);
  });

  it('reads nothing when the split back does not agree with the written rate, or a row one short has no four decimals to split', () => {
    const read = (values: string): unknown => readRunTogetherFunds(splitLines(`全年预算数 全年执行数 分值 执行率 得分 年度资金总额 ${values}`)[0] as string, 1);
    expect(read('90 89.974 5 80% 5')).toBeNull();
    expect(read('90 89.97 99.97% 5')).toBeNull();
  });

  it('reads the part rows the spaced line writes after its total row, each label with its figures', () => {
    const line = '年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 64 63.8 63.8 - - 上年结转资金 其他资金 5 5 4 年度总体目标 预期目标';
    const rows = readRunTogetherFunds(line, 1);
    expect(rows?.[1]?.cells).toEqual(['年度资金总额', '0', '0', '0', '10', '0%', '0']);
    expect(rows?.slice(2).map((row) => row.cells)).toEqual([
      ['其中:本年财政拨款', '64', '63.8', '63.8', '-', '-'],
      ['其他资金', '5', '5', '4'],
    ]);
  });

  it('reads no part row where the line ends the funds block after the total (or runs it together)', () => {
    const header = '全年预算数 全年执行数 分值 执行率 得分 年度资金总额：';
    expect(readRunTogetherFunds(`${header} 50 40 10 80% 8 年度总体目标 其他资金 5`, 1)?.slice(2)).toEqual([]);
  });

  it('cuts a part row of integers glued only where one cut alone keeps each within its total', () => {
    const header = '全年预算数全年执行数分值执行率得分年度资金总额:363610100.00%10其中:本年财政拨款';
    // 3636 as one amount exceeds the total of 36: 36 | 36 is the one cut within both totals.
    expect(readRunTogetherFunds(`${header}3636`, 1)?.slice(2).map((row) => row.cells)).toEqual([['其中:本年财政拨款', '36', '36']]);
  });

  it('reads the total row after the block\'s own name written between the header and the row', () => {
    const line = '年初预算数 全年预算数 全年执行数 分值 执行率 得分 预算申请（万元） 年度资金总额 300 300 240 10 80.00% 8 按收入性质分：';
    expect(readRunTogetherFunds(line, 1)?.[1]?.cells).toEqual(['年度资金总额', '300', '300', '240', '10', '80.00%', '8']);
    expect(readRunTogetherFunds(line.replace('预算申请（万元）', '预算申请2025（万元）'), 1)).toBeNull();
  });

  it('reads a spaced row whose 得分 was left unfilled, its last figure glued to the table after it', () => {
    const line = '项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分年度资金总额 48.60 48.60 47.12 10 96.95%一级指标二级指标三级指标';
    expect(readRunTogetherFunds(line, 1)?.[1]?.cells).toEqual(['年度资金总额', '48.60', '48.60', '47.12', '10', '96.95%', '']);
    // Filled, the 得分 is read as before; two figures short is no row.
    expect(readRunTogetherFunds(line.replace('96.95%一级', '96.95% 9.7一级'), 1)?.[1]?.cells).toEqual(['年度资金总额', '48.60', '48.60', '47.12', '10', '96.95%', '9.7']);
    expect(readRunTogetherFunds(line.replace(' 10 96.95%', '96.95%'), 1)).toBeNull();
  });

  it('reads nothing without a rate to check the cut, or when two cuts agree', () => {
    expect(readRunTogetherFunds('全年预算数全年执行数分值得分年度资金总额:36361010', 1)).toBeNull();
    expect(readRunTogetherFunds('全年预算数全年执行数执行率年度资金总额:1111100%', 1)).toBeNull();
    expect(readRunTogetherFunds('项目名称柏溪县农业用水计量设施建设', 1)).toBeNull();
  });
});
