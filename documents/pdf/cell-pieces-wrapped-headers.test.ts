import { describe, expect, it } from 'vitest';
import { proportionalItem } from './lattice-testing.ts';
import { pdfPageLines } from './read-pdf.ts';

/** A text item as pdf.js gives it: x from the left, y up from the page foot, CJK one em wide, an ASCII character half. */
const item = proportionalItem;
/** A table without borders as LibreOffice prints a Word table: rows 14.3 pt apart, a cell's second line as far below its first. */
const LINE = 14.3;
const at = { number: 78, level2: 133, name: 200, target: 275, note: 340 };

describe('a PDF table without borders: Latin words and a table\'s end wrapped', () => {
  it('keeps a pinyin gloss whole: (biāo), (míng) that would not have fitted after 二级指标, 指标名称 are the header cells\' rests', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('序号', at.number, top), item('二级指标', at.level2, top), item('指标名称', at.name, top), item('指标值', at.target, top),
        // A character would fit after 二级指标 and 指标名称 (数量指标, 新增托育机构 as wide or two wider), the glosses as a whole
        // not: Word wrapped them.
        item('(biāo)', at.level2, top - LINE), item('(míng)', at.name, top - LINE),
        item('1', at.number, top - 2 * LINE), item('数量指标', at.level2, top - 2 * LINE), item('新增托育机构', at.name, top - 2 * LINE), item('≥3家', at.target, top - 2 * LINE),
        item('2', at.number, top - 3 * LINE), item('质量指标', at.level2, top - 3 * LINE), item('备案率', at.name, top - 3 * LINE), item('=100%', at.target, top - 3 * LINE),
      ],
    ]);
    expect(lines).toEqual(['序号\t二级指标(biāo)\t指标名称(míng)\t指标值', '1\t数量指标\t新增托育机构\t≥3家', '2\t质量指标\t备案率\t=100%']);
  });

  it('keeps an escape written out as text whole: _x000D_人数 goes on 抚恤补助 though one character would have fitted', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('序号', at.number, top), item('二级指标', at.level2, top), item('指标名称', at.name, top), item('指标值', at.target, top),
        item('1', at.number, top - LINE), item('数量指标', at.level2, top - LINE), item('抚恤补助', at.name, top - LINE), item('≥2300人', at.target, top - LINE),
        item('_x000D_人数', at.name, top - 2 * LINE),
        item('2', at.number, top - 3 * LINE), item('数量指标', at.level2, top - 3 * LINE), item('退役军人就业', at.name, top - 3 * LINE), item('≥400人', at.target, top - 3 * LINE),
        item('培训', at.name, top - 4 * LINE),
      ],
    ]);
    expect(lines.slice(1)).toEqual(['1\t数量指标\t抚恤补助_x000D_人数\t≥2300人', '2\t数量指标\t退役军人就业培训\t≥400人']);
  });

  it('keeps a figure and the bracket after it whole: a goal\'s 1（40分） under 年度绩效目标 and the header\'s 值（A） are its cells\' rests', () => {
    const top = 700;
    const cols = { goal: 78, level1: 162, level2: 232, name: 306, target: 387, actual: 440, score: 494 };
    const lines = pdfPageLines([
      [
        item('单位名称：青湾', cols.goal, top + 2 * LINE), item('填报日期：2024年', cols.level1, top + 2 * LINE),
        // One character would fit after 年度绩效目标 (单位名称：青湾 is one wider); "1（40" would not, and no line breaks inside it.
        item('年度绩效目标', cols.goal, top), item('一级指标', cols.level1, top), item('二级指标', cols.level2, top), item('三级指标', cols.name, top), item('年初目标', cols.target, top), item('实际完成', cols.actual, top), item('得分', cols.score, top),
        item('1（40分）', cols.goal, top - LINE), item('值（A）', cols.target, top - LINE), item('值（B）', cols.actual, top - LINE),
        item('产出指标', cols.level1, top - 2 * LINE), item('数量指标', cols.level2, top - 2 * LINE), item('监测断面数量', cols.name, top - 2 * LINE), item('24个', cols.target, top - 2 * LINE), item('24个', cols.actual, top - 2 * LINE), item('10', cols.score, top - 2 * LINE),
        item('质量指标', cols.level2, top - 3 * LINE), item('监测数据合格率', cols.name, top - 3 * LINE), item('≥98%', cols.target, top - 3 * LINE), item('99%', cols.actual, top - 3 * LINE), item('10', cols.score, top - 3 * LINE),
      ],
    ]);
    expect(lines).toContain('年度绩效目标1(40分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分');
    expect(lines).toContain('\t产出指标\t数量指标\t监测断面数量\t24个\t24个\t10');
  });

  it('joins a row\'s last cell wrapped before a column it leaves empty, by that column\'s start on the header (2027年10 / 月底前 before 备注)', () => {
    const top = 700;
    const cols = { level2: 147, name: 206, first: 290, second: 352, third: 415, note: 477 };
    const lines = pdfPageLines([
      [
        // A key–value row above the table: its value at the third year's edge runs wider than any of the table's cells.
        item('主管部门', 78, top + 2 * LINE), item('岑川市文', cols.level2, top + 2 * LINE), item('实施单位', cols.second, top + 2 * LINE), item('岑川市图书馆', cols.third, top + 2 * LINE),
        item('二级指标', cols.level2, top), item('三级指标', cols.name, top), item('2025年指', cols.first, top), item('2026年指', cols.second, top), item('2027年指', cols.third, top), item('备注', cols.note, top),
        item('标值', cols.first, top - LINE), item('标值', cols.second, top - LINE), item('标值', cols.third, top - LINE),
        item('数量指标', cols.level2, top - 2 * LINE), item('新建城市书房', cols.name, top - 2 * LINE), item('≥10家', cols.first, top - 2 * LINE), item('≥8家', cols.second, top - 2 * LINE), item('≥6家', cols.third, top - 2 * LINE),
        // A character would not fit after "2027年10" before 备注's column: 月底前 is its rest, as of the two years before.
        item('时效指标', cols.level2, top - 3 * LINE), item('建成时间', cols.name, top - 3 * LINE), item('2025年10', cols.first, top - 3 * LINE), item('2026年10', cols.second, top - 3 * LINE), item('2027年10', cols.third, top - 3 * LINE),
        item('月底前', cols.first, top - 4 * LINE), item('月底前', cols.second, top - 4 * LINE), item('月底前', cols.third, top - 4 * LINE),
        item('成本指标', cols.level2, top - 5 * LINE), item('单个书房成本', cols.name, top - 5 * LINE), item('≤30万元', cols.first, top - 5 * LINE), item('≤30万元', cols.second, top - 5 * LINE), item('≤30万元', cols.third, top - 5 * LINE),
      ],
    ]);
    expect(lines).toContain('时效指标\t建成时间\t2025年10月底前\t2026年10月底前\t2027年10月底前');
  });

  it('joins a table\'s last row\'s rest on a next page of two lines, however few, and reads its totals row as the table\'s', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('序号', at.number, top), item('二级指标', at.level2, top), item('指标名称', at.name, top), item('指标值', at.target, top),
        item('1', at.number, top - LINE), item('数量指标', at.level2, top - LINE), item('新增托育机构', at.name, top - LINE), item('≥3家', at.target, top - LINE),
        // 服务对象满 and 家长满意度评 fill their columns: the page ends inside the row.
        item('2', at.number, top - 2 * LINE), item('服务对象满', at.level2, top - 2 * LINE), item('家长满意度评', at.name, top - 2 * LINE), item('≥90%', at.target, top - 2 * LINE),
      ],
      [
        item('意度指标', at.level2, top), item('价', at.name, top),
        item('总分', at.number, top - LINE), item('100', at.target, top - LINE),
      ],
    ]);
    expect(lines).toContain('2\t服务对象满意度指标\t家长满意度评价\t≥90%');
    expect(lines.at(-1)).toBe('总分\t\t\t100');
  });

  it('gives a header\'s spanning cell the sub-columns written under it, and the rows their empty cells (偏差原因分析 over 经费保障 … 其他)', () => {
    const top = 700;
    const cols = { level1: 78, level2: 133, name: 200, target: 270, funds: 330, rules: 380, hardware: 430, other: 460, likelihood: 500 };
    const lines = pdfPageLines([
      [
        item('一级指标', cols.level1, top), item('二级指标', cols.level2, top), item('三级指标', cols.name, top), item('年度指标值', cols.target, top), item('偏差原因分析', cols.funds, top), item('完成目标可能性', cols.likelihood, top),
        // The sub-columns are narrow: 硬件条件保障 wraps in its own.
        item('经费保障', cols.funds, top - LINE), item('制度保障', cols.rules, top - LINE), item('硬件', cols.hardware, top - LINE), item('其他', cols.other, top - LINE),
        item('条件', cols.hardware, top - 2 * LINE),
        item('保障', cols.hardware, top - 3 * LINE),
        item('产出指标', cols.level1, top - 4 * LINE), item('数量指标', cols.level2, top - 4 * LINE), item('维修养护数量', cols.name, top - 4 * LINE), item('≥42处', cols.target, top - 4 * LINE), item('确定能', cols.likelihood, top - 4 * LINE),
        item('质量指标', cols.level2, top - 5 * LINE), item('验收合格率', cols.name, top - 5 * LINE), item('≥95%', cols.target, top - 5 * LINE), item('√', cols.rules, top - 5 * LINE), item('有可能', cols.likelihood, top - 5 * LINE),
      ],
    ]);
    expect(lines).toEqual([
      '一级指标\t二级指标\t三级指标\t年度指标值\t偏差原因分析\t\t\t\t完成目标可能性',
      '\t\t\t\t经费保障\t制度保障\t硬件条件保障\t其他',
      '产出指标\t数量指标\t维修养护数量\t≥42处\t\t\t\t\t确定能',
      '\t质量指标\t验收合格率\t≥95%\t\t√\t\t\t有可能',
    ]);
  });
});
