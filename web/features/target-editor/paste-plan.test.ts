import { describe, expect, it } from 'vitest';
import { parseClipboardGrid } from './clipboard-grid.ts';
import { joinValueText, planPaste, readPastedRows } from './paste-plan.ts';

const plan = (text: string) => planPaste(parseClipboardGrid(text));

describe('planPaste', () => {
  it('reads a header row named with the column vocabulary and leaves unknown columns out', () => {
    const result = plan('一级指标\t二级指标\t三级指标\t年度指标值\t备注\t分值（分）\r\n产出指标\t数量指标\t培训场次\t≥6场\t无\t10\r\n');
    expect(result.hasHeader).toBe(true);
    expect(result.columns).toEqual(['level1', 'level2', 'name', 'target', null, 'weight']);
    expect(result.rows).toEqual([['产出指标', '数量指标', '培训场次', '≥6场', '无', '10']]);
  });

  it('takes Sichuan-style split headers (指标性质 | 指标值 | 度量单位)', () => {
    const result = plan('三级指标\t指标性质\t指标值\t度量单位\r\n巡查次数\t≥\t12\t次\r\n');
    expect(result.columns).toEqual(['name', 'operator', 'target', 'unit']);
  });

  it('does not take one header-like word in a data row for a header', () => {
    const result = plan('产出指标\t数量指标\t单位\t≥3个\r\n');
    expect(result.hasHeader).toBe(false);
  });

  it('guesses columns of a block without header from the cells', () => {
    const result = plan('产出指标\t数量指标\t培训场次\t≥6\t场\t10\r\n\t质量指标\t合格率\t≥95\t%\t10分\r\n');
    expect(result.hasHeader).toBe(false);
    expect(result.columns).toEqual(['level1', 'level2', 'name', 'target', 'unit', 'weight']);
  });

  it('guesses 三级指标 then 指标值 for two text columns', () => {
    expect(plan('培训场次\t≥6场\r\n合格率\t≥95%\r\n').columns).toEqual(['name', 'target']);
  });

  it('drops empty rows and pads ragged rows', () => {
    const result = plan('a\tb\tc\r\n\t\t\r\nd\r\n');
    expect(result.rows).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
  });

  it('keeps the first column when two name the same role', () => {
    expect(plan('三级指标\t年初指标值\t指标值\r\nx\t1\t2\r\n').columns).toEqual(['name', null, 'target']);
  });
});

describe('readPastedRows', () => {
  it('continues merged 一级/二级 into the blank cells below them', () => {
    const rows = readPastedRows(
      plan('产出指标\t数量指标\t培训场次\t≥6场\r\n\t\t培训人次\t≥300人次\r\n\t质量\t合格率\t≥95%\r\n效益\t社会效益指标\t知晓率\t≥90%\r\n'),
    );
    expect(rows.map((row) => [row.level1, row.level2, row.name])).toEqual([
      ['产出指标', '数量指标', '培训场次'],
      ['产出指标', '数量指标', '培训人次'],
      ['产出指标', '质量指标', '合格率'],
      ['效益指标', '社会效益指标', '知晓率'],
    ]);
  });

  it('starts from the row above the paste when the block begins under a merged cell', () => {
    const rows = readPastedRows(plan('一级指标\t二级指标\t三级指标\t指标值\r\n\t\t培训人次\t≥300人次\r\n\t\t合格率\t≥95%\r\n'), {
      level1: '产出指标',
      level2: '数量指标',
    });
    expect(rows[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '培训人次' });
  });

  it('leaves fields of unmapped columns out, so pasting over a row keeps them', () => {
    const rows = readPastedRows(plan('培训场次\t≥6场\r\n'));
    expect(rows).toEqual([{ name: '培训场次', valueText: '≥6场' }]);
  });

  it('reads 分值 as a number and an unreadable 分值 as empty', () => {
    const rows = readPastedRows(plan('三级指标\t分值\r\na\t10分\r\nb\t十分\r\n'));
    expect(rows.map((row) => row.weight)).toEqual(['10', null]);
  });
});

describe('joinValueText', () => {
  const cases: Array<[string, string, string, string]> = [
    ['≥', '95', '%', '≥95%'],
    ['', '≥95%', '%', '≥95%'],
    ['≥', '≥95', '', '≥95'],
    ['', '', '次', ''],
    ['定性', '好', '', '好'],
    ['＝', '100', '%', '=100%'],
  ];
  for (const [operator, target, unit, expected] of cases) {
    it(`joins "${operator}" "${target}" "${unit}" as "${expected}"`, () => {
      expect(joinValueText(operator, target, unit)).toBe(expected);
    });
  }
});
