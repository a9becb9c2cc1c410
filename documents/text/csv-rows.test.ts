import { describe, expect, it } from 'vitest';
import { csvToTabRows, isCsvDump } from './csv-rows.ts';
import { splitLines } from './normalize.ts';

const table = [
  '"一级指标","二级指标","三级指标","年度指标值","分值","得分"',
  '"产出指标","数量指标","巡查河道里程","≥1,200公里",10,100',
  ',,"开展河长制',
  '宣传活动","≥6场",10,9',
  '"总分",,,,20,19',
].join('\n');

describe('CSV dumps of spreadsheets', () => {
  it('are recognised by their comma rows with quoted cells', () => {
    expect(isCsvDump(table)).toBe(true);
  });

  it('are recognised inside the frame of a web page', () => {
    const framed = ['首页 > 政务公开 > 预算绩效', '发布时间：2024-06-18', '', table, '', '注：1.本表由单位填报。', '2.定性指标按等级填写。', '【打印本页】', '主办单位：某县人民政府', '网站标识码：0000'].join('\n');
    expect(isCsvDump(framed)).toBe(true);
  });

  it('leave prose with commas, tab dumps and single number lists alone', () => {
    expect(isCsvDump('本年收入1,234.50万元,支出1,200.00万元,结余34.50万元。\n其中,基本支出,项目支出。')).toBe(false);
    expect(isCsvDump(table.replace(/,/g, '\t'))).toBe(false);
    expect(isCsvDump('1,2,3\n4,5,6\n7,8,9')).toBe(false);
  });

  it('become tab rows on the lines where they start, a quoted break joined and its line left blank', () => {
    expect(csvToTabRows(table).split('\n')).toEqual([
      '一级指标\t二级指标\t三级指标\t年度指标值\t分值\t得分',
      '产出指标\t数量指标\t巡查河道里程\t≥1,200公里\t10\t100',
      '\t\t开展河长制宣传活动\t≥6场\t10\t9',
      '',
      '总分\t\t\t\t20\t19',
    ]);
  });

  it('keep a separate 分值 and 得分 apart where a comma row would have joined them as one number', () => {
    const lines = splitLines(table);
    expect(lines[1]?.split('\t').slice(-2)).toEqual(['10', '100']);
    expect(lines[1]?.split('\t')[3]).toBe('≥1200公里');
  });

  it('start a new row where a page ran two rows together after a closing quote', () => {
    const runTogether = ['"项目","考核指标","权数","得分" "产出指标","巡查里程",10,9', '"一","二","三"', '"四","五","六"'].join('\n');
    expect(csvToTabRows(runTogether).split('\n').slice(0, 2)).toEqual(['项目\t考核指标\t权数\t得分', '产出指标\t巡查里程\t10\t9']);
  });

  it.each([
    ['two rows', ['"产出指标","数量指标","巡查里程","20","20", ,"质量指标","问题整改率","10","9",'], [['产出指标', '数量指标', '巡查里程', '20', '20'], ['', '质量指标', '问题整改率', '10', '9']]],
    [
      'three rows, one under merged 一级 and 二级',
      ['"产出指标","数量指标","巡查里程","20","20", ,"质量指标","问题整改率","10","9", ,,"验收合格率","10","10",'],
      [['产出指标', '数量指标', '巡查里程', '20', '20'], ['', '质量指标', '问题整改率', '10', '9'], ['', '', '验收合格率', '10', '10']],
    ],
  ])('cut a record a page joined with a space between an empty last and an empty first cell at the sheet\'s width: %s', (_, joined, rows) => {
    const sheet = ['"一级指标","二级指标","三级指标","分值","得分","备注"', ...joined, '"效益指标","社会效益指标","群众知晓率","20","18","宣传不足"', '"总分",,,"50","47",'];
    const tabRows = csvToTabRows(sheet.join('\n')).split('\n').filter((line) => line !== '');
    expect(tabRows.slice(1, 1 + rows.length).map((line) => line.split('\t'))).toEqual(rows);
    expect(tabRows.at(-1)).toBe('总分\t\t\t50\t47');
  });

  it('keep a cell of spaces inside a row of the sheet\'s width an empty cell', () => {
    const sheet = ['"一级指标","二级指标","三级指标","分值","得分","备注"', '"产出指标", ,"巡查里程","20","20",""', '"产出指标","数量指标","验收合格率","10","10",""'];
    expect(csvToTabRows(sheet.join('\n')).split('\n')[1]).toBe('产出指标\t\t巡查里程\t20\t20');
  });

  it('read doubled quotes inside a quoted cell as one quote', () => {
    const quoted = ['"名称","说明","值"', '"甲","称""优""","1"', '"乙","丙","2"'].join('\n');
    expect(csvToTabRows(quoted).split('\n')[1]).toBe('甲\t称"优"\t1');
  });
});
